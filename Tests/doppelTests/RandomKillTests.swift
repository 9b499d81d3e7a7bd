import DoppelCore
import DoppelPostgres
import DoppelTestSupport
import Foundation
import Testing

/// Runs SIGKILLed at random moments (not only at the named stages of `KillSafetyTests`), into SQLite and
/// PostgreSQL targets, with and without `--jobs`, some with a reader holding the SQLite target open in WAL
/// mode across the swap. After each kill: the previous target is exactly as it was (byte-identical, or the
/// same `pg_dump` and rows) or the new clone is there, complete and valid; the source is unchanged. The
/// next run succeeds and leaves no temporary file, lock file, staging schema or extra database.
///
/// The moments come from a seeded generator (`DOPPEL_KILL_SEED` to repeat or vary a run; the seed is in
/// every failure message).
@Suite(.serialized) struct RandomKillTests {
    static let seed: UInt64 = ProcessInfo.processInfo.environment["DOPPEL_KILL_SEED"].flatMap { UInt64($0) } ?? 20_261_203
    static let environment = ["DOPPEL_SECRET": String(repeating: "k", count: 32)]
    static let policy = """
        version: 1
        seed: 5
        secret: env:DOPPEL_SECRET
        unlisted: keep
        tables:
          people:
            columns:
              email: { pii: email, rule: fake, unique: true }
              joined: { rule: shift, days: 10 }
        """

    /// How long a whole run took, and a moment in [0, 1.2 × that): some kills land after the run ended.
    static func moment(of duration: TimeInterval, _ generator: inout SplitMix64) -> TimeInterval {
        Double(generator.next() % 10_000) / 10_000 * duration * 1.2
    }

    /// Starts doppel, SIGKILLs it after `delay` seconds unless it ended first; returns whether it was killed.
    static func run(
        _ arguments: [String], environment: [String: String], killingAfter delay: TimeInterval
    ) throws -> (killed: Bool, status: Int32, standardError: String, pid: Int32) {
        let running = try DoppelProcess.start(arguments, environment: environment)
        let deadline = Date().addingTimeInterval(delay)
        while running.process.isRunning && Date() < deadline { usleep(2_000) }
        let killed = running.process.isRunning
        if killed { kill(running.process.processIdentifier, SIGKILL) }
        running.process.waitUntilExit()
        let error = String(decoding: running.standardError.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return (killed, running.process.terminationStatus, error, running.process.processIdentifier)
    }

    /// Waits (at most a minute) until the server has ended the sessions of a killed doppel process: a
    /// session ends when the server next talks to its client, after the statement it is running.
    static func waitForSessions(of pid: Int32, on server: TemporaryPostgres) throws {
        let connection = try PGConnection(url: server.url(database: "postgres"))
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            let count = try connection.execute(
                "SELECT count(*)::text FROM pg_stat_activity WHERE application_name LIKE $1", parameters: ["doppel clone, pid \(pid),%"]
            ).text(row: 0, column: 0)
            if count == "0" { return }
            usleep(20_000)
        }
        Issue.record("the server still runs a session of the killed doppel process \(pid) after a minute")
    }

    // MARK: SQLite

    static func people(_ rows: Int) -> String {
        """
        CREATE TABLE people (id INTEGER PRIMARY KEY, email TEXT NOT NULL, joined DATE, note TEXT);
        CREATE INDEX people_joined ON people(joined);
        CREATE TABLE visits (id INTEGER PRIMARY KEY, person_id INTEGER NOT NULL REFERENCES people(id), at TEXT);
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < \(rows))
        INSERT INTO people SELECT i, 'person' || i || '@corp.test', date('2020-01-01', '+' || (i % 1000) || ' days'), hex(randomblob(24)) FROM n;
        INSERT INTO visits SELECT id, 1 + (id * 7) % \(rows), '2024-05-01' FROM people;
        """
    }

    @Test func sqliteTargetsKilledAtRandomMoments() throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("source.db"), older = directory.file("older.db"), target = directory.file("target.db")
        try SQLiteFixture.create(source, sql: Self.people(25_000))
        try SQLiteFixture.create(older, sql: Self.people(1_000))
        let policy = directory.file("policy.yaml")
        try Self.policy.write(toFile: policy, atomically: true, encoding: .utf8)
        let environment = Self.environment.merging(["DOPPEL_LEDGER": directory.file("ledger.sqlite")]) { $1 }
        let arguments = ["clone", "--policy", policy, "--source", "sqlite:" + source, "--target", "sqlite:" + target, "--quiet"]
        let previousArguments = ["clone", "--policy", policy, "--source", "sqlite:" + older, "--target", "sqlite:" + target, "--quiet"]
        let sourceBytes = SQLiteFixture.bytes(source)

        // The run's length, warm: the shorter of two runs (a first, cold run on a busy machine can take several
        // times as long, and kills drawn from it then land after most runs ended).
        var duration = TimeInterval.infinity
        for _ in 0..<2 {
            let started = Date()
            #expect(try DoppelProcess.run(arguments, environment: environment).status == 0)
            duration = min(duration, Date().timeIntervalSince(started))
        }
        var generator = SplitMix64(seed: Self.seed)
        var outcomes: [String: Int] = [:]
        for trial in 0..<16 {
            let label = "seed \(Self.seed), SQLite trial \(trial)"
            // The previous target: last night's clone of an older, smaller source.
            #expect(try DoppelProcess.run(previousArguments, environment: environment).status == 0, "\(label)")
            // Every other trial, a reader (another process: the sqlite3 shell) holds the previous target open in
            // WAL mode, mid-read, across the swap.
            let reader = trial % 2 == 1 ? try WALReader(path: target) : nil
            let before = SQLiteFixture.bytes(target)

            let run = try Self.run(arguments, environment: environment, killingAfter: Self.moment(of: duration, &generator))
            let rows = try SQLiteFixture.integer(target, "SELECT count(*) FROM people")
            if SQLiteFixture.bytes(target) == before {
                #expect(rows == 1_000, "\(label)")
                outcomes[run.killed ? "killed, previous intact" : "refused, previous intact", default: 0] += 1
                if !run.killed {
                    // Not killed and not swapped: only a live reader stops a run, and it says so.
                    #expect(reader != nil && run.standardError.contains("another process has"), "\(label): \(run.standardError)")
                }
            } else {
                #expect(reader == nil, "\(label): the target was replaced under a live reader")
                #expect(rows == 25_000, "\(label): the target is neither the previous one nor the whole new clone")
                #expect(try SQLiteFixture.rows(target, "PRAGMA integrity_check") == [[.text("ok")]], "\(label)")
                #expect(try SQLiteFixture.rows(target, "PRAGMA foreign_key_check").isEmpty, "\(label)")
                outcomes["new clone", default: 0] += 1
            }
            if let reader {
                // The reader still reads what it was reading.
                #expect(try reader.finish() == "1000", "\(label)")
            }
            #expect(SQLiteFixture.bytes(source) == sourceBytes, "\(label): the source changed")

            let next = try DoppelProcess.run(arguments, environment: environment)
            #expect(next.status == 0, "\(label): \(next.standardError)")
            #expect(try SQLiteFixture.integer(target, "SELECT count(*) FROM people") == 25_000, "\(label)")
            let left = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter {
                $0.contains(".doppel-") || $0.hasPrefix("target.db-")
            }
            #expect(left.isEmpty, "\(label): left behind \(left)")
        }
        #expect(outcomes["killed, previous intact", default: 0] >= 4, "\(outcomes) (seed \(Self.seed)): too few kills landed inside a run")
        print("RandomKillTests SQLite (seed \(Self.seed), run \(String(format: "%.2f", duration)) s): \(outcomes)")
    }

    // MARK: PostgreSQL

    static func postgresPeople(_ rows: Int) -> String {
        """
        CREATE TABLE people (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, email text NOT NULL UNIQUE, joined date, note text);
        CREATE INDEX people_joined ON people (joined);
        CREATE TABLE visits (id bigint PRIMARY KEY, person_id bigint NOT NULL REFERENCES people(id), at date);
        INSERT INTO people (email, joined, note)
          SELECT 'person' || i || '@corp.test', DATE '2020-01-01' + i % 1000, repeat(md5(i::text), 2) FROM generate_series(1, \(rows)) i;
        INSERT INTO visits SELECT id, 1 + (id * 7) % \(rows), DATE '2024-05-01' FROM people;
        """
    }

    /// The target's schema (`pg_dump --schema-only`) and its rows, to compare before and after.
    static func fingerprint(_ server: TemporaryPostgres, _ url: String) throws -> String {
        let rows = try PGConnection(url: url).execute("""
            SELECT (SELECT count(*) FROM people)::text || ' ' || (SELECT md5(string_agg(p::text, '|' ORDER BY id)) FROM people p)
                || ' ' || (SELECT md5(string_agg(v::text, '|' ORDER BY id)) FROM visits v)
            """).text(row: 0, column: 0) ?? ""
        return try server.schemaDump(url) + "\n" + rows
    }

    /// This test's databases on the shared server (other suites create and drop theirs at the same time).
    static func databases(_ server: TemporaryPostgres) throws -> Set<String> {
        Set(try PGConnection(url: server.url(database: "postgres")).execute("SELECT datname FROM pg_database WHERE datname LIKE 'random\\_kill\\_%'")
            .rows().compactMap { $0[0] })
    }

    @Test func postgresTargetsKilledAtRandomMoments() throws {
        let server = try TemporaryPostgres.shared.get()
        // 90,000 people of about 110 bytes: some 1,300 blocks, so --jobs 2 reads the table in two ranges.
        let source = try server.createDatabase("random_kill_source", running: Self.postgresPeople(90_000))
        let older = try server.createDatabase("random_kill_older", running: Self.postgresPeople(1_000))
        let directory = try TemporaryDirectory()
        let policy = directory.file("policy.yaml")
        try Self.policy.write(toFile: policy, atomically: true, encoding: .utf8)
        let environment = Self.environment.merging(["DOPPEL_LEDGER": directory.file("ledger.sqlite")]) { $1 }
        let sourceBefore = try Self.fingerprint(server, source)

        var generator = SplitMix64(seed: Self.seed ^ 0x5047)
        var outcomes: [String: Int] = [:]
        var duration: TimeInterval = 0
        for trial in 0..<10 {
            let label = "seed \(Self.seed), PostgreSQL trial \(trial)"
            let jobs = trial % 2 == 1 ? ["--jobs", "2"] : []
            // Every third trial writes a database that does not exist yet: the killed run may have created it.
            let fresh = trial % 3 == 2
            let target = server.newDatabaseURL("random_kill_target")
            let arguments = ["clone", "--policy", policy, "--source", source, "--target", target, "--quiet"] + jobs
            if !fresh {
                let previous = ["clone", "--policy", policy, "--source", older, "--target", target, "--quiet"]
                #expect(try DoppelProcess.run(previous, environment: environment).status == 0, "\(label)")
            }
            if duration == 0 {
                // Calibrate on a whole run into a throwaway target.
                let started = Date()
                let whole = ["clone", "--policy", policy, "--source", source, "--target", server.newDatabaseURL("random_kill_calibration"), "--quiet"]
                #expect(try DoppelProcess.run(whole, environment: environment).status == 0, "\(label)")
                duration = Date().timeIntervalSince(started)
            }
            let databasesBefore = try Self.databases(server)
            let before = fresh ? nil : try Self.fingerprint(server, target)

            let run = try Self.run(arguments, environment: environment, killingAfter: Self.moment(of: duration, &generator))
            if run.killed { try Self.waitForSessions(of: run.pid, on: server) }
            let databasesAfter = try Self.databases(server)
            let targetName = String(target.split(separator: "?")[0].split(separator: "/").last ?? "")
            #expect(databasesAfter.subtracting(databasesBefore).isSubset(of: [targetName]), "\(label): \(databasesAfter.subtracting(databasesBefore))")
            if databasesAfter.contains(targetName) {
                let holdsPeople = try PGConnection(url: target).execute("SELECT to_regclass('people') IS NOT NULL").text(row: 0, column: 0) == "t"
                let now = holdsPeople ? try Self.fingerprint(server, target) : nil
                if !holdsPeople {
                    // Killed after creating the database and before its commit: the next run takes it over.
                    #expect(fresh && run.killed, "\(label): the target lost its tables")
                    outcomes["killed, created database empty", default: 0] += 1
                } else if now == before {
                    #expect(run.killed, "\(label): the run ended without replacing the target: \(run.standardError)")
                    outcomes["killed, previous intact", default: 0] += 1
                } else {
                    #expect(now?.contains("\n90000 ") == true, "\(label): the target is neither the previous one nor the whole new clone")
                    outcomes["new clone", default: 0] += 1
                }
                let staging = try PGConnection(url: target).execute("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'doppel%'").rows()
                #expect(staging.isEmpty, "\(label): \(staging)")
            } else {
                #expect(fresh && run.killed, "\(label): the target database is gone")
                outcomes["killed before creating the database", default: 0] += 1
            }
            #expect(try Self.fingerprint(server, source) == sourceBefore, "\(label): the source changed")

            let next = try DoppelProcess.run(arguments, environment: environment)
            #expect(next.status == 0, "\(label): \(next.standardError)")
            #expect(try PGConnection(url: target).execute("SELECT count(*)::text FROM people").text(row: 0, column: 0) == "90000", "\(label)")
            #expect(try Self.databases(server).subtracting(databasesBefore).isSubset(of: [targetName]), "\(label)")
        }
        #expect(outcomes["killed, previous intact", default: 0] >= 2, "\(outcomes) (seed \(Self.seed)): too few kills landed inside a run")
        print("RandomKillTests PostgreSQL (seed \(Self.seed), run \(String(format: "%.2f", duration)) s): \(outcomes)")
    }
}

/// A reader in another process (the sqlite3 shell) that opens a database in WAL mode and stays inside a read
/// transaction until ``finish()``. (A reader inside the test process would not do: reading the file's bytes
/// there drops the process's POSIX locks on it, the reader's among them.)
final class WALReader {
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()

    init(path: String) throws {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", path]
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        try send("PRAGMA journal_mode = WAL;\nBEGIN;\nSELECT count(*) FROM people;\n")
        // Once the count is printed, the read transaction holds its snapshot.
        var seen = ""
        while seen.split(separator: "\n").count < 2 {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen += String(decoding: chunk, as: UTF8.self)
        }
    }

    private func send(_ text: String) throws {
        try input.fileHandleForWriting.write(contentsOf: Data(text.utf8))
    }

    /// Reads the count once more in the same transaction, ends it and the shell; returns what it read.
    func finish() throws -> String {
        try send("SELECT 'again:' || count(*) FROM people;\nCOMMIT;\n.quit\n")
        try input.fileHandleForWriting.close()
        let rest = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return rest.split(separator: "\n").first { $0.hasPrefix("again:") }.map { String($0.dropFirst("again:".count)) } ?? rest
    }

    deinit {
        if process.isRunning { process.terminate() }
    }
}
