import DoppelCore
import DoppelEngine
import DoppelPostgres
import DoppelTestSupport
import Foundation
import Testing

/// The adversarial schema (``AdversarialPostgres``) cloned PostgreSQL to PostgreSQL with every column kept:
/// one test per feature, each comparing the clone with the source through the catalog or the data.
@Suite struct PostgresCloneTests {
    /// One source and one clone for the whole suite; tests that write do it in a transaction they roll back.
    static let pair: Result<(source: String, clone: String), any Error> = Result {
        let server = try TemporaryPostgres.shared.get()
        let source = try server.createDatabase("adversarial", running: AdversarialPostgres.sql)
        let clone = server.newDatabaseURL("adversarial_clone")
        let directory = try TemporaryDirectory()
        try EngineHarness.clone(policy: AdversarialPostgres.keepPolicy, from: .postgres(source), to: .postgres(clone), in: directory)
        return (source, clone)
    }

    let source: PGConnection
    let clone: PGConnection

    init() throws {
        let pair = try Self.pair.get()
        source = try PGConnection(url: pair.source)
        clone = try PGConnection(url: pair.clone)
    }

    func both(_ sql: String) throws -> (source: [[String?]], clone: [[String?]]) {
        (try source.execute(sql).rows(), try clone.execute(sql).rows())
    }

    @Test func everyTableWithItsRowsAndEveryValueExactly() throws {
        let tables = try source.execute("SELECT relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND relkind IN ('r', 'p') ORDER BY relname").rows().compactMap { $0[0] }
        #expect(tables.count == 8)  // six tables and two partitions
        for table in tables {
            // Every column of every row, as PostgreSQL prints it: types, escapes, arrays, json, bytea, intervals, tsvectors.
            let sql = "SELECT row_to_json(t)::text FROM \(source.quote(table)) t ORDER BY row_to_json(t)::text"
            let (before, after) = try both(sql)
            #expect(before.count > 0, "\(table) is empty in the source")
            #expect(after == before, "\(table) differs")
        }
    }

    @Test func tabsNewlinesBackslashesAndNonASCIISurviveInEveryTextType() throws {
        let (before, after) = try both(#"SELECT "Display Name", "select", "naïve_名前" FROM "Account Holder" WHERE id = 7"#)
        #expect(after == before)
        #expect(after.first?.first == AdversarialPostgres.trickyText)
        #expect(try clone.execute("SELECT body FROM ticket WHERE line = 5").rows() == [[AdversarialPostgres.trickyText]])
    }

    @Test func constraintsAreTheSame() throws {
        let sql = """
            SELECT c.relname, con.conname, con.contype::text, pg_get_constraintdef(con.oid), con.condeferrable::text, con.condeferred::text
            FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' ORDER BY 1, 2
            """
        let (before, after) = try both(sql)
        #expect(before.count >= 14)
        #expect(after == before)
        // The key that references a unique constraint, the deferrable cycle and the self-reference are among them.
        #expect(after.contains { $0[1] == "note_ticket_holder_ticket_line_fkey" })
        #expect(after.contains { $0[1] == "team_captain_fkey" && $0[5] == "true" })
        #expect(after.contains { $0[1] == "Account Holder_sponsor_id_fkey" })
    }

    @Test func indexesAreTheSameIncludingExpressionPartialAndGIN() throws {
        let (before, after) = try both("SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1, 2")
        #expect(after == before)
        #expect(after.contains { $0[1] == "holder_search" })
        #expect(after.contains { $0[1] == "ticket_with_body" })
    }

    @Test func columnsKeepTheirExactTypesDefaultsIdentityAndGeneration() throws {
        let sql = """
            SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull::text, a.attidentity::text, a.attgenerated::text,
                   pg_get_expr(d.adbin, d.adrelid)
            FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped ORDER BY 1, a.attnum
            """
        let (before, after) = try both(sql)
        #expect(after == before)
        #expect(after.contains { $0[1] == "tags" && $0[2] == "text[]" })
        #expect(after.contains { $0[1] == "email" && $0[2] == "email_text" })
    }

    @Test func enumsDomainsAndTheExtensionAreThere() throws {
        let (labels, cloneLabels) = try both("SELECT string_agg(enumlabel, ',' ORDER BY enumsortorder) FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid WHERE t.typname = 'mood'")
        #expect(cloneLabels == labels)
        let domains = "SELECT t.typname, pg_get_constraintdef(c.oid) FROM pg_type t JOIN pg_constraint c ON c.contypid = t.oid ORDER BY 1"
        let (sourceDomains, cloneDomains) = try both(domains)
        #expect(cloneDomains == sourceDomains)
        #expect(try clone.execute("SELECT count(*) FROM pg_extension WHERE extname = 'citext'").rows() == [["1"]])
    }

    /// (With an explicit key, so the sequence the next test reads is not advanced.)
    @Test func theTriggerDidNotFireDuringTheLoadButFiresAfterIt() throws {
        #expect(try clone.execute("SELECT count(*) FROM ticket WHERE body = 'CORRUPTED BY TRIGGER'").rows() == [["0"]])
        try clone.execute("BEGIN")
        defer { _ = try? clone.execute("ROLLBACK") }
        let body = try clone.execute("INSERT INTO ticket (no, holder, line, body) VALUES (999999, 1, 100000, 'fresh') RETURNING body").rows()
        #expect(body == [["CORRUPTED BY TRIGGER"]])
    }

    @Test func identitySerialAndSequenceDefaultsContinuePastTheHighestKey() throws {
        try clone.execute("BEGIN")
        defer { _ = try? clone.execute("ROLLBACK") }
        let holder = try clone.execute(#"INSERT INTO "Account Holder" ("Display Name") VALUES ('new') RETURNING id"#).rows()
        #expect(holder == [["61"]])
        let ticket = try clone.execute("INSERT INTO ticket (holder, line) VALUES (1, 100001) RETURNING no").rows()
        #expect(ticket == [["1300"]])
        let note = try clone.execute(#"INSERT INTO note ("text") VALUES ('x') RETURNING id"#).rows()
        #expect(note == [["31"]])
    }

    @Test func viewsAndTheMaterializedViewAreRecreatedAndFilled() throws {
        let (before, after) = try both("SELECT viewname, definition FROM pg_views WHERE schemaname = 'public' UNION ALL SELECT matviewname, definition FROM pg_matviews WHERE schemaname = 'public' ORDER BY 1")
        #expect(after == before)
        #expect(try clone.execute("SELECT n FROM ticket_totals").rows() == [["300"]])
    }

    @Test func partitionsAreRecreatedWithTheirBounds() throws {
        let (before, after) = try both("SELECT c.relname, pg_get_expr(c.relpartbound, c.oid) FROM pg_class c WHERE c.relispartition AND c.relkind = 'r' ORDER BY 1")
        #expect(after == before)
        #expect(after.count == 2)
    }

    @Test func rowLevelSecurityIsEnabledWithItsPolicies() throws {
        let (before, after) = try both("SELECT tablename, policyname, permissive, roles::text, cmd, qual FROM pg_policies WHERE schemaname = 'public' ORDER BY 1, 2")
        #expect(after == before)
        #expect(try clone.execute("SELECT relrowsecurity::text FROM pg_class WHERE relname = 'ticket'").rows() == [["true"]])
    }

    @Test func commentsOnTablesColumnsAndViews() throws {
        let sql = """
            SELECT c.relname, d.objsubid::text, d.description FROM pg_description d JOIN pg_class c ON c.oid = d.objoid
            JOIN pg_namespace n ON n.oid = c.relnamespace WHERE d.classoid = 'pg_class'::regclass AND n.nspname = 'public' ORDER BY 1, 2
            """
        let (before, after) = try both(sql)
        #expect(before.count == 3)
        #expect(after == before)
    }

    @Test func noStagingSchemaIsLeft() throws {
        #expect(try clone.execute("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'doppel%'").rows().isEmpty)
    }
}
