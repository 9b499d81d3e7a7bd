import DoppelCore
import DoppelTestSupport
import Foundation
import Testing
@testable import DoppelSQLite

@Suite struct SQLiteSourceTests {
    @Test func theSourceIsOpenedReadOnly() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("source.db")
        try SQLiteFixture.create(path, sql: "CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1);")
        let before = SQLiteFixture.bytes(path)
        let source = try SQLiteSource(path: path)
        do {
            try source.connection.execute("INSERT INTO t VALUES (2)")
            Issue.record("a write to the source succeeded")
        } catch {
            #expect(SQLiteResultCode.readOnly ~= error.code)
        }
        #expect(SQLiteFixture.bytes(path) == before)
    }

    @Test func textKeepsEmbeddedNULsAndEscapes() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("source.db")
        let connection = try SQLiteConnection(path: path, mode: .readWriteCreate)
        try connection.execute("CREATE TABLE t (x TEXT, y BLOB)")
        let insert = try connection.prepare("INSERT INTO t VALUES (?, ?)")
        let awkward = "nul\u{0}inside\ttab\nnewline\\ 'quote' \"dq\" ünïcødé 🙂"
        try insert.bind(.text(awkward), at: 1)
        try insert.bind(.blob([0, 1, 2, 255]), at: 2)
        _ = try insert.step()
        var rows: [[Value]] = []
        try SQLiteSource(path: path).scan(unsafeSQL: "SELECT x, y FROM t") { rows.append($0) }
        #expect(rows == [[.text(awkward), .blob([0, 1, 2, 255])]])
    }

    @Test func emptyStringsStayEmptyNotNull() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("source.db")
        let connection = try SQLiteConnection(path: path, mode: .readWriteCreate)
        try connection.execute("CREATE TABLE t (x TEXT)")
        let insert = try connection.prepare("INSERT INTO t VALUES (?)")
        try insert.bind(.text(""), at: 1)
        _ = try insert.step()
        #expect(try connection.rows("SELECT x IS NULL, length(x) FROM t") == [[.integer(0), .integer(0)]])
    }

    @Test func missingAndNonDatabaseFilesFailWithTheirPath() throws {
        let directory = try TemporaryDirectory()
        do {
            _ = try SQLiteSource(path: directory.file("missing.db"))
            Issue.record("opened a missing file")
        } catch {
            #expect(error.description.contains("missing.db"))
            #expect(error.exitStatus == .connection)
        }
        let junk = directory.file("junk.db")
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: junk))
        do {
            _ = try SQLiteSource(path: junk)
            Issue.record("opened a file that is not a database")
        } catch {
            #expect(error.description.contains("junk.db"))
        }
    }

    /// Like GRDB's `testDatabaseErrorThrownByUpdateStatementContainSQLAndNoPrivateArguments`: the error
    /// names the statement, never the bound value.
    @Test func errorsCarryTheSQLButNotBoundValues() throws {
        let directory = try TemporaryDirectory()
        let connection = try SQLiteConnection(path: directory.file("t.db"), mode: .readWriteCreate)
        try connection.execute("CREATE TABLE t (email TEXT UNIQUE)")
        let insert = try connection.prepare("INSERT INTO t VALUES (?)")
        try insert.bind(.text("alice@secret.test"), at: 1)
        _ = try insert.step()
        insert.reset()
        try insert.bind(.text("alice@secret.test"), at: 1)
        do {
            _ = try insert.step()
            Issue.record("expected a constraint error")
        } catch {
            #expect(SQLiteResultCode.constraint ~= error.code)
            #expect(error.description.contains("INSERT INTO t VALUES (?)"))
            #expect(!error.description.contains("alice@secret.test"))
        }
    }
}
