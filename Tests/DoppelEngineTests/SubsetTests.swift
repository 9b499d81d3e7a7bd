import DoppelCore
import DoppelEngine
import DoppelPolicy
import DoppelTestSupport
import Foundation
import Testing

/// `subset:` keeps the rows its start points pick, every row they reference (through composite keys,
/// self-references and the stores ↔ staff cycle), the rows that reference them as `children` and `depth` say,
/// and, in tables nothing reaches but that reference one that is, the rows whose parents are all kept. The
/// expected rows are worked out by hand from ``SubsetShop``.
@Suite struct SubsetTests {
    /// The clone's keys, table by table, as ``SubsetShop/keyColumns`` spells them.
    static func keys(_ path: String) throws -> [String: [String]] {
        var keys: [String: [String]] = [:]
        for (table, column) in SubsetShop.keyColumns {
            keys[table] = try SQLiteFixture.rows(path, "SELECT CAST(\(column) AS TEXT) FROM \(table) ORDER BY 1").map { $0[0].textRepresentation ?? "NULL" }
        }
        return keys
    }

    /// The subset of the customers of store 1, with everything they need and their orders and payments.
    static let storeOne: [String: [String]] = [
        "countries": ["DE", "FR", "US"],
        "addresses": ["1", "2", "3", "4", "5"],
        "stores": ["1", "2"],  // 2: customer 4's store
        "staff": ["1", "2", "3"],  // 3: store 2's manager; 4 sold only to customer 3
        "customers": ["1", "2", "4", "5"],  // 4: referred customer 5; 3 and 6 are store 2's
        "products": ["A1", "A2", "B1"],
        "tags": ["1", "2", "3"],  // nothing reaches tags: copied whole
        "product_tags": ["A1-1", "A2-2", "B1-1"],  // a link table: the rows whose product is kept
        "orders": ["10", "11", "14"],  // 13 is customer 4's, who is kept only as a referrer
        "order_lines": ["10-1", "10-2", "11-1", "14-1"],
        "payments": ["100", "101", "104"],
        "settings": ["theme"],
        "audit": ["1", "3"],  // staff 4 is not kept
    ]

    func clone(_ policy: String, dryRun: Bool = false) throws -> (keys: [String: [String]], outcome: CloneRunner.Outcome, target: String) {
        let directory = try TemporaryDirectory()
        let source = directory.file("shop.db")
        try SQLiteFixture.create(source, sql: SubsetShop.sqlite)
        let target = directory.file("subset.db")
        let outcome = try EngineHarness.clone(policy: policy, source: source, target: target, in: directory, dryRun: dryRun)
        if dryRun { return ([:], outcome, target) }
        #expect(try SQLiteFixture.rows(target, "PRAGMA foreign_key_check").isEmpty)
        return (try Self.keys(target), outcome, target)
    }

    @Test func startPointKeepsItsParentsAndChildrenAndNothingElse() throws {
        let (keys, outcome, _) = try clone(SubsetShop.policy(subset: #"start: { customers: "store_id = 1" }"#))
        #expect(keys == Self.storeOne)
        guard case .cloned(let summary, _) = outcome else { Issue.record("not cloned"); return }
        #expect(summary.verification.foreignKeyViolations == 0)
        #expect(summary.verification.foreignKeysUnverified.isEmpty == true)
    }

    @Test func startOnAChildPullsItsParents() throws {
        let (keys, _, _) = try clone(SubsetShop.policy(subset: #"start: { order_lines: "qty >= 5" }"#))
        #expect(keys["order_lines"] == ["10-2"])
        #expect(keys["orders"] == ["10"])
        #expect(keys["customers"] == ["1"])
        #expect(keys["staff"] == ["1", "2"])  // order 10's seller and her boss
        #expect(keys["stores"] == ["1"])
        #expect(keys["addresses"] == ["1", "2"])
        #expect(keys["countries"] == ["DE"])
        #expect(keys["products"] == ["B1"])
        // Payments reference kept tables only as a parent: the rows whose customer, order and seller are all kept.
        #expect(keys["payments"] == ["100"])
        #expect(keys["product_tags"] == ["B1-1"])
        #expect(keys["audit"] == ["1"])
    }

    @Test func overlappingStartPointsKeepEachRowOnce() throws {
        let (keys, _, _) = try clone(SubsetShop.policy(subset: #"start: { customers: "id = 1", orders: "id IN (10, 13)" }"#))
        // Customer 2 was referred by customer 1: a child through the self-reference.
        #expect(keys["customers"] == ["1", "2", "4"])
        #expect(keys["orders"] == ["10", "11", "13"])
        #expect(keys["order_lines"] == ["10-1", "10-2", "11-1", "13-1"])
        #expect(keys["payments"] == ["100", "101", "103"])
        #expect(keys["products"] == ["A1", "A2", "B1", "C1"])
        #expect(keys["staff"] == ["1", "2", "3"])
    }

    @Test func childrenNoneKeepsTheStartRowsWithTheirParentsOnly() throws {
        let (keys, _, _) = try clone(SubsetShop.policy(subset: #"start: { customers: "store_id = 1" }"#, tables: "customers: { children: none }"))
        #expect(keys["customers"] == ["1", "2", "4", "5"])
        #expect(keys["orders"] == [])
        #expect(keys["order_lines"] == [])
        #expect(keys["payments"] == [])
        #expect(keys["staff"] == ["1", "3"])  // the stores' managers (and 3's boss)
        // Nothing kept references products now: copied whole, with their tags.
        #expect(keys["products"] == ["A1", "A2", "B1", "C1"])
        #expect(keys["product_tags"]?.count == 4)
        #expect(keys["audit"] == ["1", "3"])
    }

    @Test func depthStopsChildrenAfterThatManyReferences() throws {
        let (keys, _, _) = try clone(SubsetShop.policy(subset: "start: { customers: \"store_id = 1\" }\ndepth: 1"))
        #expect(keys["orders"] == ["10", "11", "14"])
        #expect(keys["payments"] == ["100", "101", "104"])
        #expect(keys["order_lines"] == [])  // two references down
        #expect(keys["products"] == ["A1", "A2", "B1", "C1"])
    }

    @Test func keepRowsAllKeepsALookupTableWhole() throws {
        let (keys, _, _) = try clone(SubsetShop.policy(subset: #"start: { customers: "store_id = 1" }"#, tables: "countries: { keep_rows: all }"))
        #expect(keys["countries"] == ["DE", "FR", "JP", "US"])
        #expect(keys["addresses"] == Self.storeOne["addresses"])
    }

    @Test func dryRunSaysWhatEachTableKeepsAndWhy() throws {
        let (_, outcome, target) = try clone(SubsetShop.policy(subset: #"start: { customers: "store_id = 1" }"#), dryRun: true)
        guard case .planned(let plan, let loaded) = outcome else { Issue.record("not planned"); return }
        let text = PlanText.render(plan, skipped: [])
        #expect(text.contains("Subset: starts at customers (where store_id = 1); children: all"))
        #expect(text.contains("  39 of 55 rows kept in the copied tables"))
        #expect(text.contains("  estimated size: "))
        #expect(text.contains("subset: 4 of 6 rows kept\n     3 picked by the start point (where store_id = 1)\n     1 referenced by kept rows of orders, payments or itself"))
        #expect(text.contains("subset: 3 of 4 rows kept\n     3 referenced by kept rows of addresses"))  // countries
        #expect(text.contains("subset: 3 of 5 rows kept\n     3 referencing kept rows of customers, orders"))  // payments
        #expect(text.contains("subset: 2 of 3 rows kept\n     rows whose parents in staff are all kept"))  // audit
        #expect(text.contains("tags  mode: mask  (3 rows in source)\n   subset: not reached from a start point, copied whole"))
        #expect(loaded.policy.subset?.starts.map(\.table) == ["customers"])
        #expect(!FileManager.default.fileExists(atPath: target))
    }
}
