import DoppelCore
import Foundation
import Synchronization

/// The checks a finished SQLite clone must pass before it replaces the target: `PRAGMA
/// foreign_key_check` and `PRAGMA integrity_check`, run at the same time on two read-only connections
/// (each is a long walk of random page reads; together they take as long as the slower one).
struct SQLiteCloneChecks: Sendable {
    /// The first foreign-key violation found, if any, and how many there are.
    struct Violations: Sendable {
        var count: Int
        var firstTable: String
        var firstParent: String
    }

    let path: String
    /// Page cache of each checking connection, in KiB.
    var cacheKiB = 4_096

    /// Runs both checks; throws what either check could not do (not what it found).
    func run() throws -> (violations: Violations?, integrity: [String]) {
        let foreignKeys = ResultBox<Violations?>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread { [self] in
            foreignKeys.set(Result { try self.foreignKeyViolations() })
            done.signal()
        }
        thread.name = "doppel-fk-check"
        thread.stackSize = 8 << 20
        thread.start()
        let integrity = Result { try self.integrityProblems() }
        done.wait()
        return (try foreignKeys.get(), try integrity.get())
    }

    private func open() throws(SQLiteError) -> SQLiteConnection {
        let connection = try SQLiteConnection(path: path, mode: .readOnly)
        try connection.execute("PRAGMA cache_size = -\(cacheKiB)")
        return connection
    }

    private func foreignKeyViolations() throws -> Violations? {
        let statement = try open().prepare("PRAGMA foreign_key_check", context: "checking foreign keys of the clone")
        var found: Violations?
        while try statement.step() {
            if found == nil {
                found = Violations(
                    count: 0, firstTable: statement.value(at: 0).textRepresentation ?? "?",
                    firstParent: statement.value(at: 2).textRepresentation ?? "?")
            }
            found?.count += 1
        }
        return found
    }

    /// The foreign keys the clone declares whose referenced table it has: those `foreign_key_check` verifies.
    /// A key to a table the clone lacks is left out (with rows it would be a violation; without, it verifies nothing).
    func checkedForeignKeys() throws -> [ForeignKeyReference] {
        let rows = try open().rows("""
            SELECT m.name, f.id, f."table", f."from" FROM sqlite_schema m JOIN pragma_foreign_key_list(m.name) f
            WHERE m.type = 'table' ORDER BY m.name, f.id, f.seq
            """, context: "listing the clone's foreign keys")
        let tables = try open().rows("SELECT name FROM sqlite_schema WHERE type = 'table'", context: "listing the clone's tables")
            .compactMap { $0.first?.textRepresentation }
        // SQLite matches table names without regard to case: the key names its parent as written in its definition.
        var byFoldedName: [String: String] = [:]
        for table in tables { byFoldedName[table.lowercased()] = table }
        var keys: [ForeignKeyReference] = []
        var current: (table: String, id: String)?
        for row in rows {
            guard let table = row[0].textRepresentation, let id = row[1].textRepresentation,
                let parent = row[2].textRepresentation, let column = row[3].textRepresentation
            else { continue }
            if let current, current == (table, id), var last = keys.popLast() {
                last.columns.append(column)
                keys.append(last)
                continue
            }
            current = (table, id)
            keys.append(ForeignKeyReference(table: table, columns: [column], referencedTable: byFoldedName[parent.lowercased()] ?? parent))
        }
        return keys.filter { byFoldedName[$0.referencedTable.lowercased()] != nil }
    }

    private func integrityProblems() throws -> [String] {
        try open().rows("PRAGMA integrity_check(100)", context: "checking the clone's integrity")
            .compactMap { $0.first?.textRepresentation }
    }
}

/// One result handed from a checking thread to the thread that waits for it.
private final class ResultBox<Success: Sendable>: Sendable {
    // Written once by the checking thread before it signals; read after the wait.
    private let result = Mutex<Result<Success, any Error>?>(nil)

    func set(_ result: Result<Success, any Error>) {
        self.result.withLock { $0 = result }
    }

    func get() throws -> Success {
        guard let result = self.result.withLock({ $0 }) else { throw RunError("a check of the clone did not finish") }
        return try result.get()
    }
}
