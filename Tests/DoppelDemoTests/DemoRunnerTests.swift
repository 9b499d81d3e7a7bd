import DoppelCore
import DoppelEngine
import DoppelTestSupport
import Foundation
import Logging
import Testing
@testable import DoppelDemo

/// The demo on its own: the shop database it builds, and a clone of it with the bundled policy.
/// (`doppelTests/DemoTests` runs `doppel demo` as a user would.)
@Suite struct DemoRunnerTests {
    @Test func theDemoSourceHoldsWhatProductionSchemasHold() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("shop.sqlite")
        try DemoDatabase.create(at: path, customers: 50)
        let objects = try SQLiteFixture.rows(path, "SELECT type, name FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
        let names = Set(objects.compactMap { $0.last?.textRepresentation })
        #expect(names.isSuperset(of: ["customers", "products", "orders", "order_items", "support_tickets"]))
        #expect(objects.contains { $0.first?.textRepresentation == "view" })
        #expect(objects.contains { $0.first?.textRepresentation == "trigger" })
        #expect(try SQLiteFixture.rows(path, "SELECT count(*) FROM customers") == [[.integer(50)]])
        #expect(try SQLiteFixture.rows(path, "PRAGMA foreign_key_check").isEmpty)
        // The same seed builds the same database.
        let again = directory.file("again.sqlite")
        try DemoDatabase.create(at: again, customers: 50)
        let dump = "SELECT * FROM customers ORDER BY id"
        #expect(try SQLiteFixture.rows(path, dump) == SQLiteFixture.rows(again, dump))
    }

    @Test func theDemoClonesAndPairsRowsWithTheirClones() throws {
        let directory = try TemporaryDirectory()
        let policy = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("Policies/demo.yaml"), encoding: .utf8)
        let result = try DemoRunner.run(
            directory: directory.file("demo"), customers: 40, policyText: policy, logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() },
            progress: nil)
        #expect(result.summary.rowsWritten > 40)
        #expect(result.summary.foreignKeyViolations == 0)
        #expect(!result.pairs.isEmpty)
        for pair in result.pairs {
            #expect(pair.before.count == result.columns.count && pair.after.count == result.columns.count)
            // The email is faked: no row keeps its own.
            #expect(pair.before[3] != pair.after[3])
        }
        #expect(FileManager.default.fileExists(atPath: result.ledgerPath))
    }
}
