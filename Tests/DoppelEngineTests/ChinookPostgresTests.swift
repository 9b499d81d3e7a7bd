import DoppelCore
import DoppelEngine
import DoppelPostgres
import DoppelTestSupport
import Foundation
import Testing

/// Chinook carried across engines with complete policies: PostgreSQL to PostgreSQL and to SQLite with
/// `Policies/chinook_postgres.yaml`, SQLite to PostgreSQL with `Policies/chinook.yaml`. Each clone has the
/// source's tables, row counts, keys and indexes, and no source email survives.
@Suite struct ChinookPostgresTests {
    static let source: Result<String, any Error> = Result {
        let url = try TemporaryPostgres.shared.get().createDatabase("chinook", running: try Fixtures.chinookPostgresSQL())
        return url
    }

    static let tables = ["album", "artist", "customer", "employee", "genre", "invoice", "invoice_line", "media_type", "playlist", "playlist_track", "track"]

    func postgresCounts(_ url: String, tables: [String]) throws -> [String: Int64] {
        let connection = try PGConnection(url: url)
        var counts: [String: Int64] = [:]
        for table in tables {
            counts[table] = Int64(try connection.execute("SELECT count(*) FROM \(connection.quote(table))").text(row: 0, column: 0) ?? "")
        }
        return counts
    }

    func catalogCounts(_ url: String) throws -> [String?] {
        try PGConnection(url: url).execute("""
            SELECT (SELECT count(*) FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = 'public' AND contype = 'p')::text,
                   (SELECT count(*) FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = 'public' AND contype = 'f')::text,
                   (SELECT count(*) FROM pg_indexes WHERE schemaname = 'public')::text
            """).rows()[0]
    }

    @Test func postgresToPostgres() throws {
        let source = try Self.source.get()
        let target = try TemporaryPostgres.shared.get().newDatabaseURL("chinook_pg")
        let directory = try TemporaryDirectory()
        try EngineHarness.clone(policyFile: Fixtures.policy("chinook_postgres.yaml"), from: .postgres(source), to: .postgres(target), in: directory)
        #expect(try postgresCounts(target, tables: Self.tables) == postgresCounts(source, tables: Self.tables))
        #expect(try catalogCounts(target) == catalogCounts(source))
        #expect(try catalogCounts(target) == ["11", "11", "22"])
        let sourceEmails = Set(try PGConnection(url: source).execute("SELECT email FROM customer").rows().compactMap { $0[0] })
        let cloneEmails = Set(try PGConnection(url: target).execute("SELECT email FROM customer").rows().compactMap { $0[0] })
        #expect(sourceEmails.intersection(cloneEmails).isEmpty)
        #expect(cloneEmails.count == sourceEmails.count)
        // Kept columns are identical.
        let tracks = "SELECT track_id, name, composer, milliseconds, bytes, unit_price::text, album_id FROM track ORDER BY track_id"
        #expect(try PGConnection(url: target).execute(tracks).rows() == PGConnection(url: source).execute(tracks).rows())
    }

    @Test func postgresToSQLite() throws {
        let source = try Self.source.get()
        let directory = try TemporaryDirectory()
        let target = directory.file("chinook.sqlite")
        try EngineHarness.clone(policyFile: Fixtures.policy("chinook_postgres.yaml"), from: .postgres(source), to: .sqlite(path: target), in: directory)
        let counts = try postgresCounts(source, tables: Self.tables)
        for table in Self.tables {
            #expect(try SQLiteFixture.integer(target, "SELECT count(*) FROM \"\(table)\"") == counts[table], "\(table)")
        }
        #expect(try SQLiteFixture.rows(target, "PRAGMA foreign_key_check").isEmpty)
        #expect(try SQLiteFixture.integer(target, "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name NOT LIKE 'sqlite_autoindex%'") == 11)
        var foreignKeys: Int64 = 0
        for table in Self.tables { foreignKeys += try SQLiteFixture.integer(target, "SELECT count(*) FROM pragma_foreign_key_list('\(table)')") }
        #expect(foreignKeys == 11)
        // Money stays exact: numeric(10,2) → NUMERIC.
        #expect(try SQLiteFixture.rows(target, "SELECT total FROM invoice WHERE invoice_id = 1") == [[.real(1.98)]])
    }

    @Test func sqliteToPostgres() throws {
        let target = try TemporaryPostgres.shared.get().newDatabaseURL("chinook_from_sqlite")
        let directory = try TemporaryDirectory()
        try EngineHarness.clone(policyFile: Fixtures.policy("chinook.yaml"), from: .sqlite(path: Fixtures.chinookSQLite), to: .postgres(target), in: directory)
        let names = try SQLiteFixture.rows(Fixtures.chinookSQLite, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").compactMap { $0[0].textRepresentation }
        let counts = try postgresCounts(target, tables: names)
        for name in names {
            #expect(counts[name] == (try SQLiteFixture.integer(Fixtures.chinookSQLite, "SELECT count(*) FROM \"\(name)\"")), "\(name)")
        }
        #expect(try catalogCounts(target) == ["11", "11", "22"])
        // The rowid keys became identity columns that continue past the highest key.
        let connection = try PGConnection(url: target)
        try connection.execute("BEGIN")
        defer { _ = try? connection.execute("ROLLBACK") }
        #expect(try connection.execute(#"INSERT INTO "Genre" ("Name") VALUES ('New') RETURNING "GenreId""#).rows() == [["26"]])
    }

    @Test func aFailedRunLeavesThePreviousTargetAsItWasAndNoStagingSchema() throws {
        let source = try Self.source.get()
        let target = try TemporaryPostgres.shared.get().newDatabaseURL("chinook_failed")
        let directory = try TemporaryDirectory()
        try EngineHarness.clone(policyFile: Fixtures.policy("chinook_postgres.yaml"), from: .postgres(source), to: .postgres(target), in: directory)
        let snapshot = "SELECT string_agg(email, ',' ORDER BY customer_id) FROM customer"
        let before = try PGConnection(url: target).execute(snapshot).rows()
        // A `where` that divides by zero on one row fails in the middle of reading invoice_line, after the
        // tables before it are loaded.
        var policy = try String(contentsOfFile: Fixtures.policy("chinook_postgres.yaml"), encoding: .utf8)
        policy = policy.replacingOccurrences(of: "  invoice_line:\n", with: "  invoice_line:\n    where: \"100 / (invoice_line_id - 1500) > -1000\"\n")
        #expect(policy.contains("invoice_line_id - 1500"))
        #expect(throws: (any Error).self) {
            try EngineHarness.clone(policy: policy, from: .postgres(source), to: .postgres(target), in: directory)
        }
        let connection = try PGConnection(url: target)
        #expect(try connection.execute(snapshot).rows() == before)
        #expect(try connection.execute("SELECT count(*) FROM invoice_line").rows() == [["2240"]])
        #expect(try connection.execute("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'doppel%'").rows().isEmpty)
    }
}
