import DoppelCore
import DoppelEngine
@testable import DoppelSQLite
import DoppelTestSupport
import Foundation
import Testing

/// A SQLite clone replaces only what Doppel wrote (or an empty file or database), never a file that is not
/// a SQLite database, and one run at a time writes a target (issue 13, defects 3 and 5).
@Suite struct SafeTargetTests {
    static let shop = """
        CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(id), total REAL);
        INSERT INTO customers VALUES (1, 'a'), (2, 'b');
        INSERT INTO orders VALUES (1, 1, 9.5), (2, 2, 3.0), (3, 1, 1.25);
        """

    @Test func aTextFileIsNeverReplacedNotEvenWithReplace() throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("shop.db"), target = directory.file("notes.txt")
        try SQLiteFixture.create(source, sql: Self.shop)
        let notes = Data("buy milk\nrenew passport\n".utf8)
        try notes.write(to: URL(fileURLWithPath: target))
        for replace in [false, true] {
            let refused = EngineHarness.targetRefusal {
                try EngineHarness.clone(policy: EngineHarness.keepEverything, from: .sqlite(path: source), to: .sqlite(path: target), in: directory, replace: replace)
            }
            #expect(refused?.description.contains("not a SQLite database") == true)
            #expect(refused?.description.contains("buy milk") == false)
            #expect(refused?.exitStatus == .targetRefused)
        }
        #expect(SQLiteFixture.bytes(target) == notes)
        #expect(EngineHarness.leftovers(in: directory.path).isEmpty)
    }

    @Test func aDatabaseDoppelDidNotWriteIsReplacedOnlyWithReplace() throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("shop.db"), target = directory.file("app.db")
        try SQLiteFixture.create(source, sql: Self.shop)
        try SQLiteFixture.create(target, sql: "CREATE TABLE important (id INTEGER PRIMARY KEY); INSERT INTO important VALUES (1), (2), (3);")
        let before = SQLiteFixture.bytes(target)
        let refused = EngineHarness.targetRefusal {
            try EngineHarness.clone(policy: EngineHarness.keepEverything, from: .sqlite(path: source), to: .sqlite(path: target), in: directory)
        }
        #expect(refused?.description.contains("did not write (it holds important)") == true)
        #expect(refused?.description.contains("--replace") == true)
        #expect(SQLiteFixture.bytes(target) == before)
        // The refused run is in the ledger, as refused.
        let last = "SELECT exit_status, error_kind FROM runs ORDER BY id DESC LIMIT 1"
        #expect(try SQLiteFixture.rows(directory.file("ledger.sqlite"), last) == [[.integer(5), .text("target")]])

        try EngineHarness.clone(policy: EngineHarness.keepEverything, from: .sqlite(path: source), to: .sqlite(path: target), in: directory, replace: true)
        #expect(try SQLiteFixture.integer(target, "SELECT count(*) FROM orders") == 3)
        #expect(try SQLiteFixture.integer(target, "PRAGMA application_id") == CloneMark.sqliteApplicationID)
        // Its own clone is replaced without --replace.
        try EngineHarness.clone(policy: EngineHarness.keepEverything, from: .sqlite(path: source), to: .sqlite(path: target), in: directory)
        #expect(EngineHarness.leftovers(in: directory.path).isEmpty)
    }

    @Test func anEmptyFileOrEmptyDatabaseIsReplaced() throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("shop.db")
        try SQLiteFixture.create(source, sql: Self.shop)
        let empty = directory.file("empty.db"), blank = directory.file("blank.db")
        _ = FileManager.default.createFile(atPath: empty, contents: Data())
        try SQLiteFixture.create(blank, sql: "PRAGMA user_version = 0")
        for target in [empty, blank] {
            try EngineHarness.clone(policy: EngineHarness.keepEverything, from: .sqlite(path: source), to: .sqlite(path: target), in: directory)
            #expect(try SQLiteFixture.integer(target, "SELECT count(*) FROM customers") == 2)
        }
    }

    @Test func aDirectoryAsTargetSaysToNameAFileInsideIt() throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("shop.db"), target = directory.file("out")
        try SQLiteFixture.create(source, sql: Self.shop)
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: false)
        let refused = EngineHarness.targetRefusal {
            try EngineHarness.clone(policy: EngineHarness.keepEverything, from: .sqlite(path: source), to: .sqlite(path: target), in: directory)
        }
        #expect(refused?.description.contains("is a directory; name a file inside it, e.g. --target sqlite:\(target)/clone.sqlite") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: target).isEmpty)
    }

    /// A source with an application_id of its own (a GeoPackage, say) keeps it; the clone is marked by a
    /// table the introspection does not show, so cloning the clone again needs no --replace.
    @Test func aSourceWithItsOwnApplicationIDKeepsItAndTheCloneIsStillRecognized() throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("geo.db"), target = directory.file("geo-clone.db"), again = directory.file("geo-clone-2.db")
        try SQLiteFixture.create(source, sql: "PRAGMA application_id = 1196444487;" + Self.shop)
        try EngineHarness.clone(policy: EngineHarness.keepEverything, from: .sqlite(path: source), to: .sqlite(path: target), in: directory)
        #expect(try SQLiteFixture.integer(target, "PRAGMA application_id") == 1_196_444_487)
        #expect(try SQLiteFixture.integer(target, "SELECT count(*) FROM \(CloneMark.sqliteMarkerTable)") == 1)
        // The mark leads to the run in the ledger.
        let mark = try SQLiteFixture.rows(target, "SELECT run_id FROM \(CloneMark.sqliteMarkerTable)")
        #expect(try SQLiteFixture.rows(directory.file("ledger.sqlite"), "SELECT clone_mark FROM runs ORDER BY id DESC LIMIT 1") == mark)
        try EngineHarness.clone(policy: EngineHarness.keepEverything, from: .sqlite(path: source), to: .sqlite(path: target), in: directory)
        // The clone as a source: the marker is not one of its tables (a policy need not name it).
        let strict = """
            version: 1
            seed: 1
            secret: env:DOPPEL_SECRET
            unlisted: fail
            tables:
              customers: { columns: { id: keep, name: keep } }
              orders: { columns: { id: keep, customer_id: keep, total: keep } }
            """
        try EngineHarness.clone(policy: strict, from: .sqlite(path: target), to: .sqlite(path: again), in: directory)
        #expect(try SQLiteFixture.integer(again, "SELECT count(*) FROM orders") == 3)
    }

    /// A second run into a target another run is writing fails at once, naming that run, and leaves the
    /// other run's temporary file alone; once that run is gone, the next run removes the file.
    @Test func aSecondRunIsRefusedAtOnceAndLeavesTheFirstRunsFilesAlone() throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("shop.db"), target = directory.file("qa.db")
        try SQLiteFixture.create(source, sql: Self.shop)
        try EngineHarness.clone(policy: EngineHarness.keepEverything, from: .sqlite(path: source), to: .sqlite(path: target), in: directory)
        let before = SQLiteFixture.bytes(target)

        var firstRun: TargetLockFile? = try TargetLockFile(beside: target, showing: "sqlite:\(target)")
        let building = directory.file(".qa.db.doppel-\(getpid())-12345.tmp")
        _ = FileManager.default.createFile(atPath: building, contents: Data("half a clone".utf8))
        let started = Date()
        let refused = EngineHarness.targetRefusal {
            try EngineHarness.clone(policy: EngineHarness.keepEverything, from: .sqlite(path: source), to: .sqlite(path: target), in: directory)
        }
        #expect(Date().timeIntervalSince(started) < 5, "the second run waited")
        #expect(refused?.description.contains("another doppel run (pid \(getpid()), started ") == true)
        #expect(refused?.description.contains("is writing this target") == true)
        #expect(FileManager.default.fileExists(atPath: building))
        #expect(SQLiteFixture.bytes(target) == before)

        firstRun?.release()
        firstRun = nil
        try EngineHarness.clone(policy: EngineHarness.keepEverything, from: .sqlite(path: source), to: .sqlite(path: target), in: directory)
        #expect(!FileManager.default.fileExists(atPath: building))
        #expect(EngineHarness.leftovers(in: directory.path).isEmpty)
    }
}
