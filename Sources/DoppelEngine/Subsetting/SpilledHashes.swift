import DoppelCore
import DoppelSQLite
import Foundation
import Synchronization

/// Key hashes that outgrew the subset's memory budget, moved to a temporary SQLite file beside the others
/// (one table a set, a B-tree keyed by the hash), with a bounded page cache: a subset of any size then holds
/// at most its budget of keys in memory.
///
/// The file is unlinked as soon as it is open (the connection keeps it until the last set of it goes).
final class SpilledHashesFile {
    fileprivate let connection: SQLiteConnection
    fileprivate let lock = Mutex(())
    private let path: String
    private var tables = 0

    init(directory: String = NSTemporaryDirectory()) throws {
        path = (directory as NSString).appendingPathComponent("doppel-subset-\(UUID().uuidString).sqlite")
        connection = try SQLiteConnection(path: path, mode: .readWriteCreate)
        // Nothing here needs to survive a crash: no journal, no syncs, 32 MiB of page cache.
        try connection.execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -32768", context: "preparing the subset's key file")
        // The file's name goes at once: the open connection keeps its pages, and a killed run leaves nothing behind.
        unlink(path)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// A new, empty set in the file.
    func makeSet() throws -> SpilledHashes {
        tables += 1
        return try SpilledHashes(file: self, table: "s\(tables)")
    }
}

/// One set of key hashes in a ``SpilledHashesFile``. Safe to ask from several readers at once (each question
/// takes the file's lock).
final class SpilledHashes: KeyHashes, @unchecked Sendable {
    // @unchecked: the connection and statements are used only under `file.lock`.
    private let file: SpilledHashesFile
    private let find: SQLiteStatement
    private let add: SQLiteStatement
    private(set) var count = 0

    fileprivate init(file: SpilledHashesFile, table: String) throws {
        self.file = file
        try file.connection.execute("CREATE TABLE \(table) (hash INTEGER PRIMARY KEY)", context: "preparing the subset's key file")
        find = try file.connection.prepare("SELECT 1 FROM \(table) WHERE hash = ?1")
        add = try file.connection.prepare("INSERT INTO \(table) (hash) VALUES (?1)")
    }

    func contains(_ hash: UInt64) -> Bool {
        file.lock.withLock { _ in (try? lookUp(hash)) ?? false }
    }

    /// Adds `hash`; whether it was not there yet.
    @discardableResult func insert(_ hash: UInt64) throws -> Bool {
        try file.lock.withLock { _ in
            if try lookUp(hash) { return false }
            defer { add.rewind() }
            try add.bind(.integer(Int64(bitPattern: hash)), at: 1)
            _ = try add.step()
            count += 1
            return true
        }
    }

    private func lookUp(_ hash: UInt64) throws -> Bool {
        defer { find.rewind() }
        try find.bind(.integer(Int64(bitPattern: hash)), at: 1)
        return try find.step()
    }
}
