import DoppelCore
import DoppelEngine
import DoppelPostgres
import DoppelTestSupport
import Foundation
import Logging
import Testing

/// The subset of ``SubsetTests`` from and to PostgreSQL: `payments` is partitioned there, with its foreign keys
/// declared on the partitions (the rental-shop case that once left every payment in a subset), and the
/// stores ↔ staff cycle is closed by `ALTER TABLE`. Every engine pairing keeps the same rows.
@Suite struct PostgresSubsetTests {
    static func keys(_ url: String) throws -> [String: [String]] {
        var keys: [String: [String]] = [:]
        let connection = try PGConnection(url: url)
        for (table, column) in SubsetShop.keyColumns {
            keys[table] = try connection.execute("SELECT k FROM (SELECT (\(column))::text AS k FROM \(table)) AS s ORDER BY k COLLATE \"C\"").rows().map { $0[0] ?? "NULL" }
        }
        return keys
    }

    static let policy = SubsetShop.policy(subset: #"start: { customers: "store_id = 1" }"#)

    @Test func partitionedChildrenFollowTheirKeptParents() throws {
        let server = try TemporaryPostgres.shared.get()
        let source = try server.createDatabase("subset", running: SubsetShop.postgres)
        let target = server.newDatabaseURL("subset_clone")
        let summary = try EngineHarness.clone(policy: Self.policy, from: .postgres(source), to: .postgres(target), in: try TemporaryDirectory())
        #expect(try Self.keys(target) == SubsetTests.storeOne)
        #expect(summary.verification.foreignKeyViolations == 0)
        #expect(summary.verification.foreignKeysUnverified.isEmpty)
    }

    @Test func dryRunCountsThePartitionedTableAndEstimatesTheSize() throws {
        let server = try TemporaryPostgres.shared.get()
        let source = try server.createDatabase("subset_dry", running: SubsetShop.postgres)
        let directory = try TemporaryDirectory()
        let policyPath = directory.file("policy.yaml")
        try Self.policy.write(toFile: policyPath, atomically: true, encoding: .utf8)
        let request = CloneRequest(
            policy: .file(policyPath), source: .postgres(source), target: .postgres(server.newDatabaseURL("subset_dry_clone")), dryRun: true,
            ledgerPath: directory.file("ledger.sqlite"), environment: [:])
        guard case .planned(let plan, _) = try CloneRunner(logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }).run(request) else { Issue.record("not planned"); return }
        let text = PlanText.render(plan, skipped: [])
        #expect(text.contains("payments  mode: mask  (5 rows in source)\n   subset: 3 of 5 rows kept\n     3 referencing kept rows of customers, orders"))
        let size = try #require(text.split(separator: "\n").first { $0.contains("estimated size:") })
        #expect(size.contains(" kB of ") && size.contains("(tables and indexes, in proportion to the rows kept)"), "\(size)")
    }

    @Test func postgresToSQLiteKeepsTheSameRows() throws {
        let server = try TemporaryPostgres.shared.get()
        let source = try server.createDatabase("subset_pg", running: SubsetShop.postgres)
        let directory = try TemporaryDirectory()
        let target = directory.file("subset.db")
        try EngineHarness.clone(policy: Self.policy, from: .postgres(source), to: .sqlite(path: target), in: directory)
        #expect(try SubsetTests.keys(target) == SubsetTests.storeOne)
        #expect(try SQLiteFixture.rows(target, "PRAGMA foreign_key_check").isEmpty)
    }

    @Test func sqliteToPostgresKeepsTheSameRows() throws {
        let server = try TemporaryPostgres.shared.get()
        let directory = try TemporaryDirectory()
        let source = directory.file("shop.db")
        try SQLiteFixture.create(source, sql: SubsetShop.sqlite)
        let target = server.newDatabaseURL("subset_from_sqlite")
        try EngineHarness.clone(policy: Self.policy, from: .sqlite(path: source), to: .postgres(target), in: directory)
        #expect(try Self.keys(target) == SubsetTests.storeOne)
    }

    /// Two readers of one large table, each in its own block range, ask the same membership.
    @Test func parallelReadersKeepTheSameSubsetAsOne() throws {
        let server = try TemporaryPostgres.shared.get()
        let source = try server.createDatabase("subset_parallel")
        try PGConnection(url: source).execute("""
            CREATE TABLE accounts (id integer PRIMARY KEY, region integer NOT NULL);
            INSERT INTO accounts SELECT i, i % 10 FROM generate_series(1, 2000) AS i;
            CREATE TABLE events (id integer PRIMARY KEY, account_id integer NOT NULL REFERENCES accounts(id), payload text NOT NULL);
            INSERT INTO events SELECT i, 1 + (i * 7919) % 2000, md5(i::text) || repeat('x', 60) FROM generate_series(1, 120000) AS i;
            """)
        let policy = """
            version: 1
            seed: 3
            unlisted: keep
            subset: { start: { accounts: { where: "region = 3", percent: 50 } } }
            """
        let directory = try TemporaryDirectory()
        let one = server.newDatabaseURL("subset_one")
        let two = server.newDatabaseURL("subset_two")
        try EngineHarness.clone(policy: policy, from: .postgres(source), to: .postgres(one), in: directory, jobs: 1)
        let summary = try EngineHarness.clone(policy: policy, from: .postgres(source), to: .postgres(two), in: directory, jobs: 2)
        #expect(summary.tables.first { $0.table == "events" }?.readers == 2)
        let digest = "SELECT count(*)::text, md5(string_agg(id || '|' || account_id, ',' ORDER BY id)) FROM events"
        #expect(try PGConnection(url: two).execute(digest).rows() == PGConnection(url: one).execute(digest).rows())
        // Every event of a kept account, and none of another: the accounts are region 3's, about half of them.
        let accounts = try PGConnection(url: two).execute("SELECT count(*), count(*) FILTER (WHERE region <> 3) FROM accounts").rows()
        let kept = Int(accounts.first?[0] ?? "") ?? 0
        #expect(kept > 60 && kept < 140)  // 200 accounts in region 3
        #expect(accounts.first?[1] == "0")
        let expected = try PGConnection(url: source).execute(
            "SELECT count(*)::text FROM events WHERE account_id IN (\(try keptAccounts(two)))").rows()
        #expect(try PGConnection(url: two).execute("SELECT count(*)::text FROM events").rows() == expected)
    }

    private func keptAccounts(_ url: String) throws -> String {
        try PGConnection(url: url).execute("SELECT id::text FROM accounts").rows().compactMap { $0[0] }.joined(separator: ",")
    }
}
