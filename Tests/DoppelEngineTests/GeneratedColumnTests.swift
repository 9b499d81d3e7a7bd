import DoppelCore
import DoppelEngine
import DoppelPolicy
import DoppelPostgres
import DoppelTestSupport
import Foundation
import Testing

/// Generated columns between engines: an expression both engines can compute (arithmetic or concatenation
/// of columns) stays generated; any other is carried as a plain column holding the source's values, which
/// must arrive, and is refused when those values would reveal a column the policy masks.
@Suite struct GeneratedColumnTests {
    static let sqlite = """
        CREATE TABLE items (
            id INTEGER PRIMARY KEY, qty INTEGER NOT NULL, units INTEGER NOT NULL,
            total INTEGER GENERATED ALWAYS AS (qty * units) VIRTUAL,
            first TEXT, last TEXT,
            "full" TEXT GENERATED ALWAYS AS (first || ' ' || last) STORED,
            code TEXT GENERATED ALWAYS AS (upper(first)) VIRTUAL);
        INSERT INTO items (id, qty, units, first, last) VALUES (1, 2, 3, 'ada', 'lovelace'), (2, 5, 7, 'alan', 'turing');
        """

    static let postgres = """
        CREATE TABLE items (
            id integer PRIMARY KEY, qty integer NOT NULL, units integer NOT NULL,
            total integer GENERATED ALWAYS AS (qty * units) STORED,
            first text, last text,
            "full" text GENERATED ALWAYS AS (first || ' ' || last) STORED,
            code text GENERATED ALWAYS AS (upper(first)) STORED);
        INSERT INTO items (id, qty, units, first, last) VALUES (1, 2, 3, 'ada', 'lovelace'), (2, 5, 7, 'alan', 'turing');
        """

    static let expected: [[String?]] = [["1", "6", "ada lovelace", "ADA"], ["2", "35", "alan turing", "ALAN"]]

    @Test func sqliteToPostgresKeepsPortableExpressionsAndCarriesTheOthersValues() throws {
        let server = try TemporaryPostgres.shared.get()
        let directory = try TemporaryDirectory()
        let source = directory.file("generated.db")
        try SQLiteFixture.create(source, sql: Self.sqlite)
        let target = server.newDatabaseURL("generated_from_sqlite")
        try EngineHarness.clone(policy: EngineHarness.keepEverything, from: .sqlite(path: source), to: .postgres(target), in: directory)
        let connection = try PGConnection(url: target)
        #expect(try connection.execute(#"SELECT id, total, "full", code FROM items ORDER BY id"#).rows() == Self.expected)
        let generated = try connection.execute("SELECT attname, attgenerated::text FROM pg_attribute WHERE attrelid = 'items'::regclass AND attnum > 0 AND attgenerated <> '' ORDER BY attname").rows()
        #expect(generated == [["full", "s"], ["total", "s"]])
        // Computed in the clone: a new row gets its value.
        try connection.execute("INSERT INTO items (id, qty, units, first, last) VALUES (3, 4, 4, 'grace', 'hopper')")
        #expect(try connection.execute(#"SELECT total, "full" FROM items WHERE id = 3"#).rows() == [["16", "grace hopper"]])
    }

    @Test func postgresToSQLiteKeepsPortableExpressionsAndCarriesTheOthersValues() throws {
        let server = try TemporaryPostgres.shared.get()
        let source = try server.createDatabase("generated_pg", running: Self.postgres)
        let directory = try TemporaryDirectory()
        let target = directory.file("generated.db")
        try EngineHarness.clone(policy: EngineHarness.keepEverything, from: .postgres(source), to: .sqlite(path: target), in: directory)
        let rows = try SQLiteFixture.rows(target, #"SELECT id, total, "full", code FROM items ORDER BY id"#)
        #expect(rows.map { $0.map(\.textRepresentation) } == Self.expected)
        // hidden: 2 virtual, 3 stored generated; 0 a plain column.
        let hidden = try SQLiteFixture.rows(target, "SELECT name, hidden FROM pragma_table_xinfo('items') WHERE name IN ('total', 'full', 'code') ORDER BY name")
        #expect(hidden == [[.text("code"), .integer(0)], [.text("full"), .integer(3)], [.text("total"), .integer(3)]])
    }

    @Test func carriedValuesComputedFromAMaskedColumnAreRefused() throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("generated.db")
        try SQLiteFixture.create(source, sql: Self.sqlite)
        let server = try TemporaryPostgres.shared.get()
        let target = server.newDatabaseURL("generated_masked")
        let policy = EngineHarness.keepEverything.replacingOccurrences(
            of: "tables: {}", with: "tables:\n  items:\n    columns:\n      first: { pii: first_name, rule: fake }")
        #expect {
            try EngineHarness.clone(policy: policy, from: .sqlite(path: source), to: .postgres(target), in: directory)
        } throws: { error in
            guard let problems = error as? PolicyProblems else { return false }
            return problems.description.contains("items.code") && problems.description.contains("first")
        }
    }
}
