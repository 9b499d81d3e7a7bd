import DoppelTestSupport
import Foundation
import Testing
import DoppelCore

/// Clones run as child processes: determinism across processes, the ledger, and the summary JSON.
@Suite struct CloneProcessTests {
    static let secret = String(repeating: "determinism-secret-", count: 2)

    func clone(_ policy: String, target: String, secret: String = CloneProcessTests.secret, in directory: TemporaryDirectory, extra: [String] = []) throws -> DoppelProcess.Result {
        try DoppelProcess.run(
            ["clone", "--policy", policy, "--source", "sqlite:" + Fixtures.chinookSQLite, "--target", "sqlite:" + target, "--quiet"] + extra,
            environment: ["DOPPEL_SECRET": secret, "DOPPEL_LEDGER": directory.file("ledger.sqlite")])
    }

    @Test func twoProcessesWriteByteIdenticalClones() throws {
        let directory = try TemporaryDirectory()
        let first = try clone(Fixtures.policy("chinook.yaml"), target: directory.file("a.db"), in: directory)
        let second = try clone(Fixtures.policy("chinook.yaml"), target: directory.file("b.db"), in: directory)
        #expect(first.status == 0, "\(first.standardError)")
        #expect(second.status == 0, "\(second.standardError)")
        #expect(SQLiteFixture.bytes(directory.file("a.db")) == SQLiteFixture.bytes(directory.file("b.db")))
        #expect(!SQLiteFixture.bytes(directory.file("a.db")).isEmpty)
    }

    /// Another seed changes fakes and shifts; another secret changes them too (fakes are keyed by both).
    @Test func anotherSeedOrSecretChangesTheMaskedValues() throws {
        let directory = try TemporaryDirectory()
        let original = try String(contentsOfFile: Fixtures.policy("chinook.yaml"), encoding: .utf8)
        let reseeded = directory.file("reseeded.yaml")
        try original.replacingOccurrences(of: "seed: 1\n", with: "seed: 2\n").write(toFile: reseeded, atomically: true, encoding: .utf8)
        #expect(try clone(Fixtures.policy("chinook.yaml"), target: directory.file("a.db"), in: directory).status == 0)
        #expect(try clone(reseeded, target: directory.file("b.db"), in: directory).status == 0)
        #expect(try clone(Fixtures.policy("chinook.yaml"), target: directory.file("c.db"), secret: String(repeating: "another-secret-value-", count: 2), in: directory).status == 0)
        func column(_ file: String, _ sql: String) throws -> [String] {
            try SQLiteFixture.rows(directory.file(file), sql).map { $0[0].textRepresentation ?? "NULL" }
        }
        for sql in ["SELECT Email FROM Customer ORDER BY CustomerId", "SELECT HireDate FROM Employee ORDER BY EmployeeId", "SELECT Phone FROM Customer ORDER BY CustomerId"] {
            let a = try column("a.db", sql)
            let b = try column("b.db", sql)
            let c = try column("c.db", sql)
            let changedBySeed = zip(a, b).filter { $0 != $1 }.count
            let changedBySecret = zip(a, c).filter { $0 != $1 }.count
            // Shifts are drawn from ±90 days with zero excluded; emails and phones from huge spaces: all should change.
            #expect(changedBySeed * 10 >= a.count * 9, "\(sql): \(changedBySeed) of \(a.count) changed with the seed")
            #expect(changedBySecret * 10 >= a.count * 9, "\(sql): \(changedBySecret) of \(a.count) changed with the secret")
        }
        // Untouched columns stay identical.
        #expect(try column("a.db", "SELECT Name FROM Track ORDER BY TrackId") == column("b.db", "SELECT Name FROM Track ORDER BY TrackId"))
    }

    @Test func summaryJSONAndTheLedger() throws {
        let directory = try TemporaryDirectory()
        let summary = directory.file("summary.json")
        let result = try clone(Fixtures.policy("chinook.yaml"), target: directory.file("a.db"), in: directory, extra: ["--summary-json", summary])
        #expect(result.status == 0)
        #expect(result.standardOutput.isEmpty)  // --quiet
        let json = try #require(try JSONSerialization.jsonObject(with: SQLiteFixture.bytes(summary)) as? [String: Any])
        #expect(json["rowsWritten"] as? Int == 15_607)
        #expect((json["tables"] as? [Any])?.count == 11)
        #expect(json["peakMemoryBytes"] as? Int ?? 0 > 0)
        let text = String(decoding: SQLiteFixture.bytes(summary), as: UTF8.self)
        #expect(!text.contains("@chinookcorp.com"))
        let runs = try DoppelProcess.run(["runs", "--ledger", directory.file("ledger.sqlite")])
        #expect(runs.status == 0)
        #expect(runs.standardOutput.contains("clone  ok  15607 rows"))
    }

    /// Runs that fail before anything is opened are in the ledger too, and `doppel runs` shows how each ended.
    @Test func failedRunsAreListedWithTheirStatusAndKind() throws {
        let directory = try TemporaryDirectory()
        let broken = directory.file("broken.yaml")
        try "version: 1\ntables: [broken\n".write(toFile: broken, atomically: true, encoding: .utf8)
        let failed = try clone(broken, target: directory.file("a.db"), in: directory)
        #expect(failed.status == 1)
        let unreachable = try DoppelProcess.run(
            ["clone", "--policy", Fixtures.policy("chinook.yaml"), "--source", "postgres://127.0.0.1:1/x", "--target", "sqlite:" + directory.file("b.db"), "--quiet"],
            environment: ["DOPPEL_SECRET": Self.secret, "DOPPEL_LEDGER": directory.file("ledger.sqlite")])
        #expect(unreachable.status == 3)
        let runs = try DoppelProcess.run(["runs", "--ledger", directory.file("ledger.sqlite")])
        #expect(runs.status == 0)
        #expect(runs.standardOutput.contains("clone  failed (exit 1, policy)"), "\(runs.standardOutput)")
        #expect(runs.standardOutput.contains("clone  failed (exit 3, connection)"), "\(runs.standardOutput)")
        let json = try DoppelProcess.run(["runs", "--ledger", directory.file("ledger.sqlite"), "--json"])
        #expect(json.standardOutput.contains(#""errorKind" : "connection""#), "\(json.standardOutput)")
    }
}
