import DoppelTestSupport
import Foundation
import Testing

/// Streaming: cloning a 500,000-row table takes about as much memory as cloning a 10,000-row one.
/// Both run as child processes; the kernel's count of each one's peak resident memory (`ru_maxrss`) is compared.
/// Holding the big table in memory would cost well over 100 MB (500k rows × 4 values); the bound is
/// 40 MB of difference, which leaves room for SQLite's page cache (32 MB at most) to fill up.
@Suite struct MemoryTests {
    static let policy = """
        version: 1
        seed: 5
        secret: env:DOPPEL_SECRET
        tables:
          person:
            columns:
              id: keep
              name: { pii: name, rule: fake }
              email: { pii: email, rule: fake, unique: true }
              phone: { pii: phone, rule: pseudonymize }
              born: { pii: date_of_birth, rule: generalize, to: year }
        """

    func peakMemory(rows: Int, in directory: TemporaryDirectory) throws -> Int {
        let source = directory.file("source-\(rows).db")
        try SQLiteFixture.create(source, sql: """
            CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT NOT NULL, phone TEXT, born DATE);
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < \(rows))
            INSERT INTO person SELECT i, 'Person Number ' || i, 'person' || i || '@corp.test',
                '+1 (' || (200 + i % 700) || ') 555-' || printf('%04d', i % 10000), date('1950-01-01', '+' || (i % 20000) || ' days') FROM n;
            """)
        let policy = directory.file("policy.yaml")
        try Self.policy.write(toFile: policy, atomically: true, encoding: .utf8)
        let summary = directory.file("summary-\(rows).json")
        let run = try DoppelProcess.runMeasuringMemory(
            ["clone", "--policy", policy, "--source", "sqlite:" + source, "--target", "sqlite:" + directory.file("clone-\(rows).db"), "--quiet", "--summary-json", summary],
            environment: ["DOPPEL_SECRET": String(repeating: "m", count: 32), "DOPPEL_LEDGER": directory.file("ledger.sqlite")])
        #expect(run.status == 0, "\(run.standardError)")
        let json = try JSONSerialization.jsonObject(with: SQLiteFixture.bytes(summary)) as? [String: Any]
        #expect(json?["rowsWritten"] as? Int == rows)
        #expect(run.peakResidentBytes > 0)
        return run.peakResidentBytes
    }

    @Test func peakMemoryDoesNotGrowWithTheTable() throws {
        let directory = try TemporaryDirectory()
        let small = try peakMemory(rows: 10_000, in: directory)
        let large = try peakMemory(rows: 500_000, in: directory)
        let difference = large - small
        #expect(difference < 40 * 1_048_576, "peak memory grew by \(difference / 1_048_576) MB from 10k to 500k rows")
    }
}
