import DoppelTestSupport
import Foundation
import Testing

/// `doppel demo` works from any directory and writes only inside the directory it names.
@Suite struct DemoTests {
    @Test func demoClonesTheShopAndTouchesNothingElse() throws {
        let workingDirectory = try TemporaryDirectory()
        let demoDirectory = try TemporaryDirectory()
        let home = try TemporaryDirectory()
        let result = try DoppelProcess.run(
            ["demo", "--directory", demoDirectory.path], environment: ["HOME": home.path, "XDG_STATE_HOME": home.file("state")],
            directory: workingDirectory.path)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("Clone: \(demoDirectory.path)/shop-clone.db"))
        #expect(result.standardOutput.contains("→"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: workingDirectory.path).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: home.path).isEmpty)
        let clone = demoDirectory.file("shop-clone.db")
        let source = demoDirectory.file("shop.db")
        #expect(try SQLiteFixture.rows(clone, "PRAGMA foreign_key_check").isEmpty)
        #expect(try SQLiteFixture.integer(clone, "SELECT count(*) FROM customers") == 1_000)
        // Orders before June 2022 are filtered out, and their items with them.
        #expect(try SQLiteFixture.integer(clone, "SELECT count(*) FROM orders") < SQLiteFixture.integer(source, "SELECT count(*) FROM orders"))
        #expect(try SQLiteFixture.integer(clone, "SELECT count(*) FROM order_items WHERE order_id NOT IN (SELECT id FROM orders)") == 0)
        // The trigger was created after the load, so totals were copied, not recomputed twice.
        #expect(try SQLiteFixture.rows(clone, "SELECT sum(total_cents) FROM orders") == SQLiteFixture.rows(source, "SELECT sum(o.total_cents) FROM orders o WHERE o.ordered_at >= '2022-06-01'"))
        let sourceEmails = Set(try SQLiteFixture.rows(source, "SELECT email FROM customers").map { $0[0] })
        let cloneEmails = Set(try SQLiteFixture.rows(clone, "SELECT email FROM customers").map { $0[0] })
        #expect(sourceEmails.isDisjoint(with: cloneEmails))
        #expect(cloneEmails.count == 1_000)
    }
}
