internal import CSQLite
package import DoppelCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Writes a clone into a SQLite file atomically: a temporary file beside the target is built in one
/// transaction, checked (`foreign_key_check`, `integrity_check`) and renamed over the target.
///
/// A run that fails or is killed leaves the previous target byte-identical; the temporary file of a
/// killed run is removed by the next run against the same target. One run at a time writes a target
/// (``TargetLockFile``), and a clone replaces only what Doppel wrote, an empty file or database, or (with
/// `--replace`) another SQLite database: never a file that is not one.
package final class SQLiteCloneTarget: CloneTarget {
    /// The file the clone replaces.
    package let targetPath: String
    /// The temporary file the clone is built in.
    package let temporaryPath: String
    private var connection: SQLiteConnection?
    private let source: Schema
    private let sourceSettings: [String: Int64]
    private var createdTables: Set<String> = []
    private let dialect = StandardSQLDialect()
    /// Held from the start of the run to the swap (or the abandon).
    private var lock: TargetLockFile?
    /// Called as each stage begins (`indexes`, `checks`, `rename`), for progress and fault-injection tests.
    package var stageHandler: (@Sendable (CloneStage) -> Void)?

    /// Takes the target's lock, checks that the clone may replace what is there, and prepares a temporary
    /// file beside `targetPath`, removing what a killed run left there.
    ///
    /// - Parameters:
    ///   - source: the source schema; its own `CREATE` statements are replayed, so the clone keeps every
    ///     type, constraint and collation exactly.
    ///   - settings: `user_version`, `application_id` and `page_size` to carry over.
    ///   - claim: the mark the clone carries, and whether it may replace a database Doppel did not write.
    /// - Throws: ``TargetRefused`` when another run holds the target, or the target is a directory, a file
    ///   that is not a SQLite database, or (without `--replace`) a database Doppel did not write.
    package init(targetPath: String, source: Schema, settings: [String: Int64] = [:], claim: TargetClaim = TargetClaim()) throws {
        self.targetPath = targetPath
        self.source = source
        self.sourceSettings = settings
        let url = URL(fileURLWithPath: targetPath)
        let directory = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw RunError("the target's directory \(directory) does not exist; create it first (mkdir -p \(directory))")
        }
        guard access(directory, W_OK) == 0 else {
            throw RunError("the target's directory \(directory) is not writable by this user; the clone is built beside the target and renamed over it, so Doppel needs write access to that directory")
        }
        let lock = try TargetLockFile(beside: targetPath, showing: "sqlite:\(targetPath)")
        if let refusal = SQLiteTargetContents.inspect(targetPath).refusal(target: "sqlite:\(targetPath)", replacing: claim.replacesForeignTarget) {
            throw refusal
        }
        // Under the lock, no other run is writing this target: every temporary file beside it is a dead run's.
        SQLiteCloneTarget.removeLeftovers(of: targetPath)
        let name = url.lastPathComponent
        temporaryPath = directory + "/." + name + ".doppel-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        let connection: SQLiteConnection
        do {
            connection = try SQLiteConnection(path: temporaryPath, mode: .readWriteCreate)
        } catch {
            throw RunError("cannot create the clone's temporary file in \(directory) (\(error.message)); the clone is built beside the target and renamed over it, so Doppel needs write access to that directory")
        }
        self.connection = connection
        self.lock = lock
        var pragmas = [
            "PRAGMA journal_mode = OFF", "PRAGMA synchronous = OFF", "PRAGMA foreign_keys = OFF",
            "PRAGMA locking_mode = EXCLUSIVE", "PRAGMA cache_size = -32768", "PRAGMA temp_store = FILE",
        ]
        if let pageSize = settings["page_size"] { pragmas.insert("PRAGMA page_size = \(pageSize)", at: 0) }
        if let version = settings["user_version"], version != 0 { pragmas.append("PRAGMA user_version = \(version)") }
        // The mark: Doppel's application_id, unless the source has one of its own (which the clone keeps,
        // with a one-row marker table instead).
        let sourceApplicationID = settings["application_id"] ?? 0
        pragmas.append("PRAGMA application_id = \(sourceApplicationID != 0 ? sourceApplicationID : CloneMark.sqliteApplicationID)")
        if let vacuum = settings["auto_vacuum"], vacuum != 0 { pragmas.insert("PRAGMA auto_vacuum = \(vacuum)", at: 0) }
        try connection.execute(pragmas.joined(separator: ";\n"), context: "preparing the temporary clone \(temporaryPath)")
        try connection.execute("BEGIN")
        if sourceApplicationID != 0 {
            try connection.execute(
                "CREATE TABLE \(dialect.quote(CloneMark.sqliteMarkerTable)) (run_id TEXT NOT NULL, started_at TEXT NOT NULL); "
                    + "INSERT INTO \(dialect.quote(CloneMark.sqliteMarkerTable)) VALUES (\(dialect.literal(claim.mark.runID)), \(dialect.literal(CloneMark.timestamp(claim.mark.started))))",
                context: "marking the clone as doppel's")
        }
    }

    /// Removes temporary files that a killed run left beside `targetPath`.
    package static func removeLeftovers(of targetPath: String) {
        let url = URL(fileURLWithPath: targetPath)
        let directory = url.deletingLastPathComponent().path
        let prefix = "." + url.lastPathComponent + ".doppel-"
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for entry in entries where entry.hasPrefix(prefix) && (entry.hasSuffix(".tmp") || entry.hasSuffix(".tmp-journal")) {
            try? FileManager.default.removeItem(atPath: directory + "/" + entry)
        }
    }

    package func createTables(_ tables: [Table]) throws {
        let connection = try liveConnection()
        for table in tables {
            let definition = table.definitionSQL ?? ""
            guard !definition.isEmpty else {
                throw RunError("table \(table.name) has no SQLite definition to recreate it from")
            }
            try connection.execute(definition, context: "creating table \(table.name) in the clone")
            createdTables.insert(table.name)
        }
    }

    package func writer(for table: Table, columns: [String]) throws -> any RowWriter {
        let connection = try liveConnection()
        let names = columns.map(dialect.quote).joined(separator: ", ")
        let row = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        let insert = "INSERT INTO \(dialect.quote(table.name)) (\(names)) VALUES "
        let single = try connection.prepare(insert + row, context: "loading table \(table.name)")
        // Several rows per statement run SQLite's per-statement work (reset, transaction checks) once for them
        // all; rows still go in one by one, in order.
        let rowsPerStatement = max(1, min(SQLiteRowWriter.maximumRowsPerStatement, 32_000 / max(columns.count, 1)))
        let multiple = rowsPerStatement > 1
            ? try connection.prepare(insert + Array(repeating: row, count: rowsPerStatement).joined(separator: ", "), context: "loading table \(table.name)")
            : nil
        return SQLiteRowWriter(single: single, multiple: multiple, rowsPerStatement: rowsPerStatement, table: table.name)
    }

    package func commit() throws -> CommitReport {
        try finishSchema(on: liveConnection())
        // Closed before checking: the exclusive lock goes, and the checks read through connections of their own.
        self.connection = nil
        ReleaseMemory.toSystem()

        stageHandler?(.checks)
        return try checkAndSwap()
    }

    /// Adds indexes, views and triggers after the load, and commits.
    private func finishSchema(on connection: SQLiteConnection) throws {
        stageHandler?(.indexes)
        // A smaller page cache from here on: CREATE INDEX sorts in memory up to the cache's size, on top of
        // the cache itself, and the build reads each table in order, so a large cache buys nothing.
        try connection.execute("PRAGMA cache_size = -4096; PRAGMA shrink_memory")
        ReleaseMemory.toSystem()
        for table in source.tables where createdTables.contains(table.name) {
            for index in table.indexes where index.origin == .createIndex {
                guard let definition = index.definitionSQL else { continue }
                try connection.execute(definition, context: "creating index \(index.name) on \(table.name)")
            }
        }
        for view in source.views {
            try connection.execute(view.definitionSQL, context: "creating view \(view.name)")
        }
        for trigger in source.triggers where createdTables.contains(trigger.table) || source.views.contains(where: { $0.name == trigger.table }) {
            try connection.execute(trigger.definitionSQL, context: "creating trigger \(trigger.name)")
        }
        try connection.execute("COMMIT", context: "committing the clone")
    }

    /// Checks the committed clone and renames it over the target.
    private func checkAndSwap() throws -> CommitReport {
        let checks = SQLiteCloneChecks(path: temporaryPath)
        let (violations, integrity) = try checks.run()
        let checkedKeys = try checks.checkedForeignKeys()
        if let violations {
            throw RunError(
                "the clone has \(violations.count) foreign-key violation(s), the first in \(violations.firstTable) referencing \(violations.firstParent); the target was not replaced. This is a bug in Doppel's plan unless the source itself has orphans: run `sqlite3 SOURCE 'PRAGMA foreign_key_check'` to see")
        }
        guard integrity == ["ok"] else {
            throw RunError("the clone failed SQLite's integrity_check (\(integrity.prefix(3).joined(separator: "; "))); the target was not replaced")
        }

        stageHandler?(.rename)
        let descriptor = open(temporaryPath, O_RDONLY)
        if descriptor >= 0 {
            fsync(descriptor)
            close(descriptor)
        }
        do {
            try PreviousTargetJournal.release(targetPath)
        } catch {
            abandon()
            throw error
        }
        guard rename(temporaryPath, targetPath) == 0 else {
            let reason = String(cString: strerror(errno))
            abandon()
            throw RunError("cannot rename the finished clone over \(targetPath): \(reason); the target was not replaced")
        }
        let directory = URL(fileURLWithPath: targetPath).deletingLastPathComponent().path
        let directoryDescriptor = open(directory, O_RDONLY)
        if directoryDescriptor >= 0 {
            fsync(directoryDescriptor)
            close(directoryDescriptor)
        }
        lock?.release()
        lock = nil
        let size = (try? FileManager.default.attributesOfItem(atPath: targetPath)[.size] as? NSNumber)?.int64Value
        return CommitReport(foreignKeyViolations: 0, verifiedForeignKeys: checkedKeys, integrity: "ok", bytes: size)
    }

    package func abandon() {
        connection = nil
        unlink(temporaryPath)
        unlink(temporaryPath + "-journal")
        lock?.release()
        lock = nil
    }

    private func liveConnection() throws -> SQLiteConnection {
        guard let connection else { throw RunError("the clone at \(temporaryPath) is already closed") }
        return connection
    }

    /// The settings of a source worth carrying into its clone: `page_size`, `user_version`, `application_id`, `auto_vacuum`.
    package static func settings(of source: SQLiteSource) throws -> [String: Int64] {
        var settings: [String: Int64] = [:]
        for name in ["page_size", "user_version", "application_id", "auto_vacuum"] {
            if case .integer(let value)? = try source.queryOne(unsafeSQL: "PRAGMA \(name)")?.first {
                settings[name] = value
            }
        }
        return settings
    }
}

/// Inserts rows of one table with one prepared statement, inside the clone's single transaction.
final class SQLiteRowWriter: RowWriter {
    /// Rows bound to one multi-row INSERT (fewer when a row has so many columns that SQLite's 32,766
    /// parameters would not hold them).
    static let maximumRowsPerStatement = 32
    private let single: SQLiteStatement
    private let multiple: SQLiteStatement?
    private let rowsPerStatement: Int
    private let table: String

    init(single: SQLiteStatement, multiple: SQLiteStatement?, rowsPerStatement: Int, table: String) {
        self.single = single
        self.multiple = multiple
        self.rowsPerStatement = rowsPerStatement
        self.table = table
    }

    func write(_ batch: RowBatch) throws {
        let values = batch.values
        let perStatement = rowsPerStatement * batch.columnCount
        var start = values.startIndex
        if let multiple {
            while values.endIndex - start >= perStatement {
                try run(multiple, values[start..<(start + perStatement)])
                start += perStatement
            }
        }
        while start < values.endIndex {
            try run(single, values[start..<(start + batch.columnCount)])
            start += batch.columnCount
        }
    }

    private func run(_ statement: SQLiteStatement, _ values: ArraySlice<Value>) throws {
        var parameter = 0
        for value in values {
            parameter += 1
            try statement.bind(value, at: parameter)
        }
        do {
            _ = try statement.step()
        } catch {
            statement.rewind()
            throw SQLiteError(code: error.code, message: error.message, context: "writing a row of \(table)")
        }
        statement.rewind()
    }

    func close() throws {}
}

/// Hands freed heap memory back to the operating system, so a cache given up in one stage does not
/// count again in the process's peak when the next stage allocates differently.
enum ReleaseMemory {
    static func toSystem() {
        doppel_release_heap()
    }
}
