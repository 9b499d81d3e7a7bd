import DoppelCore
import DoppelMasking
import DoppelPolicy
import DoppelSynthesis
import Foundation
public import Logging
import DoppelConnectors
import DoppelLedger

/// Runs a clone: introspect, validate the policy, plan, stream every table through its rules into a
/// target that is swapped in only when complete, and record the run in the ledger.
public final class CloneRunner {
    private let logger: Logger
    private let progress: (any ProgressReporter)?

    /// A runner that logs to `logger` and reports each table's progress to `progress`, if given.
    public init(logger: Logger, progress: (any ProgressReporter)? = nil) {
        self.logger = logger
        self.progress = progress
    }

    /// What a run produced: the plan alone (`--dry-run`) or the finished clone's summary.
    public enum Outcome {
        case planned(ClonePlan, LoadedPolicy)
        case cloned(CloneSummary, LoadedPolicy)
    }

    /// Runs `request`; every run but a dry run is in the run ledger, however it ends.
    public func run(_ request: CloneRequest) throws -> Outcome {
        let policyPath: String
        switch request.policy {
        case .file(let path): policyPath = path
        case .text(_, let name): policyPath = name
        }
        return try RunRecorder.recording(
            command: "clone", ledgerPath: request.ledgerPath ?? RunLedger.defaultPath(environment: request.environment),
            policyPath: policyPath, source: request.source.description, target: request.target.description, enabled: !request.dryRun,
            logger: logger
        ) { recorder in
            try run(request, recorder: recorder)
        }
    }

    private func run(_ request: CloneRequest, recorder: RunRecorder) throws -> Outcome {
        let prepared = try ClonePreparation.prepare(request, countingRows: request.dryRun || progress != nil, recorder: recorder, logger: logger)
        if request.dryRun { return .planned(prepared.plan, prepared.loaded) }
        // Nothing is written (not even the synthesized tables' fit) unless the run can be recorded.
        try recorder.requireLedger()
        return .cloned(try execute(prepared, request: request, recorder: recorder), prepared.loaded)
    }

    /// Executes a prepared plan: fits and generates its synthesized tables, streams its masked tables through
    /// their rules into the target, commits, and says what the target verified.
    private func execute(_ prepared: ClonePreparation, request: CloneRequest, recorder: RunRecorder) throws -> CloneSummary {
        let (plan, source, secret) = (prepared.plan, prepared.source, prepared.secret)
        let ruleKey = try secret ?? UnkeyedSecret.make()
        let fakes = try FakePreparation.registry(for: plan, from: source, seed: plan.seed, secret: ruleKey, logger: logger)
        let transforms = try plan.steps.map { step in
            step.mode != .mask ? [] : try ColumnTransforms.make(for: step, seed: plan.seed, secret: ruleKey, fakes: fakes)
        }
        // Synthesized tables: fitted from the source now (in memory), then generated in plan order.
        var session: SynthesisSession?
        if let fit = plan.fit {
            let (model, _) = try ModelFitter(logger: logger).fit(schema: prepared.schema, plan: fit, source: source)
            let created = try SynthesisSession(schema: prepared.schema, model: model, seed: plan.seed, sizing: .init(scale: 1, rows: plan.synthesizedRows))
            // A masked parent of a synthesized table: its keys as the clone writes them.
            for keySource in plan.keysForSynthesis {
                guard let index = plan.steps.firstIndex(where: { $0.table.name == keySource.table }) else { continue }
                created.provideKeys(
                    try keys(
                        of: plan.steps[index], columns: keySource.columns, transforms: transforms[index], membership: plan.membership(of: plan.steps[index]),
                        source: source),
                    for: keySource.table)
            }
            session = created
        }

        let started = Date()
        let targetSchema = plan.target.schema
        if !plan.target.refused.isEmpty {
            throw RunError(
                "the target cannot express \(plan.target.refused.count) object(s) of the source, and the policy says `unsupported: fail`; nothing was written:\n  - "
                    + plan.target.refused.joined(separator: "\n  - ") + "\nset `unsupported: warn` to leave them out")
        }
        for warning in plan.target.leftOut { logger.warning("\(warning)") }
        let claim = recorder.claimTarget(request.target, started: started, replacing: request.replace)
        let target = try DatabaseOpener.openTarget(request.target, schema: targetSchema, source: source, roleMap: plan.target.roles, claim: claim)
        do {
            let logger = self.logger
            target.stageHandler = { stage in
                logger.info("Stage started", metadata: ["stage": "\(stage)", "elapsed": "\(Date().timeIntervalSince(started))", "peak_memory": "\(PeakMemory.bytes() ?? 0)"])
                StageHook.reached(stage)
            }
            try target.createTables(plan.steps.map { targetSchema.table(named: $0.table.name) ?? $0.table })
            StageHook.reached(.created)
            var siblings: [any BlockRangeReading] = []
            if let session {
                try session.prepareGenerators(for: plan.steps.filter { $0.mode == .synthesize }.map(\.table))
                for warning in session.warnings { logger.warning("\(warning)") }
            }
            for (step, columnTransforms) in zip(plan.steps, transforms) {
                if step.mode == .synthesize, let session {
                    progress?.tableStarted(step.table.name, expectedRows: nil)
                    let summary = try session.write(step.table, into: target) { rows in self.progress?.rowsWritten(step.table.name, count: rows) }
                    progress?.tableFinished(step.table.name, rows: summary.rowsWritten, seconds: summary.seconds)
                    recorder.tables.append(summary)
                    continue
                }
                recorder.tables.append(try copy(
                    step, transforms: columnTransforms, membership: plan.membership(of: step), from: source, into: target, secret: ruleKey, jobs: prepared.parallel ? request.jobs : 1,
                    siblings: &siblings, makeTransforms: { try ColumnTransforms.make(for: step, seed: plan.seed, secret: ruleKey, fakes: fakes) }))
            }
            let report = try target.commit()
            for warning in target.warnings { logger.warning("\(warning)") }
            recorder.bytes = report.bytes
            let cloned = Set(plan.steps.map(\.table.name))
            let verification = CloneVerification.of(
                source: prepared.introspected, cloned: cloned,
                absence: { name in
                    plan.skippedByPolicy.contains(name) ? "the policy skips it (mode: skip)" : "the plan leaves it out"
                },
                report: report, targetEngine: request.target.engine)
            recorder.verification = verification
            let summary = CloneSummary(
                source: request.source.description, target: request.target.description, policy: prepared.loaded.policy.file, seed: plan.seed,
                secretFingerprint: secret?.fingerprint, tables: recorder.tables, report: report, verification: verification, started: started,
                skippedTables: prepared.schema.tables.map(\.name).filter { !cloned.contains($0) })
            logger.info("Clone finished", metadata: ["rows": "\(summary.rowsWritten)", "seconds": "\(summary.seconds)", "target": "\(request.target)"])
            return summary
        } catch {
            target.abandon()
            throw error
        }
    }

    /// The keys of a masked table as the clone writes them (its rows' `columns`, through their rules),
    /// for synthesized children to reference. Only the key columns are kept.
    /// Under a subset, only the kept rows' keys: a synthesized child's rows follow the parents kept.
    private func keys(
        of step: TableStep, columns: [String], transforms: [any ValueTransform], membership: SubsetMembership?, source: any SourceDatabase
    ) throws -> StoredKeys {
        let positions = columns.compactMap { name in step.columns.firstIndex { $0.column.name == name } }
        let stored = StoredKeys()
        var unreadable = UnreadableCounter(table: step.table.name, labels: positions.map { (step.columns[$0].column.name, step.columns[$0].ruleName) })
        var scratch: [UInt8] = []
        try source.scan(unsafeSQL: step.selectSQL) { row in
            if let membership, !membership.keeps(row, base: step.columns.count, scratch: &scratch) { return }
            let context = RowContext(values: row, identity: 0)
            var keys: [Value] = []
            for (index, position) in positions.enumerated() {
                do {
                    keys.append(try transforms[position].apply(row[position], row: context))
                } catch let problem as UnreadableValue {
                    unreadable.count(problem, at: index)
                }
            }
            if unreadable.isEmpty { stored.append(keys) }
        }
        if let error = unreadable.error { throw error }
        return stored
    }

    /// Tables of at least this many blocks (8 MiB at PostgreSQL's default block size) are read in parallel ranges.
    static let parallelBlockThreshold = 1024

    /// Streams one table: readers read rows and apply each column's rule, this thread writes them.
    ///
    /// - Complexity: O(1) memory in the number of rows.
    private func copy(
        _ step: TableStep, transforms: [any ValueTransform], membership: SubsetMembership?, from source: any SourceDatabase, into target: any CloneTarget,
        secret: Secret, jobs: Int, siblings: inout [any BlockRangeReading], makeTransforms: () throws -> [any ValueTransform]
    ) throws -> CloneSummary.TableSummary {
        let started = Date()
        // Between two PostgreSQL databases, kept columns travel in COPY text without being decoded.
        // Columns a rule reads (the row identity, a `by:` entity) stay decoded, so keyed outputs match across engines.
        let readByRules = Set(step.columns.compactMap { $0.policy.parameters["by"]?.text })
        var verbatim = VerbatimColumns.none
        if let encoding = source.transferEncoding, encoding == target.transferEncoding {
            verbatim = VerbatimColumns(
                encoding: encoding,
                positions: step.columns.indices.filter { index in
                    step.columns[index].keepsSourceValue && !step.identityPositions.contains(index)
                        && !readByRules.contains(step.columns[index].column.name)
                },
                columnCount: step.columns.count)
        }
        let writer = try target.writer(for: step.table, columns: step.columns.map(\.column.name), verbatim: verbatim)
        var rows: Int64 = 0
        var readerCount = 0
        progress?.tableStarted(step.table.name, expectedRows: step.sourceRows)
        if step.mode == .mask {
            let needsIdentity = step.columns.contains { $0.rule.needsRowIdentity($0.policy) }
            let identityHasher = needsIdentity ? SipHash(key: secret.derivedWords(for: "row-identity:\(step.table.name)")) : nil
            var parts: [(source: any SourceDatabase, sql: String, transforms: [any ValueTransform])] = [(source, step.selectSQL, transforms)]
            if jobs > 1, let query = step.blockRangeQuery, let ranged = source as? any BlockRangeReading,
                case let blocks = try ranged.blockCount(of: step.table), blocks >= Self.parallelBlockThreshold
            {
                // Each reader takes a range of the table's blocks, in the same snapshot; the last range is open-ended.
                parts = []
                for (part, range) in BlockRangeQuery.ranges(blocks: blocks, readers: jobs).enumerated() {
                    if part > 0 && siblings.count < part { siblings.append(try ranged.siblingReader()) }
                    parts.append((part == 0 ? source : siblings[part - 1], query.sql(blocks: range), part == 0 ? transforms : try makeTransforms()))
                }
            }
            // Reading and the rules run on their own cores, writing on another; a few batches wait between them.
            readerCount = parts.count
            let channel = BatchChannel(capacity: 4 * parts.count, readers: parts.count)
            for part in parts {
                TableReader(
                    source: part.source, sql: part.sql, transforms: part.transforms, identityPositions: step.identityPositions,
                    identityHasher: identityHasher, table: step.table.name,
                    labels: step.columns.map { ($0.column.name, $0.ruleName) }, verbatim: verbatim, membership: membership
                ).start(into: channel)
            }
            do {
                while let batch = try channel.receive() {
                    try writer.write(batch)
                    let before = rows
                    rows += Int64(batch.rowCount)
                    progress?.rowsWritten(step.table.name, count: rows)
                    if before < 1024 && rows >= 1024 { StageHook.reached(.loading) }
                }
            } catch {
                channel.cancel()
                channel.waitUntilFinished()
                throw error
            }
        }
        try writer.close()
        let seconds = Date().timeIntervalSince(started)
        progress?.tableFinished(step.table.name, rows: rows, seconds: seconds)
        logger.info("Table copied", metadata: [
            "table": "\(step.table.name)", "rows": "\(rows)", "mode": "\(step.mode.rawValue)",
            "rows.per_second": "\(seconds > 0 ? Int(Double(rows) / seconds) : 0)", "readers": "\(readerCount)",
        ])
        var rules: [String: String] = [:]
        for column in step.columns { rules[column.column.name] = column.ruleName }
        return CloneSummary.TableSummary(
            table: step.table.name, mode: step.mode.rawValue, rowsRead: rows, rowsWritten: rows, seconds: seconds, rules: rules, readers: readerCount)
    }
}
