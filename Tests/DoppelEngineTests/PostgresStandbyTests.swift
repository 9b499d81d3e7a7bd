import DoppelCore
import DoppelEngine
import DoppelPostgres
import DoppelTestSupport
import Foundation
import Testing

/// Doppel reads from a hot standby: its snapshot is `REPEATABLE READ READ ONLY`, it writes nothing there,
/// and parallel readers share the snapshot with `pg_export_snapshot()`, which a standby allows.
@Suite struct PostgresStandbyTests {
    @Test func aCloneReadsFromAHotStandby() throws {
        let pair = try TemporaryPostgres.standbyPair()
        try PGConnection(url: pair.primary).execute("CREATE DATABASE shop")
        let primary = pair.primary.replacingOccurrences(of: "/postgres?", with: "/shop?")
        let standby = pair.standby.replacingOccurrences(of: "/postgres?", with: "/shop?")
        try PGConnection(url: primary).execute("""
            CREATE TABLE customer (id integer PRIMARY KEY, email text NOT NULL UNIQUE, note text);
            INSERT INTO customer SELECT i, 'c' || i || '@corp.test', repeat('n', 100) FROM generate_series(1, 100000) i;
            CREATE TABLE purchase (id integer PRIMARY KEY, customer_id integer NOT NULL REFERENCES customer(id));
            INSERT INTO purchase SELECT i, 1 + i % 100000 FROM generate_series(1, 20000) i;
            """)
        // Wait until the standby shows everything the primary wrote (the last table's rows).
        let deadline = Date().addingTimeInterval(60)
        var replayed = false
        while !replayed && Date() < deadline {
            let count = (try? PGConnection(url: standby).execute("SELECT count(*)::text FROM purchase").text(row: 0, column: 0)) ?? nil
            replayed = count == "20000"
            if !replayed { usleep(100_000) }
        }
        #expect(replayed, "the standby did not catch up")
        #expect(try PGConnection(url: standby).execute("SELECT pg_is_in_recovery()::text, (SELECT count(*) FROM customer)::text").rows() == [["true", "100000"]])

        let policy = """
            version: 1
            seed: 2
            secret: env:DOPPEL_SECRET
            unlisted: keep
            tables:
              customer:
                columns:
                  email: { pii: email, rule: fake, unique: true }
            """
        let directory = try TemporaryDirectory()
        let sqliteTarget = directory.file("from-standby.sqlite")
        try EngineHarness.clone(policy: policy, from: .postgres(standby), to: .sqlite(path: sqliteTarget), in: directory)
        #expect(try SQLiteFixture.integer(sqliteTarget, "SELECT count(*) FROM customer") == 100_000)
        let postgresTarget = try TemporaryPostgres.shared.get().newDatabaseURL("from_standby")
        let summary = try EngineHarness.clone(policy: policy, from: .postgres(standby), to: .postgres(postgresTarget), in: directory, jobs: 2)
        #expect(summary.tables.first { $0.table == "customer" }?.readers == 2)
        #expect(try PGConnection(url: postgresTarget).execute("SELECT count(*) FROM customer").rows() == [["100000"]])
        #expect(try PGConnection(url: postgresTarget).execute("SELECT count(*) FROM purchase").rows() == [["20000"]])

        // A subset is decided on the standby too: its key sets are Doppel's, in memory, not temporary tables there.
        let subset = policy.replacingOccurrences(of: "unlisted: keep\n", with: "unlisted: keep\nsubset: { start: { purchase: \"id <= 100\" } }\n")
        let subsetTarget = directory.file("subset-from-standby.sqlite")
        try EngineHarness.clone(policy: subset, from: .postgres(standby), to: .sqlite(path: subsetTarget), in: directory)
        #expect(try SQLiteFixture.integer(subsetTarget, "SELECT count(*) FROM purchase") == 100)
        #expect(try SQLiteFixture.integer(subsetTarget, "SELECT count(*) FROM customer") == 100)  // the buyers of purchases 1…100
        #expect(try SQLiteFixture.rows(subsetTarget, "PRAGMA foreign_key_check").isEmpty)
    }
}
