import DoppelCore
import DoppelEngine
import DoppelPostgres
import DoppelTestSupport
import Foundation
import Testing

/// A SQLite UNIQUE over a `COLLATE NOCASE` column stays case-insensitive in PostgreSQL: a unique index on
/// `lower(column)`.
@Suite struct CaseInsensitiveUniqueTests {
    @Test func nocaseUniqueKeysBecomeUniqueIndexesOnLower() throws {
        let server = try TemporaryPostgres.shared.get()
        let directory = try TemporaryDirectory()
        let source = directory.file("nocase.db")
        try SQLiteFixture.create(source, sql: """
            CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE COLLATE NOCASE, handle TEXT COLLATE NOCASE, tag TEXT UNIQUE);
            CREATE UNIQUE INDEX users_handle ON users (handle);
            INSERT INTO users VALUES (1, 'Ada@Example.test', 'ada', 'x');
            """)
        let target = server.newDatabaseURL("nocase")
        try EngineHarness.clone(policy: EngineHarness.keepEverything, from: .sqlite(path: source), to: .postgres(target), in: directory)
        let connection = try PGConnection(url: target)
        #expect(throws: (any Error).self) { try connection.execute("INSERT INTO users VALUES (2, 'ada@example.TEST', 'b', 'y')") }
        #expect(throws: (any Error).self) { try connection.execute("INSERT INTO users VALUES (3, 'c@example.test', 'ADA', 'z')") }
        // A case-sensitive column stays case-sensitive.
        try connection.execute("INSERT INTO users VALUES (4, 'd@example.test', 'd', 'X')")
        #expect(try connection.execute("SELECT count(*) FROM users").rows() == [["2"]])
    }
}
