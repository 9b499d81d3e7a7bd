import Foundation

package import DoppelCore

/// A SQLite database opened read-only as a clone's source.
///
/// The file is opened with `SQLITE_OPEN_READONLY` and read inside one transaction, so every table
/// comes from the same snapshot even if another process writes meanwhile.
package final class SQLiteSource: SourceDatabase {
    package let connection: SQLiteConnection
    package var dialect: any SQLDialect { StandardSQLDialect() }
    private var inTransaction = false

    /// Opens `path` read-only; fails with a clear error when the file is missing or not a database,
    /// naming it by `role` ("source", or "target" for a database a report reads).
    package init(path: String, role: String = "source") throws(SQLiteError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw SQLiteError(
                code: .cannotOpen, message: "a directory is not a database",
                context: "the \(role) sqlite:\(path) is a directory; name a database file inside it, e.g. sqlite:\((path as NSString).appendingPathComponent("app.db"))")
        }
        guard FileManager.default.fileExists(atPath: path) else {
            throw SQLiteError(
                code: .cannotOpen, message: "no such file",
                context: "cannot open the \(role) sqlite:\(path); check the path (relative paths start from the current directory)")
        }
        connection = try SQLiteConnection(path: path, mode: .readOnly)
        do {
            // Touch the header now, so "file is not a database" surfaces at open, not mid-run.
            _ = try connection.rows("SELECT count(*) FROM sqlite_schema")
            try connection.execute("BEGIN")
            inTransaction = true
        } catch {
            throw SQLiteError(code: error.code, message: error.message, context: "cannot read the \(role) sqlite:\(path)")
        }
    }

    deinit {
        if inTransaction { try? connection.execute("COMMIT") }
    }

    package func introspect(countingRows: Bool) throws -> Schema {
        try SQLiteIntrospector(connection: connection).schema(countingRows: countingRows)
    }

    package func scan(unsafeSQL sql: String, body: (_ row: [Value]) throws -> Void) throws {
        let statement = try connection.prepare(sql)
        var row: [Value] = []
        while try statement.step() {
            statement.readRow(into: &row)
            try body(row)
        }
    }

    package func validate(unsafeSQL sql: String) throws {
        _ = try connection.prepare(sql)
    }

    package func queryOne(unsafeSQL sql: String) throws -> [Value]? {
        let statement = try connection.prepare(sql)
        return try statement.step() ? statement.row() : nil
    }

    /// The pages of the table and its indexes (`dbstat`); nil where the library lacks it.
    package func storedBytes(of table: Table) throws -> Int64? {
        let name = dialect.literal(table.name)
        let sql = "SELECT sum(pgsize) FROM dbstat WHERE name = \(name) OR name IN (SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = \(name))"
        guard let row = try? queryOne(unsafeSQL: sql), case .integer(let bytes)? = row.first else { return nil }
        return bytes
    }
}
