import DoppelCore
import DoppelEngine
import DoppelPostgres
import DoppelTestSupport
import Foundation
import Testing

/// A PostgreSQL clone replaces only schemas Doppel wrote (or empty ones) unless `--replace` says so, one run
/// at a time writes a target database, and a database the run created is gone if the run fails
/// (issue 13, defects 3, 5 and 6).
@Suite struct PostgresSafeTargetTests {
    static let shop = """
        CREATE TABLE customers (id integer PRIMARY KEY, name text NOT NULL, born text);
        CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer REFERENCES customers(id), total numeric(8,2));
        INSERT INTO customers VALUES (1, 'a', '1980-12-31'), (2, 'b', '12/31/1980');
        INSERT INTO orders VALUES (1, 1, 9.5), (2, 2, 3.0), (3, 1, 1.25);
        """

    static func databaseExists(_ server: TemporaryPostgres, _ url: String) throws -> Bool {
        let name = String(url.split(separator: "?").first?.split(separator: "/").last ?? "")
        return try PGConnection(url: server.url(database: "postgres"))
            .execute("SELECT 1 FROM pg_database WHERE datname = $1", parameters: [name]).rowCount == 1
    }

    @Test func anUnrelatedDatabaseKeepsItsTableUnlessReplaceSaysSo() throws {
        let server = try TemporaryPostgres.shared.get()
        let directory = try TemporaryDirectory()
        let source = try server.createDatabase("safe_source", running: Self.shop)
        let target = try server.createDatabase("unrelated", running: "CREATE TABLE important (id integer PRIMARY KEY); INSERT INTO important SELECT generate_series(1, 1000);")
        let refused = EngineHarness.targetRefusal {
            try EngineHarness.clone(policy: EngineHarness.keepEverything, from: .postgres(source), to: .postgres(target), in: directory)
        }
        #expect(refused?.description.contains("schema public of the target") == true)
        #expect(refused?.description.contains("table important") == true)
        #expect(refused?.description.contains("--replace") == true)
        let connection = try PGConnection(url: target)
        #expect(try connection.execute("SELECT count(*)::text FROM important").text(row: 0, column: 0) == "1000")

        try EngineHarness.clone(policy: EngineHarness.keepEverything, from: .postgres(source), to: .postgres(target), in: directory, replace: true)
        #expect(try connection.execute("SELECT to_regclass('public.important') IS NULL").text(row: 0, column: 0) == "t")
        let comment = try connection.execute("SELECT obj_description('public'::regnamespace, 'pg_namespace')").text(row: 0, column: 0)
        #expect(CloneMark.isMarked(comment: comment))
        // Its own clone is replaced without --replace, and the mark does not pile up.
        try EngineHarness.clone(policy: EngineHarness.keepEverything, from: .postgres(source), to: .postgres(target), in: directory)
        let again = try connection.execute("SELECT obj_description('public'::regnamespace, 'pg_namespace')").text(row: 0, column: 0) ?? ""
        #expect(again.components(separatedBy: "written by doppel").count == 2)
        #expect(try connection.execute("SELECT count(*)::text FROM orders").text(row: 0, column: 0) == "3")
    }

    @Test func anEmptyDatabaseAndAnExtensionOfDoppelsOwnAreNotForeign() throws {
        let server = try TemporaryPostgres.shared.get()
        let directory = try TemporaryDirectory()
        let source = try server.createDatabase("safe_source", running: Self.shop)
        let target = try server.createDatabase("empty_target")
        try EngineHarness.clone(policy: EngineHarness.keepEverything, from: .postgres(source), to: .postgres(target), in: directory)
        #expect(try PGConnection(url: target).execute("SELECT count(*)::text FROM customers").text(row: 0, column: 0) == "2")
    }

    @Test func aSecondRunIsRefusedAtOnceNamingTheRunThatHoldsTheTarget() throws {
        let server = try TemporaryPostgres.shared.get()
        let directory = try TemporaryDirectory()
        let source = try server.createDatabase("safe_source", running: Self.shop)
        let target = server.newDatabaseURL("locked_target")
        try EngineHarness.clone(policy: EngineHarness.keepEverything, from: .postgres(source), to: .postgres(target), in: directory)
        let before = try server.schemaDump(target)
        // Another run, as far as the target can tell: a session holding Doppel's lock under Doppel's name.
        let other = try PGConnection(url: target)
        _ = try other.execute("SELECT set_config('application_name', 'doppel clone, pid 4242, started 2026-12-03T01:02:03Z', false)")
        #expect(try other.execute("SELECT pg_try_advisory_lock(\(0x446F_7070), 1)::text").text(row: 0, column: 0) == "true")
        let started = Date()
        let refused = EngineHarness.targetRefusal {
            try EngineHarness.clone(policy: EngineHarness.keepEverything, from: .postgres(source), to: .postgres(target), in: directory)
        }
        #expect(Date().timeIntervalSince(started) < 5, "the second run waited")
        #expect(refused?.description.contains("another doppel run (pid 4242, started 2026-12-03T01:02:03Z) is writing this target") == true)
        #expect(try server.schemaDump(target) == before)
        _ = try other.execute("SELECT pg_advisory_unlock_all()")
        try EngineHarness.clone(policy: EngineHarness.keepEverything, from: .postgres(source), to: .postgres(target), in: directory)
    }

    @Test func aDatabaseTheRunCreatedIsDroppedWhenTheRunFails() throws {
        let server = try TemporaryPostgres.shared.get()
        let directory = try TemporaryDirectory()
        let source = try server.createDatabase("safe_source", running: Self.shop)
        let target = server.newDatabaseURL("failed_first_run")
        // `born` holds a date generalize cannot read: the run stops while loading customers.
        let policy = """
            version: 1
            seed: 1
            secret: env:DOPPEL_SECRET
            unlisted: keep
            tables:
              customers: { columns: { born: { pii: date_of_birth, rule: generalize, to: year } } }
            """
        #expect(throws: (any Error).self) {
            try EngineHarness.clone(policy: policy, from: .postgres(source), to: .postgres(target), in: directory)
        }
        #expect(try !Self.databaseExists(server, target))
        // A database that was there before the failed run stays.
        let existing = try server.createDatabase("existing_target")
        #expect(throws: (any Error).self) {
            try EngineHarness.clone(policy: policy, from: .postgres(source), to: .postgres(existing), in: directory)
        }
        #expect(try Self.databaseExists(server, existing))
    }
}
