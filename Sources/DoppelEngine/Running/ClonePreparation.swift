import DoppelConnectors
import DoppelCore
import DoppelPolicy
import Foundation
import Logging

/// Everything a clone decides before it writes: the source opened and read, the policy loaded and checked, the
/// plan made (with the ranges its rules need), and the key that the plan's rules run under.
///
/// ``CloneRunner`` prints ``plan`` for a dry run and otherwise executes it; after this, nothing goes back to
/// the policy file except the fit of synthesized tables, whose models the policy shapes.
struct ClonePreparation {
    /// The open source, read-only.
    var source: any SourceDatabase
    /// The source's schema as read, every table included (the clone's verification is measured against it).
    var introspected: Schema
    var loaded: LoadedPolicy
    /// The schema the plan was made from: the introspected one without the policy's `leave_out`.
    var schema: Schema
    var plan: ClonePlan
    /// The policy's secret; nil when no rule of the plan is keyed.
    var secret: Secret?
    /// Whether tables are read in parallel block ranges (`--jobs` with a source that can).
    var parallel: Bool

    /// Opens, reads, loads and plans `request`; throws the policy's problems (nothing is written).
    static func prepare(_ request: CloneRequest, countingRows: Bool, recorder: RunRecorder, logger: Logger) throws -> ClonePreparation {
        try DatabaseOpener.refuseSameDatabase(source: request.source, target: request.target)
        let source = try DatabaseOpener.openSource(request.source)
        // Exact counts cost a scan of every table: only the plan and the progress display show them.
        let introspected = try source.introspect(countingRows: countingRows)
        let loaded: LoadedPolicy
        switch request.policy {
        case .file(let path): loaded = try LoadedPolicy.load(path: path, schema: introspected)
        case .text(let text, let name): loaded = try LoadedPolicy.load(text: text, file: name, schema: introspected)
        }
        let schema = introspected.leavingOut(Set(loaded.policy.leaveOut.map(\.label)))
        for warning in loaded.warnings { logger.warning("\(warning.description)") }
        let policy = loaded.policy
        recorder.describe(policyHash: loaded.fileHash, seed: policy.seed, secretFingerprint: nil)

        // Parallel block-range readers: PostgreSQL 14+ to PostgreSQL (row order in the target does not matter there).
        let parallel = request.jobs > 1 && (source as? any BlockRangeReading)?.readsBlockRanges == true && !request.target.keepsInsertionOrder
        // The target's schema decides which columns are written (a generated column another engine cannot compute is).
        var plan = try ClonePlanner(
            schema: schema, policy: policy, dialect: source.dialect, blockRanges: parallel, target: request.target, addressing: source.rowAddressing
        ).plan().readingRanges(from: source)
        let problems = try SecretRequirement.diagnostics(of: plan, policy: policy) + PlanQueryCheck.diagnostics(of: plan, policy: policy, source: source)
        if !problems.isEmpty { throw PolicyProblems(problems) }
        if let reach = plan.subset {
            // Which rows the subset keeps, read in the same snapshot before anything is written (a dry run shows the counts).
            let started = Date()
            // DOPPEL_SUBSET_KEYS_IN_MEMORY: how many kept keys the closure holds in memory before it moves sets to a file.
            let keysInMemory = request.environment["DOPPEL_SUBSET_KEYS_IN_MEMORY"].flatMap { Int($0) }.map { max(1, $0) } ?? SubsetClosure.defaultKeysInMemory
            var selection = try SubsetClosure(reach: reach, source: source, seed: policy.seed, keysInMemory: keysInMemory).run()
            if request.dryRun { selection.estimatedBytes = try SubsetSelection.estimate(plan: plan, counts: selection.counts, source: source) }
            plan.subsetSelection = selection
            if let addressing = source.rowAddressing { plan = plan.readingKeptRowsByAddress(using: addressing) }
            logger.info("Subset computed", metadata: [
                "tables": "\(reach.members.count)", "rows": "\(selection.counts.values.reduce(0) { $0 + $1.kept })",
                "reads": "\(selection.scans)", "spilled_sets": "\(selection.spilledSets)", "seconds": "\(Date().timeIntervalSince(started))", "peak_memory": "\(PeakMemory.bytes() ?? 0)",
            ])
        }
        // A plan whose rules need no key runs without the secret (its variable need not even be set).
        let secret = SecretRequirement.keyedColumns(of: plan).isEmpty ? nil : try loaded.secret(environment: request.environment)
        if let secret { recorder.describe(policyHash: loaded.fileHash, seed: policy.seed, secretFingerprint: secret.fingerprint) }
        return ClonePreparation(
            source: source, introspected: introspected, loaded: loaded, schema: schema, plan: plan, secret: secret, parallel: parallel)
    }
}
