internal import CSQLite
package import DoppelCore

/// An open SQLite database: the one owner of a `sqlite3*` handle, which it closes when released.
///
/// A connection is used from one task at a time; it is deliberately not `Sendable`.
/// Related SQLite documentation: <https://www.sqlite.org/c3ref/open.html>.
package final class SQLiteConnection {
    /// How to open the file.
    package enum Mode: Sendable {
        /// Never writes: `SQLITE_OPEN_READONLY`. The file must exist.
        case readOnly
        /// Reads and writes, creating the file if needed.
        case readWriteCreate
    }

    private let handle: OpaquePointer
    /// The file this connection opened.
    package let path: String

    /// Opens `path`; throws a ``SQLiteError`` that names the file when it cannot.
    package init(path: String, mode: Mode) throws(SQLiteError) {
        var pointer: OpaquePointer?
        let flags: Int32
        switch mode {
        case .readOnly: flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX
        case .readWriteCreate: flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        }
        let status = sqlite3_open_v2(path, &pointer, flags, nil)
        guard status == SQLITE_OK, let opened = pointer else {
            let message = pointer.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            if let pointer { sqlite3_close_v2(pointer) }
            throw SQLiteError(code: SQLiteResultCode(rawValue: status), message: message, context: "cannot open \(path)")
        }
        self.handle = opened
        self.path = path
        sqlite3_extended_result_codes(opened, 1)
        sqlite3_busy_timeout(opened, 5_000)
    }

    deinit {
        sqlite3_close_v2(handle)
    }

    /// Runs one or more statements that return no rows.
    package func execute(_ sql: String, context: String? = nil) throws(SQLiteError) {
        var errorMessage: UnsafeMutablePointer<CChar>?
        let status = sqlite3_exec(handle, sql, nil, nil, &errorMessage)
        if status != SQLITE_OK {
            let message = errorMessage.map { String(cString: $0) } ?? lastErrorMessage
            sqlite3_free(errorMessage)
            throw SQLiteError(code: SQLiteResultCode(rawValue: status), message: message, sql: sql, context: context)
        }
    }

    /// Compiles one statement.
    package func prepare(_ sql: String, context: String? = nil) throws(SQLiteError) -> SQLiteStatement {
        var statement: OpaquePointer?
        let status = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard status == SQLITE_OK, let statement else {
            throw SQLiteError(code: SQLiteResultCode(rawValue: status), message: lastErrorMessage, sql: sql, context: context)
        }
        return SQLiteStatement(statement: statement, connection: self, sql: sql)
    }

    /// Every row of a query, decoded. Use only for small catalog queries; tables are streamed with ``SQLiteStatement``.
    package func rows(_ sql: String, context: String? = nil) throws(SQLiteError) -> [[Value]] {
        let statement = try prepare(sql, context: context)
        var result: [[Value]] = []
        while try statement.step() {
            result.append(statement.row())
        }
        return result
    }

    var lastErrorMessage: String {
        String(cString: sqlite3_errmsg(handle))
    }

    var lastErrorCode: SQLiteResultCode {
        SQLiteResultCode(rawValue: sqlite3_extended_errcode(handle))
    }

    /// The SQLite library version (e.g. `3.40.1`).
    package static var libraryVersion: String {
        String(cString: sqlite3_libversion())
    }
}

@available(*, unavailable)
extension SQLiteConnection: Sendable {}
