import DoppelCore
import DoppelEngine
import DoppelPostgres
import DoppelTestSupport
import Foundation
import Testing

/// GRANTs and row-level security policies follow the policy's `roles` map; a role the target lacks is
/// left out with a warning, and `~` drops a role's grants.
@Suite struct PostgresRolesTests {
    @Test func grantsAndPoliciesAreMappedAndMissingRolesLeftOut() throws {
        let server = try TemporaryPostgres.shared.get()
        let suffix = UUID().uuidString.prefix(8).lowercased()
        let reader = "reader_\(suffix)", qa = "qa_reader_\(suffix)", writer = "writer_\(suffix)", auditor = "auditor_\(suffix)"
        let admin = try PGConnection(url: server.adminURL)
        for role in [reader, qa, writer, auditor] { try admin.execute("CREATE ROLE \(role)") }
        let source = try server.createDatabase("roles", running: """
            CREATE TABLE t (id int PRIMARY KEY, x text);
            INSERT INTO t VALUES (1, 'a');
            GRANT SELECT ON t TO \(reader);
            GRANT INSERT, UPDATE ON t TO \(writer);
            GRANT SELECT ON t TO \(auditor);
            ALTER TABLE t ENABLE ROW LEVEL SECURITY;
            CREATE POLICY readers ON t FOR SELECT TO \(reader), \(auditor) USING (id > 0);
            """)
        let target = server.url(database: "roles_clone_\(suffix)")
        let policy = """
            version: 1
            seed: 1
            secret: env:DOPPEL_SECRET
            unlisted: keep
            roles:
              \(reader): \(qa)
              \(writer): missing_role_\(suffix)
              \(auditor): ~
            tables: {}
            """
        let directory = try TemporaryDirectory()
        try EngineHarness.clone(policy: policy, from: .postgres(source), to: .postgres(target), in: directory)
        let clone = try PGConnection(url: target)
        func privilege(_ role: String, _ kind: String) throws -> String? {
            try clone.execute("SELECT has_table_privilege('\(role)', 't', '\(kind)')::text").text(row: 0, column: 0)
        }
        #expect(try privilege(qa, "SELECT") == "true")
        #expect(try privilege(reader, "SELECT") == "false")
        #expect(try privilege(writer, "INSERT") == "false")
        #expect(try privilege(auditor, "SELECT") == "false")
        #expect(try clone.execute("SELECT roles::text FROM pg_policies WHERE policyname = 'readers'").rows() == [["{\(qa)}"]])
    }

    @Test func unsupportedFailStopsBeforeAnythingIsWritten() throws {
        let server = try TemporaryPostgres.shared.get()
        let source = try server.createDatabase("unsupported", running: "CREATE TABLE t (id int PRIMARY KEY CHECK (id > 0)); CREATE VIEW v AS SELECT id FROM t;")
        let directory = try TemporaryDirectory()
        let target = directory.file("clone.sqlite")
        let policy = "version: 1\nseed: 1\nsecret: env:DOPPEL_SECRET\nunlisted: keep\nunsupported: fail\ntables: {}\n"
        do {
            try EngineHarness.clone(policy: policy, from: .postgres(source), to: .sqlite(path: target), in: directory)
            Issue.record("the clone ran although the policy says `unsupported: fail`")
        } catch {
            #expect("\(error)".contains("view v"))
            #expect("\(error)".contains("CHECK"))
        }
        #expect(!FileManager.default.fileExists(atPath: target))
        // With the default (`warn`) the same clone runs and leaves the view out.
        try EngineHarness.clone(policy: policy.replacingOccurrences(of: "unsupported: fail\n", with: ""), from: .postgres(source), to: .sqlite(path: target), in: directory)
        #expect(try SQLiteFixture.integer(target, "SELECT count(*) FROM sqlite_schema WHERE type = 'view'") == 0)
    }
}
