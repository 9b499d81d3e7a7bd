import DoppelCore
import DoppelEngine
import DoppelTestSupport
import Foundation
import Logging
import PropertyBased
import Synchronization
import Testing
import DoppelPolicy
import DoppelConnectors

/// The promise of `doppel check`: a policy it accepts does not fail in `clone` for a reason the policy or
/// the schema could have shown. Policies are drawn from the rule catalog over the torture schemas (most
/// of them wrong somewhere); each one `check` accepts must plan (`--dry-run`) and clone, into SQLite and
/// into PostgreSQL.
@Suite(.shrinking(false)) struct CheckPromiseTests {
    /// How many drawn policies `check` accepted and refused, so a run that accepts none fails.
    final class Tally: Sendable {
        let counts = Mutex((accepted: 0, refused: 0))
        func count(accepted: Bool) { counts.withLock { accepted ? ($0.accepted += 1) : ($0.refused += 1) } }
    }

    @Test func sqliteSourcesCloneWheneverCheckAccepts() async throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("torture.db")
        try SQLiteFixture.create(source, sql: TortureSQLite.sql)
        let schema = try DatabaseOpener.openSource(.sqlite(path: source)).introspect(countingRows: false)
        let server = try TemporaryPostgres.shared.get()
        let tally = Tally()
        await Self.forEachSeed(count: 60) { seed in
            let target: ConnectionURL = seed % 4 == 0 ? .postgres(server.newDatabaseURL("promise")) : .sqlite(path: directory.file("clone-\(seed).db"))
            try Self.keepsThePromise(seed: seed, schema: schema, source: .sqlite(path: source), target: target, in: directory, tally: tally)
        }
        let counts = tally.counts.withLock { $0 }
        #expect(counts.accepted >= 2, "check accepted \(counts.accepted) of \(counts.accepted + counts.refused) drawn policies: the property was hardly tested")
    }

    @Test func postgresSourcesCloneWheneverCheckAccepts() async throws {
        let server = try TemporaryPostgres.shared.get()
        let source = try server.createDatabase("promise_source", running: TorturePostgres.sql)
        let schema = try DatabaseOpener.openSource(.postgres(source)).introspect(countingRows: false)
        let directory = try TemporaryDirectory()
        let tally = Tally()
        await Self.forEachSeed(count: 40) { seed in
            let target: ConnectionURL = seed % 2 == 0 ? .postgres(server.newDatabaseURL("promise")) : .sqlite(path: directory.file("clone-\(seed).db"))
            try Self.keepsThePromise(seed: seed, schema: schema, source: .postgres(source), target: target, in: directory, tally: tally)
        }
        let counts = tally.counts.withLock { $0 }
        #expect(counts.accepted >= 1, "check accepted \(counts.accepted) of \(counts.accepted + counts.refused) drawn policies: the property was hardly tested")
    }

    /// Runs `body` for `count` seeds: a fixed list in CI (the same policies every run, a failure names its
    /// seed), or, with `DOPPEL_PROPERTY_EXPLORE=1`, random seeds from swift-property-based, to look for new
    /// failures (it reports the seed that reproduces one).
    static func forEachSeed(count: Int, _ body: (UInt64) async throws -> Void) async {
        if ProcessInfo.processInfo.environment["DOPPEL_PROPERTY_EXPLORE"] != nil {
            await propertyCheck(count: count, input: Gen.uint64()) { seed in try await body(seed) }
            return
        }
        var seeds = SplitMix64(seed: 20261202)
        for _ in 0..<count {
            let seed = seeds.next()
            do {
                try await body(seed)
            } catch {
                Issue.record("seed \(seed): \(error)")
            }
        }
    }

    /// Checks the policy as `doppel check --source --target` does (``PolicyCheck``); when it is accepted, a dry run and a clone must succeed.
    static func keepsThePromise(seed: UInt64, schema: Schema, source: ConnectionURL, target: ConnectionURL, in directory: TemporaryDirectory, tally: Tally) throws {
        let yaml = PolicyGenerator(schema: schema).policy(seed: seed)
        let path = directory.file("policy-\(UUID().uuidString).yaml")
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        let errors = try PolicyCheck.run(policyPath: path, source: source, target: target).filter { $0.severity == .error }
        guard errors.isEmpty else {
            if ProcessInfo.processInfo.environment["DOPPEL_SHOW_REFUSED"] != nil { print("refused: \(errors[0])") }
            tally.count(accepted: false)
            return
        }
        tally.count(accepted: true)
        let runner = CloneRunner(logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
        for dryRun in [true, false] {
            let request = CloneRequest(
                policy: .file(path), source: source, target: target, dryRun: dryRun, ledgerPath: directory.file("ledger.sqlite"),
                environment: ["DOPPEL_SECRET": EngineHarness.secret])
            do {
                _ = try runner.run(request)
            } catch {
                Issue.record("check accepted this policy (seed \(seed)), but clone\(dryRun ? " --dry-run" : "") into \(target) failed: \(error)\n\(yaml)")
                return
            }
        }
    }
}
