public import DoppelCore
import DoppelSQLite
public import Foundation

/// Builds small SQLite databases for tests from SQL text, and reads them back.
public enum SQLiteFixture {
    /// Creates `path` from `sql` (any number of statements).
    public static func create(_ path: String, sql: String) throws {
        try? FileManager.default.removeItem(atPath: path)
        let connection = try SQLiteConnection(path: path, mode: .readWriteCreate)
        try connection.execute(sql)
    }

    /// Runs `sql` (any number of statements) on the existing database at `path`.
    public static func execute(_ path: String, _ sql: String) throws {
        try SQLiteConnection(path: path, mode: .readWriteCreate).execute(sql)
    }

    /// Every row of a query.
    public static func rows(_ path: String, _ sql: String) throws -> [[Value]] {
        try SQLiteConnection(path: path, mode: .readOnly).rows(sql)
    }

    /// The single integer a query returns.
    public static func integer(_ path: String, _ sql: String) throws -> Int64 {
        guard case .integer(let number)? = try rows(path, sql).first?.first else { return -1 }
        return number
    }

    /// The file's bytes.
    public static func bytes(_ path: String) -> Data {
        FileManager.default.contents(atPath: path) ?? Data()
    }
}
