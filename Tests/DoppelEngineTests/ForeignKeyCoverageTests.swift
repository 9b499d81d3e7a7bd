import DoppelCore
import DoppelEngine
import DoppelTestSupport
import Foundation
import Testing

/// The summary says how many of the source's foreign keys the clone verified, lists each one it did not with the
/// reason, and never reports a check that did not run as passed.
@Suite struct ForeignKeyCoverageTests {
    /// `audit_notes` references `audit`; the policy skips `audit` and keeps `audit_notes` (empty) in the clone.
    static let policy = """
        version: 1
        seed: 1
        secret: env:DOPPEL_SECRET
        unlisted: keep
        tables:
          audit: skip
          audit_notes: { mode: empty }
        """

    static let sqliteSchema = """
        CREATE TABLE audit (id INTEGER PRIMARY KEY, what TEXT);
        CREATE TABLE audit_notes (id INTEGER PRIMARY KEY, audit_id INTEGER REFERENCES audit(id), body TEXT);
        CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers(id));
        INSERT INTO audit VALUES (1, 'x');
        INSERT INTO audit_notes VALUES (1, 1, 'y');
        INSERT INTO customers VALUES (1, 'a'), (2, 'b');
        INSERT INTO orders VALUES (10, 1), (11, 2);
        """

    static let postgresSchema = """
        CREATE TABLE audit (id integer PRIMARY KEY, what text);
        CREATE TABLE audit_notes (id integer PRIMARY KEY, audit_id integer REFERENCES audit(id), body text);
        CREATE TABLE customers (id integer PRIMARY KEY, name text NOT NULL);
        CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer NOT NULL REFERENCES customers(id));
        INSERT INTO audit VALUES (1, 'x');
        INSERT INTO audit_notes VALUES (1, 1, 'y');
        INSERT INTO customers VALUES (1, 'a'), (2, 'b');
        INSERT INTO orders VALUES (10, 1), (11, 2);
        """

    func json(_ summary: CloneSummary) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(summary), as: UTF8.self)
    }

    @Test func aSQLiteCloneListsTheKeyToASkippedTableAsNotVerified() throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("source.db")
        try SQLiteFixture.create(source, sql: Self.sqliteSchema)
        let summary = try EngineHarness.clone(
            policy: Self.policy, from: .sqlite(path: source), to: .sqlite(path: directory.file("clone.db")), in: directory)
        let text = SummaryText.render(summary)
        #expect(text.contains("foreign keys: 1 of 2 declared by the source verified"), "\(text)")
        #expect(text.contains("not verified: audit_notes (audit_id) → audit"), "\(text)")
        #expect(text.contains("integrity_check: ok"), "\(text)")
        let json = try json(summary)
        #expect(json.contains(#""foreignKeysVerified":1"#), "\(json)")
        #expect(json.contains(#""referencedTable":"audit""#), "\(json)")
        #expect(try SQLiteFixture.rows(directory.file("ledger.sqlite"), "SELECT foreign_keys_verified, foreign_keys_unverified, integrity_check FROM runs")
            == [[.integer(1), .integer(1), .text("ok")]])
    }

    @Test func aPostgresCloneListsTheKeyToASkippedTableAndRunsNoIntegrityCheck() throws {
        let server = try TemporaryPostgres.shared.get()
        let source = try server.createDatabase("coverage", running: Self.postgresSchema)
        let directory = try TemporaryDirectory()
        let summary = try EngineHarness.clone(
            policy: Self.policy, from: .postgres(source), to: .postgres(server.newDatabaseURL("coverage_clone")), in: directory)
        let text = SummaryText.render(summary)
        #expect(text.contains("foreign keys: 1 of 2 declared by the source validated by the server"), "\(text)")
        #expect(text.contains("not verified: audit_notes (audit_id) → audit"), "\(text)")
        #expect(text.contains("integrity check: not run"), "\(text)")
        #expect(!text.contains(": ok"), "\(text)")
        #expect(!text.contains("every key"), "\(text)")
        let json = try json(summary)
        #expect(!json.contains(#""integrity":"ok""#), "\(json)")
        #expect(json.contains(#""foreignKeysVerified":1"#), "\(json)")
        #expect(try SQLiteFixture.rows(directory.file("ledger.sqlite"), "SELECT foreign_keys_verified, foreign_keys_unverified, integrity_check FROM runs")
            == [[.integer(1), .integer(1), .null]])
    }

    @Test func aCloneWithEveryParentVerifiesEveryKey() throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("source.db")
        try SQLiteFixture.create(source, sql: Self.sqliteSchema)
        let summary = try EngineHarness.clone(
            policy: EngineHarness.keepEverything, from: .sqlite(path: source), to: .sqlite(path: directory.file("clone.db")), in: directory)
        let text = SummaryText.render(summary)
        #expect(text.contains("foreign keys: 2 of 2 declared by the source verified"), "\(text)")
        #expect(!text.contains("not verified"), "\(text)")
    }

    /// A key the source declares NOT VALID is added NOT VALID: PostgreSQL checks no row against it, and the summary says so.
    @Test func aPostgresKeyDeclaredNotValidIsNotCountedAsVerified() throws {
        let server = try TemporaryPostgres.shared.get()
        let source = try server.createDatabase("notvalid", running: """
            CREATE TABLE customers (id integer PRIMARY KEY);
            CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer NOT NULL);
            INSERT INTO customers VALUES (1);
            INSERT INTO orders VALUES (10, 1);
            ALTER TABLE orders ADD CONSTRAINT orders_customer_fkey FOREIGN KEY (customer_id) REFERENCES customers(id) NOT VALID;
            """)
        let directory = try TemporaryDirectory()
        let summary = try EngineHarness.clone(
            policy: EngineHarness.keepEverything, from: .postgres(source), to: .postgres(server.newDatabaseURL("notvalid_clone")), in: directory)
        #expect(summary.foreignKeysVerified == 0)
        #expect(summary.foreignKeysUnverified.map(\.reason).first?.contains("NOT VALID") == true, "\(summary.foreignKeysUnverified)")
        #expect(SummaryText.render(summary).contains("foreign keys: 0 of 1 declared by the source validated"))
    }
}
