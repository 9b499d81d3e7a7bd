import DoppelCore
import Foundation

/// The journal files a previous target can leave beside it (`-wal`, `-shm`, a hot `-journal`, from a
/// reader or writer that crashed). SQLite would apply them to whatever file bears the target's name next,
/// so the clone renamed over the target would open with the old target's pages in it. Before the swap,
/// the previous target is opened and settled (its hot journal rolled back, its WAL checkpointed and left),
/// which also proves that no process still has it open, and then its side files are removed.
enum PreviousTargetJournal {
    static let suffixes = ["-wal", "-shm", "-journal"]

    /// - Throws: ``RunError`` when another process has the previous target open: replacing the file under
    ///   it would pull it away, so the target is left as it was.
    static func release(_ targetPath: String) throws {
        guard suffixes.contains(where: { FileManager.default.fileExists(atPath: targetPath + $0) }) else { return }
        if FileManager.default.fileExists(atPath: targetPath) {
            do {
                try settle(targetPath)
            } catch where error.code.primary == .busy || error.code.primary == .locked {
                throw RunError(
                    "another process has \(targetPath) open (a reader or writer of the previous clone), and replacing the file would pull it from under that process; the target was not replaced. Close it (`fuser \(targetPath)` names it) and run again")
            } catch {
                // Not a database, or a damaged one: its side files belong to nothing the clone keeps.
            }
        }
        for suffix in suffixes { unlink(targetPath + suffix) }
    }

    /// Takes the previous target out of WAL mode (which needs every other connection gone) or takes its
    /// exclusive lock (which needs every reader gone), with no wait.
    private static func settle(_ targetPath: String) throws(SQLiteError) {
        let connection = try SQLiteConnection(path: targetPath, mode: .readWriteCreate)
        try connection.execute("PRAGMA busy_timeout = 0")
        let mode = try connection.rows("PRAGMA journal_mode").first?.first
        if mode == .text("wal") {
            let after = try connection.rows("PRAGMA journal_mode = DELETE").first?.first
            if after != .text("delete") {
                throw SQLiteError(code: .busy, message: "the database is in use", sql: nil, context: nil)
            }
        } else {
            try connection.execute("BEGIN EXCLUSIVE; COMMIT")
        }
    }
}
