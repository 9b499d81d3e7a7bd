import DoppelCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// What a SQLite target path holds before a clone replaces it, read without changing it (its header, then
/// its schema read-only).
enum SQLiteTargetContents: Equatable {
    /// No file, or an empty one.
    case nothing
    /// A SQLite database without tables, views or triggers.
    case emptyDatabase
    /// A clone Doppel wrote (see ``CloneMark``).
    case doppelClone
    /// A SQLite database Doppel did not write: how many schema objects it holds, and the first few names.
    case foreignDatabase(count: Int, names: [String])
    /// A file that is not a SQLite database.
    case notSQLite
    /// A directory.
    case directory

    static func inspect(_ path: String) -> SQLiteTargetContents {
        var status = stat()
        guard stat(path, &status) == 0 else { return .nothing }
        if (status.st_mode & S_IFMT) == S_IFDIR { return .directory }
        if status.st_size == 0 { return .nothing }
        guard let header = FileHandle(forReadingAtPath: path).flatMap({ handle in
            defer { try? handle.close() }
            return try? handle.read(upToCount: 100)
        }), header.count >= 100, header.prefix(16) == Data("SQLite format 3\0".utf8) else {
            return .notSQLite
        }
        let applicationID = header[68..<72].reduce(Int64(0)) { $0 << 8 | Int64($1) }
        if applicationID == CloneMark.sqliteApplicationID { return .doppelClone }
        guard let names = schemaObjects(of: path) else {
            // A database whose schema cannot be read: something is there that Doppel did not write.
            return .foreignDatabase(count: 1, names: ["(a schema that cannot be read)"])
        }
        if names.contains(CloneMark.sqliteMarkerTable) { return .doppelClone }
        return names.isEmpty ? .emptyDatabase : .foreignDatabase(count: names.count, names: Array(names.prefix(5)))
    }

    /// The names of the tables, views and triggers, read-only; nil when the schema cannot be read.
    private static func schemaObjects(of path: String) -> [String]? {
        guard let connection = try? SQLiteConnection(path: path, mode: .readOnly) else { return nil }
        try? connection.execute("PRAGMA busy_timeout = 0")
        let rows = try? connection.rows("SELECT name FROM sqlite_schema WHERE type IN ('table', 'view', 'trigger') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid")
        return rows?.compactMap { $0.first?.textRepresentation }
    }

    /// What refuses a clone over these contents, or nil when the clone may replace them.
    func refusal(target: String, replacing: Bool) -> TargetRefused? {
        switch self {
        case .nothing, .emptyDatabase, .doppelClone:
            return nil
        case .directory:
            return TargetRefused("the target \(target) is a directory; name a file inside it, e.g. --target \(target)/clone.sqlite")
        case .notSQLite:
            return TargetRefused(
                "the target \(target) is a file that is not a SQLite database, and a clone never replaces such a file (not even with --replace); nothing was written. Name another path, or move the file away")
        case .foreignDatabase(let count, let names):
            guard !replacing else { return nil }
            let more = count > names.count ? " and \(count - names.count) more" : ""
            return TargetRefused(
                "the target \(target) is a SQLite database that doppel did not write (it holds \(names.joined(separator: ", "))\(more)); nothing was written. Pass --replace to replace it with the clone, or name another path")
        }
    }
}
