import DoppelCore
import DoppelEngine
import DoppelSQLite
import DoppelTestSupport
import Foundation
import Testing

/// A previous SQLite target's journal files never reach the new clone: a writer that crashed in WAL mode
/// leaves `-wal` and `-shm` beside the target, and SQLite would replay them onto the renamed clone. A
/// process still holding the target open stops the swap, saying so, instead of losing its file.
@Suite struct StaleJournalTests {
    /// Runs the sqlite3 shell on `path` with `sql`, then kills it (SIGKILL) before it can close the file.
    static func crashWriter(_ path: String, _ sql: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "sqlite3 \"$1\" \"$2\" '.system kill -9 $PPID' 2>/dev/null; exit 0", "sh", path, sql]
        try process.run()
        process.waitUntilExit()
    }

    @Test func aCrashedWritersWALIsNotReplayedOntoTheNewClone() throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("torture.db"), target = directory.file("clone.db")
        try SQLiteFixture.create(source, sql: TortureSQLite.sql)
        try EngineHarness.clone(policy: EngineHarness.keepEverything, from: .sqlite(path: source), to: .sqlite(path: target), in: directory)
        try Self.crashWriter(target, "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0; INSERT INTO event_log VALUES ('x', 'stale', NULL); INSERT INTO event_log VALUES ('x', 'stale', NULL);")
        #expect(FileManager.default.fileExists(atPath: target + "-wal"), "the crash left no WAL: the test proves nothing")

        try EngineHarness.clone(policy: EngineHarness.keepEverything, from: .sqlite(path: source), to: .sqlite(path: target), in: directory)
        #expect(try SQLiteFixture.integer(target, "SELECT count(*) FROM event_log WHERE kind = 'stale'") == 0)
        #expect(try SQLiteFixture.integer(target, "SELECT count(*) FROM event_log") == SQLiteFixture.integer(source, "SELECT count(*) FROM event_log"))
        #expect(try SQLiteFixture.rows(target, "PRAGMA integrity_check") == [[.text("ok")]])
    }

    @Test func aLiveReaderStopsTheSwapSayingSo() throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("torture.db"), target = directory.file("clone.db")
        try SQLiteFixture.create(source, sql: TortureSQLite.sql)
        try EngineHarness.clone(policy: EngineHarness.keepEverything, from: .sqlite(path: source), to: .sqlite(path: target), in: directory)
        // A reader in WAL mode, in the middle of a read.
        let reader = try SQLiteConnection(path: target, mode: .readWriteCreate)
        try reader.execute("PRAGMA journal_mode = WAL")
        try reader.execute("BEGIN")
        _ = try reader.rows("SELECT count(*) FROM event_log")
        let before = try SQLiteFixture.integer(target, "SELECT count(*) FROM event_log")
        let error = #expect(throws: (any Error).self) {
            try EngineHarness.clone(policy: EngineHarness.keepEverything, from: .sqlite(path: source), to: .sqlite(path: target), in: directory)
        }
        #expect("\(error.map { "\($0)" } ?? "")".contains("another process has \(target) open"))
        #expect(try SQLiteFixture.integer(target, "SELECT count(*) FROM event_log") == before)
        #expect(EngineHarness.leftovers(in: directory.path).isEmpty)
        withExtendedLifetime(reader) {}
    }
}
