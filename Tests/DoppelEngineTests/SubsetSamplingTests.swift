import DoppelCore
import DoppelEngine
import DoppelTestSupport
import Foundation
import Testing

/// Keyed samples (`percent`, `rows`, `children: { percent }`) on Chinook, a schema the subset was not built
/// around: the same seed picks the same rows, another seed others, and the result is whole. Masking rules,
/// pseudonymized keys among them, apply to the rows kept; a synthesized child follows the parents kept.
@Suite struct SubsetSamplingTests {
    static let chinookPolicy = Fixtures.packageRoot.appendingPathComponent("Policies/chinook.yaml").path
    /// Holds every clone of a test until the test ends.
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory()
    }

    /// Chinook's own policy (every PII column masked) with `subset` added and the seed replaced.
    func policy(_ subset: String, seed: Int = 1) throws -> String {
        let text = try String(contentsOfFile: Self.chinookPolicy, encoding: .utf8).replacingOccurrences(of: "seed: 1\n", with: "seed: \(seed)\n")
        return text + "\nsubset:\n" + subset.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n") + "\n"
    }

    func clone(_ policy: String) throws -> String {
        let target = directory.file("subset-\(UUID().uuidString).db")
        _ = try EngineHarness.clone(policy: policy, source: Fixtures.chinookSQLite, target: target, in: directory)
        #expect(try SQLiteFixture.rows(target, "PRAGMA foreign_key_check").isEmpty)
        return target
    }

    func ids(_ path: String, _ sql: String) throws -> [Int64] {
        try SQLiteFixture.rows(path, sql).compactMap { if case .integer(let id) = $0[0] { id } else { nil } }
    }

    @Test func aPercentSampleIsTheSameForTheSameSeedAndWhole() throws {
        let first = try clone(policy("start: { Customer: { percent: 20 } }"))
        let again = try clone(policy("start: { Customer: { percent: 20 } }"))
        let other = try clone(policy("start: { Customer: { percent: 20 } }", seed: 2))
        let customers = try ids(first, "SELECT CustomerId FROM Customer ORDER BY 1")
        #expect(customers.count >= 5 && customers.count <= 20)  // 20 % of 59, drawn
        #expect(try ids(again, "SELECT CustomerId FROM Customer ORDER BY 1") == customers)
        #expect(try ids(other, "SELECT CustomerId FROM Customer ORDER BY 1") != customers)
        // Every invoice of a kept customer, with every line; every track they bought, and no other.
        let source = Fixtures.chinookSQLite
        let list = customers.map(String.init).joined(separator: ",")
        #expect(try ids(first, "SELECT InvoiceId FROM Invoice ORDER BY 1") == ids(source, "SELECT InvoiceId FROM Invoice WHERE CustomerId IN (\(list)) ORDER BY 1"))
        #expect(try ids(first, "SELECT InvoiceLineId FROM InvoiceLine ORDER BY 1") == ids(source, """
            SELECT InvoiceLineId FROM InvoiceLine WHERE InvoiceId IN (SELECT InvoiceId FROM Invoice WHERE CustomerId IN (\(list))) ORDER BY 1
            """))
        #expect(try ids(first, "SELECT TrackId FROM Track ORDER BY 1") == ids(source, """
            SELECT DISTINCT TrackId FROM InvoiceLine WHERE InvoiceId IN (SELECT InvoiceId FROM Invoice WHERE CustomerId IN (\(list))) ORDER BY 1
            """))
        // The masked columns are masked in the subset as in a whole clone: no kept customer keeps their email.
        #expect(try SQLiteFixture.integer(first, "SELECT count(*) FROM Customer WHERE Email LIKE '%@%'") == Int64(customers.count))
        let sourceEmails = Set(try SQLiteFixture.rows(source, "SELECT Email FROM Customer").compactMap(\.[0].textRepresentation))
        #expect(try SQLiteFixture.rows(first, "SELECT Email FROM Customer").allSatisfy { !sourceEmails.contains($0[0].textRepresentation ?? "") })
    }

    @Test func aRowCountSampleKeepsExactlyThatMany() throws {
        let target = try clone(policy("start: { Customer: { rows: 10, where: \"Country <> 'USA'\" } }"))
        #expect(try SQLiteFixture.integer(target, "SELECT count(*) FROM Customer") == 10)
        #expect(try SQLiteFixture.integer(target, "SELECT count(*) FROM Customer WHERE Country = 'USA'") == 0)
    }

    @Test func aShareOfChildrenFollows() throws {
        let all = try clone(policy("start: { Customer: { percent: 50 } }"))
        let half = try clone(policy("start: { Customer: { percent: 50 } }\nchildren: { percent: 50 }"))
        #expect(try ids(half, "SELECT CustomerId FROM Customer ORDER BY 1") == ids(all, "SELECT CustomerId FROM Customer ORDER BY 1"))
        let invoices = try SQLiteFixture.integer(all, "SELECT count(*) FROM Invoice")
        let sampled = try SQLiteFixture.integer(half, "SELECT count(*) FROM Invoice")
        #expect(Double(sampled) > 0.35 * Double(invoices) && Double(sampled) < 0.65 * Double(invoices), "\(sampled) of \(invoices)")
        // A kept invoice's lines are a half of its lines in turn.
        let lines = try SQLiteFixture.integer(half, "SELECT count(*) FROM InvoiceLine")
        let linesOfKept = try SQLiteFixture.integer(Fixtures.chinookSQLite, """
            SELECT count(*) FROM InvoiceLine WHERE InvoiceId IN (\(try ids(half, "SELECT InvoiceId FROM Invoice").map(String.init).joined(separator: ",")))
            """)
        #expect(Double(lines) > 0.3 * Double(linesOfKept) && Double(lines) < 0.7 * Double(linesOfKept), "\(lines) of \(linesOfKept)")
    }

    @Test func pseudonymizedKeysKeepTheSubsetWhole() throws {
        let policy = SubsetShop.policy(subset: #"start: { customers: "store_id = 1" }"#, tables: """
            customers: { columns: { id: pseudonymize } }
            staff: { columns: { id: pseudonymize } }
            """).replacingOccurrences(of: "seed: 7\n", with: "seed: 7\nsecret: env:DOPPEL_SECRET\n")
        let directory = try TemporaryDirectory()
        let source = directory.file("shop.db")
        try SQLiteFixture.create(source, sql: SubsetShop.sqlite)
        let target = directory.file("subset.db")
        _ = try EngineHarness.clone(policy: policy, source: source, target: target, in: directory)
        #expect(try SQLiteFixture.rows(target, "PRAGMA foreign_key_check").isEmpty)
        let keys = try SubsetTests.keys(target)
        #expect(keys["customers"]?.count == 4 && keys["customers"] != ["1", "2", "4", "5"])
        #expect(keys["orders"] == SubsetTests.storeOne["orders"] && keys["payments"] == SubsetTests.storeOne["payments"])
        #expect(keys["staff"]?.count == 3)
    }

    @Test func aSynthesizedChildFollowsTheParentsKept() throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("accounts.db")
        var sql = """
            CREATE TABLE accounts (id INTEGER PRIMARY KEY, region INTEGER NOT NULL);
            CREATE TABLE events (id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL REFERENCES accounts(id), amount INTEGER NOT NULL);
            """
        for account in 1...200 { sql += "INSERT INTO accounts VALUES (\(account), \(account % 4));\n" }
        for event in 1...2000 { sql += "INSERT INTO events VALUES (\(event), \(1 + event % 200), \(event % 97));\n" }
        try SQLiteFixture.create(source, sql: sql)
        let policy = """
            version: 1
            seed: 5
            unlisted: keep
            subset: { start: { accounts: "region = 1" } }
            tables:
              events: { mode: synthesize }
            """
        let target = directory.file("subset.db")
        _ = try EngineHarness.clone(policy: policy, source: source, target: target, in: directory)
        #expect(try SQLiteFixture.integer(target, "SELECT count(*) FROM accounts") == 50)
        let events = try SQLiteFixture.integer(target, "SELECT count(*) FROM events")
        #expect(events > 350 && events < 650, "\(events) events for 50 of 200 accounts with 10 each")
        #expect(try SQLiteFixture.integer(target, "SELECT count(*) FROM events WHERE account_id NOT IN (SELECT id FROM accounts)") == 0)
    }
}
