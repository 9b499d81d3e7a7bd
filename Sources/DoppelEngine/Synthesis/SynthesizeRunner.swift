public import DoppelCore
public import DoppelPolicy
import DoppelSynthesis
public import Foundation
public import Logging
import DoppelConnectors
import DoppelLedger

/// `doppel synthesize`: writes a synthetic database from a model file alone, with no access to the
/// source, atomically into the target (the same targets a clone writes).
public struct SynthesizeRunner {
    private let logger: Logger

    /// A runner that logs to `logger`.
    public init(logger: Logger) {
        self.logger = logger
    }

    /// What to synthesize, from which model, into which target.
    public struct Request {
        /// The model file (`doppel fit`'s output).
        public var modelPath: String
        /// The database to write.
        public var target: ConnectionURL
        /// Rows of every table without a `rows` of its own: the fitted count times this (children follow their parents).
        public var scale: Double
        /// The seed; nil takes the model's (the policy's seed when fitted).
        public var seed: UInt64?
        /// Per-table rows, which win over ``scale``.
        public var rows: [String: TablePolicy.RowCount]
        /// The run ledger's file; nil for the default.
        public var ledgerPath: String?
        /// Where `env:` references are resolved.
        public var environment: [String: String]
        /// `--replace`: replace a target that holds what Doppel did not write (never a file that is not a SQLite database).
        public var replace: Bool

        /// A request; the defaults keep the fitted row counts and the model's seed.
        public init(
            modelPath: String, target: ConnectionURL, scale: Double = 1, seed: UInt64? = nil, rows: [String: TablePolicy.RowCount] = [:],
            ledgerPath: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment, replace: Bool = false
        ) {
            self.replace = replace
            self.modelPath = modelPath
            self.target = target
            self.scale = scale
            self.seed = seed
            self.rows = rows
            self.ledgerPath = ledgerPath
            self.environment = environment
        }
    }

    /// Runs `request`; the run is in the run ledger however it ends.
    public func run(_ request: Request) throws -> CloneSummary {
        try RunRecorder.recording(
            command: "synthesize", ledgerPath: request.ledgerPath ?? RunLedger.defaultPath(environment: request.environment),
            policyPath: request.modelPath, source: "model \(request.modelPath)", target: request.target.description, logger: logger
        ) { recorder in
            try run(request, recorder: recorder)
        }
    }

    private func run(_ request: Request, recorder: RunRecorder) throws -> CloneSummary {
        guard request.scale > 0, request.scale.isFinite else {
            throw UsageError("--scale must be a number above 0 (e.g. 1, 0.1 or 3), not \(request.scale)")
        }
        if case .sqlite(let path) = request.target {
            try DatabaseOpener.refuseOverwriting(
                path, flag: "--target", inputs: [(request.modelPath, "the model")],
                suggestion: "sqlite:" + DatabaseOpener.sibling(of: path, ending: "-synthetic.sqlite"))
        }
        let model = try DatabaseModel.read(from: request.modelPath)
        guard DatabaseModel.fingerprint(of: model.schema) == model.schemaFingerprint else {
            throw ModelFileError("the model \(request.modelPath) was fitted on a schema that no longer matches the one it carries (edited by hand, or damaged); refit it with `doppel fit`")
        }
        for (name, _) in request.rows where model.table(named: name) == nil {
            throw UsageError("the model has no table `\(name)`; its tables are " + model.tables.map(\.name).joined(separator: ", "))
        }
        let started = Date()
        // Only the fitted tables are created (views and triggers only when every table is there).
        var schema = model.schema
        let fitted = Set(model.tables.map(\.name))
        schema.tables = schema.tables.filter { fitted.contains($0.name) }
        if schema.tables.count != model.schema.tables.count {
            schema.views = []
            schema.triggers = []
        }
        let translated = DatabaseOpener.translate(schema, to: request.target)
        for warning in translated.warnings { logger.warning("\(warning)") }
        let seed = request.seed ?? model.seed
        recorder.describe(policyHash: model.schemaFingerprint, seed: seed, secretFingerprint: nil)
        try recorder.requireLedger()
        let claim = recorder.claimTarget(request.target, started: started, replacing: request.replace)
        let target = try DatabaseOpener.openTarget(request.target, schema: translated.schema, source: nil, claim: claim)
        do {
            let order = model.tables.compactMap { tableModel in schema.table(named: tableModel.name) }
            try target.createTables(order.map { translated.schema.table(named: $0.name) ?? $0 })
            let session = try SynthesisSession(
                schema: schema, model: model, seed: seed, sizing: .init(scale: request.scale, rows: request.rows))
            // Every generator first, so references that close a cycle know their parent's size.
            try session.prepareGenerators(for: order)
            for warning in session.warnings { logger.warning("\(warning)") }
            for table in order {
                let summary = try session.write(table, into: target)
                logger.info("Table synthesized", metadata: ["table": "\(table.name)", "rows": "\(summary.rowsWritten)", "seconds": "\(summary.seconds)"])
                recorder.tables.append(summary)
            }
            let report = try target.commit()
            for warning in target.warnings { logger.warning("\(warning)") }
            recorder.bytes = report.bytes
            // Measured against every key of the fitted source, the tables the fit skipped included.
            let verification = CloneVerification.of(
                source: model.schema, cloned: fitted, absence: { _ in "the model has no table of that name: the fit skipped it or left it empty" },
                report: report, targetEngine: request.target.engine)
            recorder.verification = verification
            return CloneSummary(
                source: "model \(request.modelPath)", target: request.target.description, policy: request.modelPath, seed: seed,
                secretFingerprint: nil, tables: recorder.tables, report: report, verification: verification, started: started,
                skippedTables: model.schema.tables.map(\.name).filter { !fitted.contains($0) })
        } catch {
            target.abandon()
            throw error
        }
    }
}
