import DoppelCore
import DoppelEngine
import DoppelPostgres
import DoppelTestSupport
import Foundation
import Testing

/// `--jobs 2` reads a large table in two block ranges of one shared snapshot, each through its own rules,
/// and writes the same clone as one reader.
@Suite struct PostgresParallelReadTests {
    @Test func twoReadersWriteTheSameCloneAsOne() throws {
        let server = try TemporaryPostgres.shared.get()
        let source = try server.createDatabase("parallel")
        // About 14 MiB: more than the 8 MiB from which a table is split.
        try PGConnection(url: source).execute("""
            CREATE TABLE big (id integer PRIMARY KEY, email text NOT NULL, payload text NOT NULL);
            INSERT INTO big SELECT i, 'user' || i || '@corp.test', md5(i::text) || repeat('x', 60) FROM generate_series(1, 120000) AS i;
            CREATE TABLE child (id integer PRIMARY KEY, big_id integer NOT NULL REFERENCES big(id));
            INSERT INTO child SELECT i, 1 + (i * 7919) % 120000 FROM generate_series(1, 1000) AS i;
            """)
        #expect(try PostgresSource(url: source).blockCount(of: Table(name: "big", columns: [])) >= 1024)
        let policy = """
            version: 1
            seed: 9
            secret: env:DOPPEL_SECRET
            unlisted: keep
            tables:
              big:
                columns:
                  id: pseudonymize
                  email: { pii: email, rule: fake, unique: true }
            """
        let directory = try TemporaryDirectory()
        let one = server.newDatabaseURL("parallel_one")
        let two = server.newDatabaseURL("parallel_two")
        try EngineHarness.clone(policy: policy, from: .postgres(source), to: .postgres(one), in: directory, jobs: 1)
        let summary = try EngineHarness.clone(policy: policy, from: .postgres(source), to: .postgres(two), in: directory, jobs: 2)
        #expect(summary.tables.first { $0.table == "big" }?.rowsWritten == 120_000)
        #expect(summary.tables.first { $0.table == "big" }?.readers == 2)
        #expect(summary.tables.first { $0.table == "child" }?.readers == 1)  // small tables keep one reader
        let digest = "SELECT count(*)::text, md5(string_agg(id || '|' || email || '|' || payload, ',' ORDER BY id)) FROM big"
        let children = "SELECT md5(string_agg(id || '|' || big_id, ',' ORDER BY id)) FROM child"
        #expect(try PGConnection(url: two).execute(digest).rows() == PGConnection(url: one).execute(digest).rows())
        #expect(try PGConnection(url: two).execute(children).rows() == PGConnection(url: one).execute(children).rows())
        #expect(try PGConnection(url: two).execute("SELECT count(*) FROM big b JOIN child c ON c.big_id = b.id").rows() == [["1000"]])
    }
}
