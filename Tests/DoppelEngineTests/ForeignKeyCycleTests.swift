import DoppelCore
import DoppelEngine
import DoppelPostgres
import DoppelTestSupport
import Foundation
import Testing
import DoppelPolicy

/// Cycles of foreign keys clone in every direction: through composite keys with some nullable columns,
/// through keys that are all NOT NULL (the targets check keys after the load), through composite
/// self-references; a `where` inside a cycle drops every row that would point at a dropped one.
@Suite struct ForeignKeyCycleTests {
    /// warehouses ⇄ staff through composite keys (the manager's `manager_no` may be NULL); staff's boss is a
    /// composite self-reference; a ⇄ b is a cycle of NOT NULL keys with thirty tables hanging below it.
    static let sqlite: String = {
        var sql = """
            CREATE TABLE warehouses (
                region TEXT NOT NULL, code INTEGER NOT NULL, manager_region TEXT NOT NULL, manager_no INTEGER,
                PRIMARY KEY (region, code),
                FOREIGN KEY (manager_region, manager_no) REFERENCES staff (region, no));
            CREATE TABLE staff (
                region TEXT NOT NULL, no INTEGER NOT NULL, wh_region TEXT NOT NULL, wh_code INTEGER NOT NULL,
                boss_region TEXT, boss_no INTEGER NOT NULL,
                PRIMARY KEY (region, no),
                FOREIGN KEY (wh_region, wh_code) REFERENCES warehouses (region, code),
                FOREIGN KEY (boss_region, boss_no) REFERENCES staff (region, no));
            CREATE TABLE a (id INTEGER PRIMARY KEY, b_id INTEGER NOT NULL REFERENCES b (id), label TEXT NOT NULL);
            CREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER NOT NULL REFERENCES a (id));
            INSERT INTO warehouses VALUES ('n', 1, 'n', 1), ('n', 2, 'n', NULL), ('s', 1, 's', 3);
            INSERT INTO staff VALUES ('n', 1, 'n', 1, NULL, 0), ('n', 2, 'n', 2, 'n', 1), ('s', 3, 's', 1, 'n', 2), ('s', 4, 's', 1, 's', 3);
            -- a2 fails the `where`; b2 points at it, a3 at b2, b3 at a3, a4 at b3: all of them go.
            INSERT INTO a VALUES (1, 1, 'keep'), (2, 2, 'drop'), (3, 2, 'keep'), (4, 3, 'keep');
            INSERT INTO b VALUES (1, 1), (2, 2), (3, 3);

            """
        for number in 1...30 {
            // d1 hangs below a; d2 … d30 below d1, or d2 for every fifth one (two levels of nested filters).
            let parent = number == 1 ? "a" : (number % 5 == 0 && number > 2 ? "d2" : "d1")
            sql += "CREATE TABLE d\(number) (id INTEGER PRIMARY KEY, up INTEGER \(number == 1 ? "" : "NOT NULL ")REFERENCES \(parent) (id));\n"
            sql += "INSERT INTO d\(number) VALUES (1, 1), (3, 3), (4, 4);\n"
        }
        return sql
    }()

    static let keepAll = EngineHarness.keepEverything

    func count(_ path: String, _ table: String) throws -> Int64 {
        try SQLiteFixture.integer(path, "SELECT COUNT(*) FROM \"\(table)\"")
    }

    @Test func cyclesThroughCompositePartlyNullableAndNotNullKeysCloneWhole() throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("source.db"), target = directory.file("clone.db")
        try SQLiteFixture.create(source, sql: Self.sqlite)
        _ = try EngineHarness.clone(policy: Self.keepAll, source: source, target: target, in: directory)
        for table in ["warehouses", "staff", "a", "b", "d1", "d30"] {
            #expect(try count(target, table) == count(source, table), "\(table)")
        }
        #expect(try SQLiteFixture.rows(target, "SELECT boss_region, boss_no FROM staff ORDER BY region, no")
            == SQLiteFixture.rows(source, "SELECT boss_region, boss_no FROM staff ORDER BY region, no"))
        #expect(try SQLiteFixture.rows(target, "PRAGMA foreign_key_check").isEmpty)
    }

    @Test func aWhereInsideACycleOfNotNullKeysDropsEveryRowThatWouldPointAtADroppedOne() throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("source.db"), target = directory.file("clone.db")
        try SQLiteFixture.create(source, sql: Self.sqlite)
        let policy = Self.keepAll.replacingOccurrences(of: "tables: {}", with: "tables:\n  a: { where: \"label <> 'drop'\" }")
        _ = try EngineHarness.clone(policy: policy, source: source, target: target, in: directory)
        #expect(try SQLiteFixture.rows(target, "SELECT id FROM a ORDER BY id") == [[.integer(1)]])
        #expect(try SQLiteFixture.rows(target, "SELECT id FROM b ORDER BY id") == [[.integer(1)]])
        // d1's key is nullable but `orphans` is not `null`: rows under a dropped `a` go, and their children too.
        #expect(try SQLiteFixture.rows(target, "SELECT id FROM d1 ORDER BY id") == [[.integer(1)]])
        #expect(try SQLiteFixture.rows(target, "SELECT id FROM d30 ORDER BY id") == [[.integer(1)]])
        #expect(try SQLiteFixture.rows(target, "PRAGMA foreign_key_check").isEmpty)
    }

    @Test func aWhereInsideACompositeCycleWithOrphansNullNullsOnlyTheNullableColumn() throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("source.db"), target = directory.file("clone.db")
        try SQLiteFixture.create(source, sql: Self.sqlite)
        // Staff n/2 goes; warehouse n/2 (whose manager_no is NULL already) stays, and s/1's manager s/3 has boss n/2:
        // s/3 goes (its boss key is NOT NULL in part), and so does s/4 under it; warehouse s/1 keeps its row
        // with manager_no set to NULL, since manager_region is NOT NULL.
        let policy = Self.keepAll.replacingOccurrences(
            of: "tables: {}", with: "tables:\n  staff: { where: \"NOT (region = 'n' AND no = 2)\" }\n  warehouses: { orphans: null }")
        _ = try EngineHarness.clone(policy: policy, source: source, target: target, in: directory)
        #expect(try SQLiteFixture.rows(target, "SELECT region, no FROM staff ORDER BY region, no") == [[.text("n"), .integer(1)]])
        #expect(try SQLiteFixture.rows(target, "SELECT region, code, manager_region, manager_no FROM warehouses ORDER BY region, code") == [
            [.text("n"), .integer(1), .text("n"), .integer(1)],
            [.text("n"), .integer(2), .text("n"), .null],
            [.text("s"), .integer(1), .text("s"), .null],
        ])
        #expect(try SQLiteFixture.rows(target, "PRAGMA foreign_key_check").isEmpty)
    }

    @Test func checkAcceptsTheCyclesAndCloneAgrees() throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("source.db")
        try SQLiteFixture.create(source, sql: Self.sqlite)
        let policy = directory.file("policy.yaml")
        try Self.keepAll.write(toFile: policy, atomically: true, encoding: .utf8)
        let diagnostics = try PolicyCheck.run(policyPath: policy, source: .sqlite(path: source))
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
    }

    @Test func aCycleOfNotNullKeysIsSynthesized() throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("source.db"), policy = directory.file("policy.yaml")
        let model = directory.file("model.json"), target = directory.file("synthetic.db")
        try SQLiteFixture.create(source, sql: """
            CREATE TABLE a (id INTEGER PRIMARY KEY, b_id INTEGER NOT NULL REFERENCES b (id), score INTEGER NOT NULL);
            CREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER NOT NULL REFERENCES a (id));
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40) INSERT INTO a SELECT i, 1 + i % 20, i * 3 FROM n;
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20) INSERT INTO b SELECT i, 1 + i % 40 FROM n;
            """)
        try """
            version: 1
            seed: 3
            tables:
              a: { mode: synthesize, columns: { id: synthesize, score: synthesize } }
              b: { mode: synthesize, columns: { id: synthesize } }
            """.write(toFile: policy, atomically: true, encoding: .utf8)
        _ = try SynthesisHarness.fit(policy: policy, source: source, model: model)
        let summary = try SynthesisHarness.synthesize(model: model, target: target, in: directory)
        #expect(summary.foreignKeyViolations == 0)
        #expect(try count(target, "a") > 0 && count(target, "b") > 0)
        #expect(try SQLiteFixture.integer(target, "SELECT COUNT(*) FROM a WHERE b_id IS NULL") == 0)
        #expect(try SQLiteFixture.rows(target, "PRAGMA foreign_key_check").isEmpty)
    }

    /// The same shapes in PostgreSQL: the NOT NULL cycle's keys are added after the rows, as a dump does.
    static let postgres = """
        CREATE TABLE warehouses (
            region text NOT NULL, code integer NOT NULL, manager_region text NOT NULL, manager_no integer,
            PRIMARY KEY (region, code));
        CREATE TABLE staff (
            region text NOT NULL, no integer NOT NULL, wh_region text NOT NULL, wh_code integer NOT NULL,
            boss_region text, boss_no integer NOT NULL,
            PRIMARY KEY (region, no),
            FOREIGN KEY (wh_region, wh_code) REFERENCES warehouses (region, code),
            FOREIGN KEY (boss_region, boss_no) REFERENCES staff (region, no));
        CREATE TABLE a (id integer PRIMARY KEY, b_id integer NOT NULL, label text NOT NULL);
        CREATE TABLE b (id integer PRIMARY KEY, a_id integer NOT NULL REFERENCES a (id));
        CREATE TABLE d1 (id integer PRIMARY KEY, up integer REFERENCES a (id));
        INSERT INTO warehouses VALUES ('n', 1, 'n', 1), ('n', 2, 'n', NULL), ('s', 1, 's', 3);
        INSERT INTO staff VALUES ('n', 1, 'n', 1, NULL, 0), ('n', 2, 'n', 2, 'n', 1), ('s', 3, 's', 1, 'n', 2), ('s', 4, 's', 1, 's', 3);
        INSERT INTO a VALUES (1, 1, 'keep'), (2, 2, 'drop'), (3, 2, 'keep'), (4, 3, 'keep');
        INSERT INTO b VALUES (1, 1), (2, 2), (3, 3);
        INSERT INTO d1 VALUES (1, 1), (3, 3), (4, 4);
        ALTER TABLE a ADD FOREIGN KEY (b_id) REFERENCES b (id);
        ALTER TABLE warehouses ADD FOREIGN KEY (manager_region, manager_no) REFERENCES staff (region, no);
        """

    @Test func postgresCyclesCloneToPostgresAndToSQLiteAndBack() throws {
        let server = try TemporaryPostgres.shared.get()
        let source = try server.createDatabase("cycles", running: Self.postgres)
        let directory = try TemporaryDirectory()
        let clone = server.newDatabaseURL("cycles_clone")
        try EngineHarness.clone(policy: Self.keepAll, from: .postgres(source), to: .postgres(clone), in: directory)
        let sqlite = directory.file("cycles.db")
        try EngineHarness.clone(policy: Self.keepAll, from: .postgres(source), to: .sqlite(path: sqlite), in: directory)
        let back = server.newDatabaseURL("cycles_back")
        try EngineHarness.clone(policy: Self.keepAll, from: .sqlite(path: sqlite), to: .postgres(back), in: directory)
        let filtered = server.newDatabaseURL("cycles_filtered")
        try EngineHarness.clone(
            policy: Self.keepAll.replacingOccurrences(of: "tables: {}", with: "tables:\n  a: { where: \"label <> 'drop'\" }"),
            from: .postgres(source), to: .postgres(filtered), in: directory)
        for url in [clone, back] {
            let connection = try PGConnection(url: url)
            for (table, rows) in ["warehouses": "3", "staff": "4", "a": "4", "b": "3", "d1": "3"] {
                #expect(try connection.execute("SELECT count(*) FROM \(table)").rows() == [[rows]], "\(url) \(table)")
            }
            let keys = try connection.execute("SELECT count(*) FROM pg_constraint WHERE contype = 'f'").rows()
            #expect(keys == [["6"]])
        }
        #expect(try count(sqlite, "staff") == 4)
        #expect(try SQLiteFixture.rows(sqlite, "PRAGMA foreign_key_check").isEmpty)
        let connection = try PGConnection(url: filtered)
        #expect(try connection.execute("SELECT id FROM a ORDER BY id").rows() == [["1"]])
        #expect(try connection.execute("SELECT id FROM d1 ORDER BY id").rows() == [["1"]])
    }
}
