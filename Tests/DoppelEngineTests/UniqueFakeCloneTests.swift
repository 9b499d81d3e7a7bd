import DoppelCore
import DoppelEngine
import DoppelTestSupport
import Foundation
import Testing

/// Unique fakes through a whole clone: the same value gets the same fake in another column of its kind, even
/// when the assignment moved it, and no fake is a source value or carries a tag.
@Suite struct UniqueFakeCloneTests {
    static let schema = """
        CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, name TEXT NOT NULL);
        CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_email TEXT NOT NULL, total INTEGER NOT NULL);
        """

    static let policy = """
        version: 1
        seed: 11
        secret: env:DOPPEL_SECRET
        tables:
          customers:
            columns:
              id: keep
              email: { pii: email, rule: fake, unique: true }
              name: { pii: name, rule: fake, unique: true }
          orders:
            columns: { id: keep, customer_email: { pii: email, rule: fake }, total: keep }
        """

    /// Common names make many first candidates meet, so the assignment moves values: the other column must
    /// follow them exactly, and the fakes must carry no tag.
    @Test func aValueGetsOneUniqueFakeInEveryColumn() throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("source.sqlite")
        let names = ["Mary Smith", "James Smith", "Mary Johnson", "John Smith"]
        var sql = Self.schema
        for id in 1...3_000 {
            let name = names[id % names.count]
            sql += "INSERT INTO customers VALUES (\(id), '\(name.lowercased().replacingOccurrences(of: " ", with: "."))\(id)@corp.test', '\(name) \(id)');\n"
            sql += "INSERT INTO orders VALUES (\(id), '\(name.lowercased().replacingOccurrences(of: " ", with: "."))\(id)@corp.test', \(id * 7));\n"
        }
        try SQLiteFixture.create(source, sql: sql)
        let target = directory.file("clone.sqlite")
        _ = try EngineHarness.clone(policy: Self.policy, source: source, target: target, in: directory)
        #expect(try SQLiteFixture.integer(target, "SELECT count(DISTINCT email) FROM customers") == 3_000)
        #expect(try SQLiteFixture.integer(target, "SELECT count(DISTINCT name) FROM customers") == 3_000)
        #expect(try SQLiteFixture.integer(target, "SELECT count(*) FROM orders o JOIN customers c ON c.email = o.customer_email AND c.id = o.id") == 3_000)
        #expect(try SQLiteFixture.integer(target, "SELECT count(*) FROM customers WHERE email LIKE '%@corp.test'") == 0)
        let emails = try SQLiteFixture.rows(target, "SELECT email FROM customers").compactMap { $0.first?.textRepresentation }
        // The old tag: a run of base-36 with digits inside it (`mary.smith.3k9f0x2pq7z1@`); realistic local
        // parts end in a number at most (`marysmith84@`).
        let tagged = emails.filter { email in
            email.split(separator: "@")[0].split(whereSeparator: { $0 == "." || $0 == "_" }).contains { part in
                let trimmed = part.reversed().drop(while: \.isNumber)
                return trimmed.contains(where: \.isNumber)
            }
        }
        #expect(tagged.isEmpty, "\(tagged.prefix(3))")
    }
}
