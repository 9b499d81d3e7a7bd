import DoppelCore
import DoppelEngine
import DoppelPostgres
import DoppelTestSupport
import Foundation
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
        let plan = try EngineHarness.plan(
            policy: Self.policy, from: .postgres(source), to: .postgres(server.newDatabaseURL("subset_dry_clone")), in: try TemporaryDirectory())
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

    /// The PostgreSQL torture schema: an identity key, a deferrable self-reference, a partitioned table whose keys
    /// are declared on its partitions, domains, ranges, an exclusion constraint, an inheriting table.
    @Test func postgresTortureSchema() throws {
        let server = try TemporaryPostgres.shared.get()
        let source = try server.createDatabase("subset_torture", running: TorturePostgres.sql)
        let target = server.newDatabaseURL("subset_torture_clone")
        let policy = SubsetShop.policy(subset: #"start: { customer: "id = 1010" }"#)
        let summary = try EngineHarness.clone(policy: policy, from: .postgres(source), to: .postgres(target), in: try TemporaryDirectory())
        #expect(summary.verification.foreignKeyViolations == 0)
        let connection = try PGConnection(url: target)
        // Customer 1010 and its referrer 1000; its 3 orders (customer 1000 + 10 · (i % 40), i in 1…120) and 8 payments (i in 1…300).
        #expect(try connection.execute("SELECT id::text FROM customer ORDER BY id").rows() == [["1000"], ["1010"]])
        #expect(try connection.execute(#"SELECT count(*)::text FROM "order""#).rows() == [["3"]])
        #expect(try connection.execute("SELECT count(*)::text, count(*) FILTER (WHERE customer_id <> 1010)::text FROM payment").rows() == [["8", "0"]])
        // Tables nothing reaches are copied whole (the inheriting one too).
        #expect(try connection.execute(#"SELECT count(*)::text FROM inventory."order""#).rows() == [["10"]])
        #expect(try connection.execute("SELECT count(*)::text FROM note").rows() == [["2"]])
    }

    /// A source of 2,000 accounts in 10 regions and 120,000 events (about 14 MiB, which two readers split).
    static func accountsAndEvents(_ label: String) throws -> String {
        let source = try TemporaryPostgres.shared.get().createDatabase(label)
        try PGConnection(url: source).execute("""
            CREATE TABLE accounts (id integer PRIMARY KEY, region integer NOT NULL);
            INSERT INTO accounts SELECT i, i % 10 FROM generate_series(1, 2000) AS i;
            CREATE TABLE events (id integer PRIMARY KEY, account_id integer NOT NULL REFERENCES accounts(id), payload text NOT NULL);
            INSERT INTO events SELECT i, 1 + (i * 7919) % 2000, md5(i::text) || repeat('x', 60) FROM generate_series(1, 120000) AS i;
            """)
        return source
    }

    static func policy(start: String) -> String {
        "version: 1\nseed: 3\nunlisted: keep\nsubset: { start: { accounts: \(start) } }\n"
    }

    /// Two readers of one large table, each in its own block range, ask the same membership: a keyed 30 % of the
    /// events, too many to read back by address and a sample the source cannot narrow to.
    @Test func parallelReadersKeepTheSameSubsetAsOne() throws {
        let server = try TemporaryPostgres.shared.get()
        let source = try Self.accountsAndEvents("subset_parallel")
        let policy = "version: 1\nseed: 3\nunlisted: keep\nsubset: { start: { events: { percent: 30 } } }\n"
        let directory = try TemporaryDirectory()
        let one = server.newDatabaseURL("subset_one")
        let two = server.newDatabaseURL("subset_two")
        try EngineHarness.clone(policy: policy, from: .postgres(source), to: .postgres(one), in: directory, jobs: 1)
        let summary = try EngineHarness.clone(policy: policy, from: .postgres(source), to: .postgres(two), in: directory, jobs: 2)
        #expect(summary.tables.first { $0.table == "events" }?.readers == 2)
        let digest = "SELECT count(*)::text, md5(string_agg(id || '|' || account_id, ',' ORDER BY id)) FROM events"
        #expect(try PGConnection(url: two).execute(digest).rows() == PGConnection(url: one).execute(digest).rows())
        let events = Int(try PGConnection(url: two).execute("SELECT count(*) FROM events").rows().first?[0] ?? "") ?? 0
        #expect(events > 33_000 && events < 39_000, "\(events) of 120,000")
        // Exactly the accounts the kept events reference.
        #expect(try PGConnection(url: two).execute("SELECT (SELECT count(*) FROM accounts) = (SELECT count(DISTINCT account_id) FROM events)").rows() == [["t"]])

        // With the key sets past a budget of 1,000 keys in a file, which both readers ask: the same clone.
        let spilled = server.newDatabaseURL("subset_spilled")
        guard case .cloned(let spilledSummary, _) = try EngineHarness.run(
            policy: policy, from: .postgres(source), to: .postgres(spilled), in: directory, jobs: 2, environment: ["DOPPEL_SUBSET_KEYS_IN_MEMORY": "1000"])
        else {
            Issue.record("not cloned")
            return
        }
        #expect(spilledSummary.tables.first { $0.table == "events" }?.readers == 2)
        #expect(try PGConnection(url: spilled).execute(digest).rows() == PGConnection(url: one).execute(digest).rows())
    }

    /// A table keeping few of its rows is read back by their tuple ids (one reader, a TID scan), with the same rows.
    @Test func fewKeptRowsAreReadBackByAddress() throws {
        let server = try TemporaryPostgres.shared.get()
        let source = try Self.accountsAndEvents("subset_addressed")
        let policy = Self.policy(start: #"{ where: "region = 3", percent: 50 }"#)
        let directory = try TemporaryDirectory()
        let target = server.newDatabaseURL("subset_addressed_clone")
        let plan = try EngineHarness.plan(policy: policy, from: .postgres(source), to: .postgres(target), in: directory)
        #expect(plan.steps.first { $0.table.name == "events" }?.selectSQL.contains("t0.ctid = ANY('{\"(") == true)
        let summary = try EngineHarness.clone(policy: policy, from: .postgres(source), to: .postgres(target), in: directory, jobs: 2)
        #expect(summary.tables.first { $0.table == "events" }?.readers == 1)
        try expectEveryEventOfTheKeptAccounts(source: source, clone: target)
    }

    /// The clone's events are exactly the source's events of the clone's accounts.
    private func expectEveryEventOfTheKeptAccounts(source: String, clone: String) throws {
        let kept = try keptAccounts(clone)
        let expected = try PGConnection(url: source).execute(
            "SELECT count(*)::text, md5(string_agg(id::text, ',' ORDER BY id)) FROM events WHERE account_id IN (\(kept))").rows()
        #expect(try PGConnection(url: clone).execute("SELECT count(*)::text, md5(string_agg(id::text, ',' ORDER BY id)) FROM events").rows() == expected)
    }

    private func keptAccounts(_ url: String) throws -> String {
        try PGConnection(url: url).execute("SELECT id::text FROM accounts").rows().compactMap { $0[0] }.joined(separator: ",")
    }
}
