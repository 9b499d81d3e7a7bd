internal import CSQLite
package import DoppelCore

/// A compiled statement: the one owner of a `sqlite3_stmt*`, finalized when released.
///
/// Related SQLite documentation: <https://www.sqlite.org/c3ref/stmt.html>.
package final class SQLiteStatement {
    private let statement: OpaquePointer
    // Keeps the connection open as long as its statements live.
    private let connection: SQLiteConnection
    /// The statement's SQL text.
    package let sql: String
    /// The number of columns a row of this statement has.
    package let columnCount: Int

    init(statement: OpaquePointer, connection: SQLiteConnection, sql: String) {
        self.statement = statement
        self.connection = connection
        self.sql = sql
        self.columnCount = Int(sqlite3_column_count(statement))
    }

    deinit {
        sqlite3_finalize(statement)
    }

    /// Advances to the next row; false when the statement is done.
    package func step() throws(SQLiteError) -> Bool {
        let status = sqlite3_step(statement)
        switch status {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            throw SQLiteError(code: connection.lastErrorCode, message: connection.lastErrorMessage, sql: sql)
        }
    }

    /// Resets the statement to run again and clears its bindings.
    package func reset() {
        sqlite3_reset(statement)
        sqlite3_clear_bindings(statement)
    }

    /// Resets the statement to run again, keeping its bindings (the caller rebinds every parameter).
    package func rewind() {
        sqlite3_reset(statement)
    }

    /// The value in column `index` of the current row, copied out of SQLite's buffers.
    ///
    /// Text is read with its byte length, so embedded NUL characters survive.
    package func value(at index: Int) -> Value {
        let column = Int32(index)
        switch sqlite3_column_type(statement, column) {
        case SQLITE_INTEGER:
            return .integer(sqlite3_column_int64(statement, column))
        case SQLITE_FLOAT:
            return .real(sqlite3_column_double(statement, column))
        case SQLITE_TEXT:
            let count = Int(sqlite3_column_bytes(statement, column))
            guard count > 0, let bytes = sqlite3_column_text(statement, column) else { return .text("") }
            return .text(String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self))
        case SQLITE_BLOB:
            let count = Int(sqlite3_column_bytes(statement, column))
            guard count > 0, let bytes = sqlite3_column_blob(statement, column) else { return .blob([]) }
            return .blob(Array(UnsafeRawBufferPointer(start: bytes, count: count)))
        default:
            return .null
        }
    }

    /// The current row's values.
    package func row() -> [Value] {
        (0..<columnCount).map { value(at: $0) }
    }

    /// Reads the current row into `buffer`, reusing its storage.
    package func readRow(into buffer: inout [Value]) {
        if buffer.count != columnCount {
            buffer = Array(repeating: .null, count: columnCount)
        }
        for index in 0..<columnCount {
            buffer[index] = value(at: index)
        }
    }

    /// Binds `value` to the 1-based parameter `index`; SQLite copies the bytes.
    package func bind(_ value: Value, at index: Int) throws(SQLiteError) {
        let parameter = Int32(index)
        let status: Int32
        switch value {
        case .null:
            status = sqlite3_bind_null(statement, parameter)
        case .integer(let number):
            status = sqlite3_bind_int64(statement, parameter, number)
        case .real(let number):
            status = sqlite3_bind_double(statement, parameter, number)
        case .text(var text):
            status = text.withUTF8 { bytes in
                guard bytes.count > 0 else {
                    return sqlite3_bind_text(statement, parameter, "", 0, doppel_sqlite_transient())
                }
                return sqlite3_bind_text(
                    statement, parameter, bytes.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) },
                    Int32(bytes.count), doppel_sqlite_transient())
            }
        case .blob(let bytes):
            status = bytes.withUnsafeBytes { buffer in
                sqlite3_bind_blob(statement, parameter, buffer.baseAddress ?? UnsafeRawPointer(bitPattern: 1), Int32(buffer.count), doppel_sqlite_transient())
            }
        }
        if status != SQLITE_OK {
            throw SQLiteError(code: SQLiteResultCode(rawValue: status), message: connection.lastErrorMessage, sql: sql)
        }
    }
}

@available(*, unavailable)
extension SQLiteStatement: Sendable {}
