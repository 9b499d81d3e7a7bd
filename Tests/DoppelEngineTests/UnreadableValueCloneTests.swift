import DoppelCore
import DoppelEngine
import DoppelPostgres
import DoppelTestSupport
import Foundation
import Testing

/// Dates a rule cannot read never reach the clone: the run stops naming table, column and row count (never
/// a value), or writes the policy's `on_invalid` choice. SQLite and PostgreSQL, end to end.
@Suite struct UnreadableValueCloneTests {
    static let values = ["12/31/1980", "Dec 31 1980", "31/12/1980 Jane Roe"]
    static let rows = "(1, '1980-12-31'), (2, '12/31/1980'), (3, 'Dec 31 1980'), (4, '31/12/1980 Jane Roe'), (5, NULL)"

    static func policy(_ rule: String) -> String {
        "version: 1\nseed: 1\nsecret: env:DOPPEL_SECRET\ntables:\n  person:\n    columns:\n      id: keep\n      date_of_birth: { pii: date_of_birth, \(rule) }\n"
    }

    static let rules = ["rule: generalize, to: year", "rule: shift, days: 30"]

    func expectRefused(_ run: () throws -> Void, _ note: String) {
        do {
            try run()
            Issue.record("\(note): unreadable dates were cloned")
        } catch {
            let text = "\(error)"
            #expect(text.contains("person.date_of_birth"), "\(note): \(text)")
            #expect(text.contains("3 rows"), "\(note): \(text)")
            #expect(text.contains("on_invalid"), "\(note): \(text)")
            for value in Self.values + ["Jane", "1980"] { #expect(!text.contains(value), "\(note): \(text)") }
        }
    }

    @Test(arguments: rules) func sqliteStopsTheRun(rule: String) throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("people.db")
        try SQLiteFixture.create(source, sql: "CREATE TABLE person (id INTEGER PRIMARY KEY, date_of_birth DATE); INSERT INTO person VALUES \(Self.rows);")
        let target = directory.file("clone.db")
        expectRefused({ try EngineHarness.clone(policy: Self.policy(rule), from: .sqlite(path: source), to: .sqlite(path: target), in: directory) }, rule)
        #expect(!FileManager.default.fileExists(atPath: target))
    }

    @Test(arguments: rules) func postgresStopsTheRun(rule: String) throws {
        let server = try TemporaryPostgres.shared.get()
        let source = try server.createDatabase("unreadable", running: "CREATE TABLE person (id int PRIMARY KEY, date_of_birth text); INSERT INTO person VALUES \(Self.rows);")
        let directory = try TemporaryDirectory()
        expectRefused({ try EngineHarness.clone(policy: Self.policy(rule), from: .postgres(source), to: .postgres(server.newDatabaseURL("unreadable_clone")), in: directory) }, rule)
        expectRefused({ try EngineHarness.clone(policy: Self.policy(rule), from: .postgres(source), to: .sqlite(path: directory.file("c.db")), in: directory) }, rule)
    }

    @Test func onInvalidNullAndRedactAreWritten() throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("people.db")
        try SQLiteFixture.create(source, sql: "CREATE TABLE person (id INTEGER PRIMARY KEY, date_of_birth DATE); INSERT INTO person VALUES \(Self.rows);")
        let server = try TemporaryPostgres.shared.get()
        let pgSource = try server.createDatabase("unreadable_choice", running: "CREATE TABLE person (id int PRIMARY KEY, date_of_birth text); INSERT INTO person VALUES \(Self.rows);")
        for (choice, expected) in [("null", nil as String?), ("redact", "[redacted]")] {
            let policy = Self.policy("rule: generalize, to: year, on_invalid: \(choice)")
            let sqliteTarget = directory.file("clone-\(choice).db")
            try EngineHarness.clone(policy: policy, from: .sqlite(path: source), to: .sqlite(path: sqliteTarget), in: directory)
            let pgTarget = server.newDatabaseURL("unreadable_\(choice)")
            try EngineHarness.clone(policy: policy, from: .postgres(pgSource), to: .postgres(pgTarget), in: directory)
            let sqliteRows = try SQLiteFixture.rows(sqliteTarget, "SELECT date_of_birth FROM person ORDER BY id")
            let pgRows = try PGConnection(url: pgTarget).execute("SELECT date_of_birth FROM person ORDER BY id").rows()
            for rows in [sqliteRows.map { $0.first?.textRepresentation }, pgRows.map { $0.first ?? nil }] {
                #expect(rows == ["1980-01-01", expected, expected, expected, nil], "\(choice): \(rows)")
            }
        }
    }
}
