package import DoppelCore
import DoppelMigrations
import DoppelSQLite
public import Foundation

/// The history of runs: a small SQLite database, one row per run and one per table of each run.
/// Never a data value. Its schema is the numbered SQL in `Migrations/`, applied in order on open.
public final class RunLedger {
    private let connection: SQLiteConnection
    /// The ledger's file.
    public let path: String

    /// `DOPPEL_LEDGER`, else `$XDG_STATE_HOME/doppel/ledger.sqlite`, else `~/.local/state/doppel/ledger.sqlite`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit = environment["DOPPEL_LEDGER"], !explicit.isEmpty { return explicit }
        let state = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/state"
        return state + "/doppel/ledger.sqlite"
    }

    /// Opens (creating if needed) the ledger and applies the migrations it lacks.
    public init(path: String) throws {
        self.path = path
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw RunError("cannot create the run ledger's directory \(directory): \(error.localizedDescription); set DOPPEL_LEDGER or --ledger to a writable path")
        }
        connection = try SQLiteConnection(path: path, mode: .readWriteCreate)
        try connection.execute("PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON")
        try migrate()
    }

    private func migrate() throws {
        try connection.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
        let applied = Set(try connection.rows("SELECT version FROM schema_migrations").compactMap { row -> Int? in
            if case .integer(let version) = row[0] { return Int(version) }
            return nil
        })
        for migration in try LedgerMigrations.all() where !applied.contains(migration.version) {
            try connection.execute("BEGIN")
            do {
                try connection.execute(migration.sql, context: "applying ledger migration \(migration.name)")
                let insert = try connection.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)")
                try insert.bind(.integer(Int64(migration.version)), at: 1)
                try insert.bind(.text(migration.name), at: 2)
                try insert.bind(.text(Self.timestamp()), at: 3)
                _ = try insert.step()
                try connection.execute("COMMIT")
            } catch {
                try? connection.execute("ROLLBACK")
                throw error
            }
        }
    }

    static func timestamp(_ date: Date = Date()) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }

    /// Records the start of a run with what is known before anything is opened; returns its id.
    ///
    /// `source` and `target` are URLs' `description`s, which never show a password.
    package func begin(command: String, policyPath: String?, source: String?, target: String?) throws -> Int64 {
        let statement = try connection.prepare("""
            INSERT INTO runs (command, started_at, policy_path, source, target, doppel_version) VALUES (?, ?, ?, ?, ?, ?)
            """)
        let values: [Value] = [
            .text(command), .text(Self.timestamp()), policyPath.map(Value.text) ?? .null, source.map(Value.text) ?? .null,
            target.map(Value.text) ?? .null, .text(DoppelVersion.current),
        ]
        for (index, value) in values.enumerated() { try statement.bind(value, at: index + 1) }
        _ = try statement.step()
        return try connection.rows("SELECT last_insert_rowid()").first?.first.flatMap { value -> Int64? in
            if case .integer(let id) = value { return id }
            return nil
        } ?? 0
    }

    /// Records what a run learnt once its policy (or model) was loaded: the file's hash, the seed, the secret's fingerprint.
    package func describe(runID: Int64, policyHash: String, seed: UInt64, secretFingerprint: String?) throws {
        let update = try connection.prepare("UPDATE runs SET policy_sha256 = ?, seed = ?, secret_fingerprint = ? WHERE id = ?")
        let values: [Value] = [.text(policyHash), .integer(Int64(bitPattern: seed)), secretFingerprint.map(Value.text) ?? .null, .integer(runID)]
        for (index, value) in values.enumerated() { try update.bind(value, at: index + 1) }
        _ = try update.step()
    }

    /// Records the run id the target's mark carries (see ``CloneMark``).
    package func recordMark(runID: Int64, mark: String) throws {
        let update = try connection.prepare("UPDATE runs SET clone_mark = ? WHERE id = ?")
        try update.bind(.text(mark), at: 1)
        try update.bind(.integer(runID), at: 2)
        _ = try update.step()
    }

    /// Records how a run ended, with its tables: `error` is the message the user was shown, `errorKind` its kind.
    package func finish(
        runID: Int64, status: ExitStatus, errorKind: ErrorKind?, rows: Int64, bytes: Int64?, error: String?,
        verification: CloneVerification? = nil, tables: [TableSummary]
    ) throws {
        try connection.execute("BEGIN")
        do {
            let update = try connection.prepare(
                """
                UPDATE runs SET finished_at = ?, exit_status = ?, error_kind = ?, rows_written = ?, bytes_written = ?, error = ?,
                    foreign_keys_verified = ?, foreign_keys_unverified = ?, integrity_check = ?
                WHERE id = ?
                """)
            let values: [Value] = [
                .text(Self.timestamp()), .integer(Int64(status.rawValue)), errorKind.map { Value.text($0.rawValue) } ?? .null, .integer(rows),
                bytes.map(Value.integer) ?? .null, error.map(Value.text) ?? .null,
                verification.map { Value.integer(Int64($0.foreignKeysVerified)) } ?? .null,
                verification.map { Value.integer(Int64($0.foreignKeysUnverified.count)) } ?? .null,
                verification?.integrity.map(Value.text) ?? .null, .integer(runID),
            ]
            for (index, value) in values.enumerated() { try update.bind(value, at: index + 1) }
            _ = try update.step()
            let insert = try connection.prepare(
                "INSERT OR REPLACE INTO run_tables (run_id, table_name, mode, rows_read, rows_written, seconds, rules) VALUES (?, ?, ?, ?, ?, ?, ?)")
            for table in tables {
                let rules = Set(table.rules.values).sorted().joined(separator: ",")
                let row: [Value] = [.integer(runID), .text(table.table), .text(table.mode), .integer(table.rowsRead), .integer(table.rowsWritten), .real(table.seconds), .text(rules)]
                for (index, value) in row.enumerated() { try insert.bind(value, at: index + 1) }
                _ = try insert.step()
                insert.reset()
            }
            try connection.execute("COMMIT")
        } catch {
            try? connection.execute("ROLLBACK")
            throw error
        }
    }

    /// One past run, as `doppel runs` lists it.
    public struct Run: Codable, Sendable {
        /// The run's number in the ledger.
        public var id: Int64
        /// The command that ran (`clone`, `fit`, `synthesize`, …).
        public var command: String
        /// When the run started (UTC, ISO 8601).
        public var startedAt: String
        /// When it ended; nil while it runs or if it was killed.
        public var finishedAt: String?
        /// The process's exit status; nil if the run did not finish.
        public var exitStatus: Int64?
        /// The source, as shown (never with a password).
        public var source: String?
        /// The target, as shown (never with a password).
        public var target: String?
        /// Rows written to the target.
        public var rowsWritten: Int64
        /// Rows read from the source, over the run's tables.
        public var rowsRead: Int64
        /// How long the run took; nil if it did not finish.
        public var seconds: Double?
        /// The message a failed run showed.
        public var error: String?
        /// The kind of error that ended a failed run (`policy`, `secret`, `connection`, …); nil for a run that finished.
        public var errorKind: String?
    }

    /// The latest runs, newest first.
    public func runs(limit: Int) throws -> [Run] {
        let rows = try connection.rows("""
            SELECT id, command, started_at, finished_at, exit_status, source, target, rows_written,
                   (julianday(finished_at) - julianday(started_at)) * 86400.0, error,
                   (SELECT COALESCE(SUM(rows_read), 0) FROM run_tables WHERE run_id = runs.id), error_kind
            FROM runs ORDER BY id DESC LIMIT \(max(1, limit))
            """)
        return rows.map { row in
            func integer(_ value: Value) -> Int64? { if case .integer(let number) = value { return number } else { return nil } }
            func real(_ value: Value) -> Double? {
                switch value {
                case .real(let number): return number
                case .integer(let number): return Double(number)
                default: return nil
                }
            }
            return Run(
                id: integer(row[0]) ?? 0, command: row[1].textRepresentation ?? "", startedAt: row[2].textRepresentation ?? "",
                finishedAt: row[3].textRepresentation, exitStatus: integer(row[4]), source: row[5].textRepresentation,
                target: row[6].textRepresentation, rowsWritten: integer(row[7]) ?? 0, rowsRead: integer(row[10]) ?? 0, seconds: real(row[8]),
                error: row[9].textRepresentation, errorKind: row[11].textRepresentation)
        }
    }
}
