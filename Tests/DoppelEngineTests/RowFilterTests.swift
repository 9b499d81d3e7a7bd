import DoppelCore
import DoppelEngine
import DoppelTestSupport
import Testing

/// `where:` keeps matching rows; children of dropped rows are dropped through every level and through
/// self-references, or keep their row with the reference nulled under `orphans: null`.
@Suite struct RowFilterTests {
    static let schema = """
        CREATE TABLE regions (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE customers (
            id INTEGER PRIMARY KEY, region_id INTEGER NOT NULL REFERENCES regions(id),
            referred_by INTEGER REFERENCES customers(id), name TEXT NOT NULL);
        CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers(id), note TEXT);
        CREATE TABLE items (order_id INTEGER NOT NULL REFERENCES orders(id), line INTEGER NOT NULL, PRIMARY KEY (order_id, line));
        INSERT INTO regions VALUES (1, 'north'), (2, 'south');
        -- 1 (north) ← 2 (north) ← 3 (north); 4 (south) ← 5 (north) ← 6 (north); 7 (north, no referrer)
        INSERT INTO customers VALUES (1, 1, NULL, 'a'), (2, 1, 1, 'b'), (3, 1, 2, 'c'), (4, 2, NULL, 'd'), (5, 1, 4, 'e'), (6, 1, 5, 'f'), (7, 1, NULL, 'g');
        INSERT INTO orders VALUES (10, 1, 'x'), (11, 3, 'x'), (12, 4, 'x'), (13, 6, 'x'), (14, 7, 'x');
        INSERT INTO items VALUES (10, 1), (10, 2), (11, 1), (12, 1), (13, 1), (14, 1);
        """

    func policy(orphans: String = "drop", regionsWhere: String = "name = 'north'") -> String {
        """
        version: 1
        seed: 1
        secret: env:DOPPEL_SECRET
        unlisted: keep
        tables:
          regions: { where: "\(regionsWhere)" }
          customers: { orphans: \(orphans) }
        """
    }

    func ids(_ path: String, _ table: String) throws -> [Int64] {
        try SQLiteFixture.rows(path, "SELECT \(table == "items" ? "order_id" : "id") FROM \(table) ORDER BY 1").compactMap {
            if case .integer(let id) = $0[0] { return id } else { return nil }
        }
    }

    @Test func childrenOfDroppedRowsAreDroppedThroughEveryLevelAndSelfReferences() throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("source.db")
        try SQLiteFixture.create(source, sql: Self.schema)
        let target = directory.file("clone.db")
        _ = try EngineHarness.clone(policy: policy(), source: source, target: target, in: directory)
        #expect(try ids(target, "regions") == [1])
        // 4 is in the south; 5 and 6 hang below it through the self-reference.
        #expect(try ids(target, "customers") == [1, 2, 3, 7])
        #expect(try ids(target, "orders") == [10, 11, 14])
        #expect(try ids(target, "items") == [10, 10, 11, 14])
        #expect(try SQLiteFixture.rows(target, "PRAGMA foreign_key_check").isEmpty)
    }

    @Test func orphansNullKeepsRowsAndNullsTheirReference() throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("source.db")
        try SQLiteFixture.create(source, sql: Self.schema)
        let target = directory.file("clone.db")
        _ = try EngineHarness.clone(policy: policy(orphans: "null"), source: source, target: target, in: directory)
        // region_id is NOT NULL, so 4 still goes; 5 stays with referred_by set to NULL, and 6 keeps 5.
        #expect(try ids(target, "customers") == [1, 2, 3, 5, 6, 7])
        #expect(try SQLiteFixture.rows(target, "SELECT referred_by FROM customers WHERE id IN (5, 6) ORDER BY id") == [[.null], [.integer(5)]])
        #expect(try ids(target, "orders") == [10, 11, 13, 14])
        #expect(try SQLiteFixture.rows(target, "PRAGMA foreign_key_check").isEmpty)
    }

    @Test func emptyParentDropsEveryChildRow() throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("source.db")
        try SQLiteFixture.create(source, sql: Self.schema)
        let target = directory.file("clone.db")
        let yaml = """
            version: 1
            secret: env:DOPPEL_SECRET
            unlisted: keep
            tables:
              orders: empty
            """
        _ = try EngineHarness.clone(policy: yaml, source: source, target: target, in: directory)
        #expect(try ids(target, "orders").isEmpty)
        #expect(try ids(target, "items").isEmpty)
        #expect(try ids(target, "customers").count == 7)
    }

    @Test func dryRunPrintsThePlanAndWritesNothing() throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("source.db")
        try SQLiteFixture.create(source, sql: Self.schema)
        let target = directory.file("clone.db")
        guard case .planned(let plan, _) = try EngineHarness.clone(policy: policy(), source: source, target: target, in: directory, dryRun: true) else {
            Issue.record("expected a plan")
            return
        }
        #expect(plan.steps.map(\.table.name) == ["regions", "customers", "orders", "items"])
        let text = PlanText.render(plan, skipped: [])
        #expect(text.contains("where name = 'north'"))
        #expect(text.contains("rows whose regions row is not copied are dropped"))
        #expect(!FileManager.default.fileExists(atPath: target))
        #expect(!FileManager.default.fileExists(atPath: directory.file("ledger.sqlite")))
    }
}

import Foundation
