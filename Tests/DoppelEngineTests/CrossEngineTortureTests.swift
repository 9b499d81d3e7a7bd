import DoppelCore
import DoppelEngine
import DoppelPostgres
import DoppelSQLite
import DoppelTestSupport
import Foundation
import Testing

/// The torture schemas cloned in every direction: SQLite → SQLite object by object; SQLite → PostgreSQL and
/// PostgreSQL → SQLite with every table, column, key and row, and generated columns holding their values.
@Suite struct CrossEngineTortureTests {
    static func sqliteSource(in directory: TemporaryDirectory) throws -> String {
        let path = directory.file("torture.db")
        try SQLiteFixture.create(path, sql: TortureSQLite.sql)
        return path
    }

    /// What a schema promises whatever the engine: tables, their columns, keys and references.
    static func shape(_ schema: Schema) -> [String: String] {
        Dictionary(uniqueKeysWithValues: schema.tables.map { table in
            let keys = table.foreignKeys.map { "\($0.columns)->\($0.referencedTable)\(table.referencedColumns(of: $0))" }.sorted()
            let unique = table.uniqueKeys.map { $0.sorted() }.sorted { $0.description < $1.description }
            return (table.name, "columns \(table.columns.map(\.name)) pk \(table.primaryKey) unique \(unique) fk \(keys)")
        })
    }

    @Test func sqliteToSQLiteObjectByObject() throws {
        let directory = try TemporaryDirectory()
        let source = try Self.sqliteSource(in: directory), target = directory.file("clone.db")
        try EngineHarness.clone(policy: EngineHarness.keepEverything, from: .sqlite(path: source), to: .sqlite(path: target), in: directory)
        let objects = "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
        #expect(try SQLiteFixture.rows(target, objects) == SQLiteFixture.rows(source, objects))
        for table in TortureSQLite.tables {
            let rows = "SELECT * FROM \(table) ORDER BY 1, 2, 3"
            #expect(try SQLiteFixture.rows(target, rows) == SQLiteFixture.rows(source, rows), "rows of \(table)")
        }
        #expect(try SQLiteFixture.integer(target, "SELECT seq FROM sqlite_sequence WHERE name = 'Customer Accounts'") == 30)
    }

    @Test func sqliteToPostgresAndBack() throws {
        let directory = try TemporaryDirectory()
        let source = try Self.sqliteSource(in: directory)
        let server = try TemporaryPostgres.shared.get()
        let middle = server.newDatabaseURL("torture_from_sqlite")
        try EngineHarness.clone(policy: EngineHarness.keepEverything, from: .sqlite(path: source), to: .postgres(middle), in: directory)
        let sourceSchema = try SQLiteSource(path: source).introspect()
        #expect(Self.shape(try PostgresSource(url: middle).introspect()) == Self.shape(sourceSchema))
        let clone = try PGConnection(url: middle)
        for table in TortureSQLite.tables {
            #expect(try clone.execute("SELECT count(*) FROM \(table)").rows() == [["\(try SQLiteFixture.integer(source, "SELECT count(*) FROM \(table)"))"]], "\(table)")
        }
        // Generated columns hold what they compute, and keep computing it.
        #expect(try clone.execute(#"SELECT count(*) FROM "order" WHERE total IS NULL OR total <> quantity * unit_price OR label <> '#' || "group" || '-' || "select""#).rows() == [["0"]])
        // A case-insensitive UNIQUE stays case-insensitive.
        try clone.execute("BEGIN")
        #expect(throws: PostgresError.self) {
            try clone.execute(#"INSERT INTO "Customer Accounts" ("E-Mail", "Display Name") VALUES ('USER1@EXAMPLE.TEST', 'Shouting')"#)
        }
        try clone.execute("ROLLBACK")

        let back = directory.file("back.db")
        try EngineHarness.clone(policy: EngineHarness.keepEverything, from: .postgres(middle), to: .sqlite(path: back), in: directory)
        #expect(Self.shape(try SQLiteSource(path: back).introspect()) == Self.shape(sourceSchema))
        let text = #"SELECT "Account Id", "E-Mail", "Display Name", referrer, signed_up, hex(avatar), settings FROM "Customer Accounts" ORDER BY 1"#
        #expect(try SQLiteFixture.rows(back, text) == SQLiteFixture.rows(source, text))
        #expect(try SQLiteFixture.rows(back, "PRAGMA foreign_key_check").isEmpty)
    }

    @Test func postgresToSQLite() throws {
        let server = try TemporaryPostgres.shared.get()
        let source = try server.createDatabase("torture_to_sqlite", running: TorturePostgres.sql)
        let directory = try TemporaryDirectory()
        let target = directory.file("clone.db")
        try EngineHarness.clone(policy: EngineHarness.keepEverything, from: .postgres(source), to: .sqlite(path: target), in: directory)
        var sourceSchema = try PostgresSource(url: source).introspect()
        // A key each partition declares holds within the partition; SQLite has one table, so it is not made table-wide.
        for index in sourceSchema.tables.indices {
            let partitionKeys = sourceSchema.tables[index].indexes.filter { $0.partitionSQL != nil && $0.isUnique }.map(\.columns)
            sourceSchema.tables[index].uniqueKeys.removeAll { partitionKeys.contains($0) }
        }
        #expect(Self.shape(try SQLiteSource(path: target).introspect()) == Self.shape(sourceSchema))
        let original = try PGConnection(url: source)
        for (table, relation) in [("customer", "customer"), ("order", "\"order\""), ("payment", "payment"), ("note", "ONLY note"), ("urgent_note", "urgent_note"),
                                  ("Sales Dept.Region Target", "\"Sales Dept\".\"Region Target\""), ("inventory.order", "inventory.\"order\"")] {
            let expected = try original.execute("SELECT count(*) FROM \(relation)").rows().first?.first ?? nil
            #expect(try "\(SQLiteFixture.integer(target, "SELECT count(*) FROM \"\(table)\""))" == expected, "\(table)")
        }
        #expect(try SQLiteFixture.integer(target, #"SELECT count(*) FROM customer WHERE name_length IS NULL OR name_length <> length("Full Name")"#) == 0)
        // The partitions' indexes on one column become one index of the SQLite table.
        #expect(try SQLiteFixture.integer(target, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'payment'") == 1)
        #expect(try SQLiteFixture.rows(target, "PRAGMA foreign_key_check").isEmpty)
    }
}
