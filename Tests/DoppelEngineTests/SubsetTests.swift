import DoppelCore
@testable import DoppelEngine
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

/// A subset of schemas it was not built around: quoted names with spaces, a `WITHOUT ROWID` table with a
/// composite key of reserved words, a partly nullable composite reference to it, a self-referencing chain, and
/// tables without a primary key (with duplicate rows) that nothing reaches.
@Suite struct SubsetTortureTests {
    @Test func sqliteTortureSchema() throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("torture.db")
        try SQLiteFixture.create(source, sql: TortureSQLite.sql)
        let target = directory.file("subset.db")
        let policy = SubsetShop.policy(subset: #"start: { "Customer Accounts": "\"Account Id\" IN (3, 4)" }"#)
        guard case .cloned(let summary, _) = try EngineHarness.clone(policy: policy, source: source, target: target, in: directory) else {
            Issue.record("not cloned")
            return
        }
        #expect(try SQLiteFixture.rows(target, "PRAGMA foreign_key_check").isEmpty)
        #expect(summary.verification.foreignKeyViolations == 0 && summary.verification.foreignKeysUnverified.isEmpty)
        // The start accounts' orders (account = 1 + i % 30 for i in 1…80: i = 2, 3, 32, 33, 62, 63), with their shipments.
        let orders = try SQLiteFixture.rows(target, #"SELECT "group" * 10 + "select" FROM "order" WHERE account IN (3, 4) ORDER BY 1"#)
        #expect(orders == [2, 3, 32, 33, 62, 63].map { [.integer($0)] })
        // Shipment i follows shipment i - 1 (parent_id): from the first kept one, the whole chain follows as children.
        #expect(try SQLiteFixture.integer(target, "SELECT count(*) FROM shipment") == 40)
        // Every order a kept shipment references is kept, with its account; the referrer of every kept account too.
        let accounts = try SQLiteFixture.rows(target, #"SELECT "Account Id" FROM "Customer Accounts" ORDER BY 1"#).compactMap { $0.first }
        #expect(accounts.contains(.integer(1)) && accounts.contains(.integer(3)) && accounts.contains(.integer(4)))
        // Nothing reaches the tables without keys: copied whole, duplicates included.
        #expect(try SQLiteFixture.integer(target, "SELECT count(*) FROM event_log") == SQLiteFixture.integer(source, "SELECT count(*) FROM event_log"))
        #expect(try SQLiteFixture.integer(target, "SELECT count(*) FROM measurements") == 2)
    }
}

/// A start point's condition that the source cannot run is named at its place by `check` and by `clone`, and
/// nothing is written.
@Suite struct SubsetQueryCheckTests {
    @Test func aStartConditionTheSourceRefusesIsNamedAtItsPlace() throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("shop.db")
        try SQLiteFixture.create(source, sql: SubsetShop.sqlite)
        let policy = SubsetShop.policy(subset: #"start: { customers: "no_such_column = 1" }"#)
        let path = directory.file("policy.yaml")
        try policy.write(toFile: path, atomically: true, encoding: .utf8)
        let found = try PolicyCheck.run(policyPath: path, source: .sqlite(path: source)).filter { $0.severity == .error }
        #expect(found.count == 1)
        #expect(found.first?.message.hasPrefix("the start point `customers` of `subset` does not run on the source: ") == true, "\(found)")
        #expect(found.first?.location?.line == 5)
        let target = directory.file("subset.db")
        #expect(throws: PolicyProblems.self) { try EngineHarness.clone(policy: policy, source: source, target: target, in: directory) }
        #expect(!FileManager.default.fileExists(atPath: target))
    }
}

/// Key sets past the closure's memory budget move to a temporary file, and the subset is the same.
@Suite struct SubsetSpillTests {
    @Test func aSubsetWhoseKeysOutgrowTheBudgetIsTheSame() throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("shop.db")
        try SQLiteFixture.create(source, sql: SubsetShop.sqlite)
        let target = directory.file("subset.db")
        _ = try EngineHarness.run(
            policy: SubsetShop.policy(subset: #"start: { customers: "store_id = 1" }"#), from: .sqlite(path: source), to: .sqlite(path: target),
            in: directory, environment: ["DOPPEL_SUBSET_KEYS_IN_MEMORY": "2"])
        #expect(try SubsetTests.keys(target) == SubsetTests.storeOne)
        #expect(try SQLiteFixture.rows(target, "PRAGMA foreign_key_check").isEmpty)
    }

    /// The key file has no name from the moment it is open: nothing is left behind, even by a killed run.
    @Test func theKeyFileLeavesNothingInItsDirectory() throws {
        let directory = try TemporaryDirectory()
        let file = try SpilledHashesFile(directory: directory.path)
        let set = try file.makeSet()
        #expect(try set.insert(42) && !set.insert(42) && set.contains(42) && !set.contains(7))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }
}
