import DoppelCore
import DoppelEngine
import DoppelTestSupport
import Foundation
import Testing

/// The clone keeps the schema exactly: awkward identifiers, composite and WITHOUT ROWID keys, STRICT
/// tables, generated columns, a two-table cycle, views, and triggers created after the load so they never fire on copied rows.
@Suite struct SchemaFidelityTests {
    static let schema = #"""
        CREATE TABLE "Group" ("select" INTEGER PRIMARY KEY, "Mixed Case" TEXT NOT NULL, "quote""d" TEXT, "ünï" TEXT);
        CREATE TABLE "order lines" (
            "Order" INTEGER NOT NULL REFERENCES "Group"("select"),
            "line no" INTEGER NOT NULL,
            amount INTEGER NOT NULL CHECK (amount > 0),
            doubled INTEGER GENERATED ALWAYS AS (amount * 2) STORED,
            PRIMARY KEY ("Order", "line no")
        ) WITHOUT ROWID;
        CREATE TABLE departments (id INTEGER PRIMARY KEY, head_id INTEGER REFERENCES staff(id) DEFERRABLE INITIALLY DEFERRED, budget INTEGER NOT NULL);
        CREATE TABLE staff (id INTEGER PRIMARY KEY AUTOINCREMENT, department_id INTEGER NOT NULL REFERENCES departments(id), email TEXT NOT NULL UNIQUE);
        CREATE TABLE readings (id INTEGER PRIMARY KEY, value REAL NOT NULL, label TEXT) STRICT;
        CREATE INDEX "index with space" ON "order lines"(amount DESC);
        CREATE VIEW "big orders" AS SELECT "Order", sum(amount) AS total FROM "order lines" GROUP BY "Order";
        CREATE TRIGGER staff_hired AFTER INSERT ON staff BEGIN
            UPDATE departments SET budget = budget - 100 WHERE id = NEW.department_id;
        END;
        PRAGMA user_version = 42;
        INSERT INTO "Group" VALUES (1, 'a', 'x"y', 'ä'), (2, 'b', NULL, NULL);
        INSERT INTO "order lines" ("Order", "line no", amount) VALUES (1, 1, 10), (1, 2, 20), (2, 1, 5);
        INSERT INTO departments VALUES (1, 1, 1000), (2, NULL, 500);
        INSERT INTO staff VALUES (1, 1, 'ann@corp.test'), (2, 2, 'bob@corp.test'), (7, 1, 'cy@corp.test');
        INSERT INTO readings VALUES (1, 1.25, 'tab	and
        newline and \backslash');
        """#

    static let policy = """
        version: 1
        seed: 9
        secret: env:DOPPEL_SECRET
        unlisted: keep
        tables:
          staff:
            columns:
              id: pseudonymize
              email: { pii: email, rule: fake, unique: true }
        """

    @Test func everythingSurvivesAndTriggersDoNotFireOnCopiedRows() throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("source.db")
        try SQLiteFixture.create(source, sql: Self.schema)
        let target = directory.file("clone.db")
        _ = try EngineHarness.clone(policy: Self.policy, source: source, target: target, in: directory)

        let definitions = "SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name != 'sqlite_sequence' ORDER BY type, name"
        #expect(try SQLiteFixture.rows(target, definitions) == SQLiteFixture.rows(source, definitions))
        #expect(try SQLiteFixture.rows(target, #"SELECT "select", "Mixed Case", "quote""d", "ünï" FROM "Group" ORDER BY 1"#)
            == SQLiteFixture.rows(source, #"SELECT "select", "Mixed Case", "quote""d", "ünï" FROM "Group" ORDER BY 1"#))
        #expect(try SQLiteFixture.rows(target, #"SELECT * FROM "order lines" ORDER BY 1, 2"#) == SQLiteFixture.rows(source, #"SELECT * FROM "order lines" ORDER BY 1, 2"#))
        #expect(try SQLiteFixture.rows(target, #"SELECT * FROM "big orders" ORDER BY 1"#) == [[.integer(1), .integer(30)], [.integer(2), .integer(5)]])
        #expect(try SQLiteFixture.rows(target, "SELECT * FROM readings") == SQLiteFixture.rows(source, "SELECT * FROM readings"))
        // The trigger exists in the clone but did not fire while staff rows were copied: budgets are the source's.
        // (The source's own inserts fired it: 1000 - 2 × 100 and 500 - 100.)
        #expect(try SQLiteFixture.rows(target, "SELECT budget FROM departments ORDER BY id") == [[.integer(800)], [.integer(400)]])
        #expect(try SQLiteFixture.integer(target, "PRAGMA user_version") == 42)
        // The pseudonymized key is followed by the referencing column in the cycle.
        let heads = try SQLiteFixture.rows(target, "SELECT d.id FROM departments d JOIN staff s ON s.id = d.head_id")
        #expect(heads == [[.integer(1)]])
        #expect(try SQLiteFixture.rows(target, "SELECT id FROM staff WHERE id IN (1, 2, 7)").count < 3)
        #expect(try SQLiteFixture.rows(target, "PRAGMA foreign_key_check").isEmpty)
        // AUTOINCREMENT keeps counting past the highest copied key.
        let maxID = try SQLiteFixture.integer(target, "SELECT max(id) FROM staff")
        #expect(try SQLiteFixture.integer(target, "SELECT seq FROM sqlite_sequence WHERE name = 'staff'") >= maxID)
    }
}
