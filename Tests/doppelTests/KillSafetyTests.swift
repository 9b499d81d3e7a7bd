import DoppelCore
import DoppelTestSupport
import Foundation
import Testing

/// A clone SIGKILLed at any stage leaves the previous target byte-identical; the next run removes what
/// the killed one left behind and succeeds.
@Suite struct KillSafetyTests {
    static let source = """
        CREATE TABLE people (id INTEGER PRIMARY KEY, email TEXT NOT NULL, joined DATE);
        CREATE INDEX people_joined ON people(joined);
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)
        INSERT INTO people SELECT i, 'person' || i || '@corp.test', date('2020-01-01', '+' || (i % 1000) || ' days') FROM n;
        """
    static let policy = """
        version: 1
        seed: 5
        secret: env:DOPPEL_SECRET
        tables:
          people:
            columns:
              id: keep
              email: { pii: email, rule: fake, unique: true }
              joined: { rule: shift, days: 10 }
        """

    @Test(arguments: ["created", "loading", "indexes", "checks", "rename"])
    func killedAt(stage: String) throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("source.db")
        try SQLiteFixture.create(source, sql: Self.source)
        let policy = directory.file("policy.yaml")
        try Self.policy.write(toFile: policy, atomically: true, encoding: .utf8)
        let target = directory.file("target.db")
        try SQLiteFixture.create(target, sql: "PRAGMA application_id = \(CloneMark.sqliteApplicationID); CREATE TABLE previous (x); INSERT INTO previous VALUES ('last night');")
        let before = SQLiteFixture.bytes(target)
        let environment = ["DOPPEL_SECRET": String(repeating: "k", count: 32), "DOPPEL_LEDGER": directory.file("ledger.sqlite")]
        let arguments = ["clone", "--policy", policy, "--source", "sqlite:" + source, "--target", "sqlite:" + target, "--quiet"]

        let run = try DoppelProcess.killed(at: stage, arguments, environment: environment)
        #expect(run.reached, "never reached \(stage): \(run.standardError)")
        #expect(run.bySignal)

        #expect(SQLiteFixture.bytes(target) == before, "the target changed after a kill at \(stage)")
        #expect(try SQLiteFixture.rows(target, "SELECT x FROM previous") == [[.text("last night")]])

        let next = try DoppelProcess.run(arguments, environment: environment)
        #expect(next.status == 0, "\(next.standardError)")
        #expect(try SQLiteFixture.integer(target, "SELECT count(*) FROM people") == 20_000)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.contains(".doppel-") }
        #expect(leftovers.isEmpty, "left behind: \(leftovers)")
    }
}
