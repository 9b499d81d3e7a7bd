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

    /// A referenced key may take a unique fake: its references get the same fakes (the target checks the
    /// foreign key), realistic emails instead of format-preserving pseudonyms.
    @Test func aReferencedKeyTakesAUniqueFakeAndItsReferencesFollow() throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("source.sqlite")
        var sql = """
            CREATE TABLE accounts (email TEXT PRIMARY KEY, name TEXT NOT NULL);
            CREATE TABLE logins (id INTEGER PRIMARY KEY, account_email TEXT NOT NULL REFERENCES accounts(email), at TEXT NOT NULL);

            """
        for id in 1...2_000 {
            let email = ["mary.smith", "james.smith", "john.smith"][id % 3] + "\(id)@corp.test"
            sql += "INSERT INTO accounts VALUES ('\(email)', 'Person \(id)');\n"
            sql += "INSERT INTO logins VALUES (\(id), '\(email)', '2024-01-01');\n"
        }
        try SQLiteFixture.create(source, sql: sql)
        let policy = """
            version: 1
            seed: 3
            secret: env:DOPPEL_SECRET
            tables:
              accounts:
                columns:
                  email: { pii: email, rule: fake, unique: true }
                  name: { pii: name, rule: fake }
              logins:
                columns: { id: keep, at: keep }
            """
        let target = directory.file("clone.sqlite")
        _ = try EngineHarness.clone(policy: policy, source: source, target: target, in: directory)
        #expect(try SQLiteFixture.integer(target, "SELECT count(DISTINCT email) FROM accounts") == 2_000)
        #expect(try SQLiteFixture.integer(target, "SELECT count(*) FROM logins l JOIN accounts a ON a.email = l.account_email") == 2_000)
        #expect(try SQLiteFixture.rows(target, "PRAGMA foreign_key_check").isEmpty)
        #expect(try SQLiteFixture.integer(target, "SELECT count(*) FROM accounts WHERE email LIKE '%corp.test'") == 0)
        // Without `unique: true`, a fake can map two keys to one: refused, with the way out named.
        let plain = policy.replacingOccurrences(of: "rule: fake, unique: true", with: "rule: fake")
        #expect {
            _ = try EngineHarness.clone(policy: plain, source: source, target: directory.file("refused.sqlite"), in: directory)
        } throws: { error in
            String(describing: error).contains("`fake` with `unique: true`")
        }
    }

    /// A reference shorter than its key would get fakes cut where the key's are not: check refuses it.
    @Test func aShorterReferenceOfAUniqueFakeKeyIsRefused() throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("source.sqlite")
        try SQLiteFixture.create(source, sql: """
            CREATE TABLE accounts (email VARCHAR(80) PRIMARY KEY);
            CREATE TABLE logins (id INTEGER PRIMARY KEY, account_email VARCHAR(30) REFERENCES accounts(email));
            INSERT INTO accounts VALUES ('a@corp.test'); INSERT INTO logins VALUES (1, 'a@corp.test');
            """)
        let policy = """
            version: 1
            seed: 3
            secret: env:DOPPEL_SECRET
            tables:
              accounts:
                columns: { email: { pii: email, rule: fake, unique: true } }
              logins:
                columns: { id: keep }
            """
        #expect {
            _ = try EngineHarness.clone(policy: policy, source: source, target: directory.file("clone.sqlite"), in: directory)
        } throws: { error in
            let message = String(describing: error)
            return message.contains("logins.account_email") && message.contains("widen")
        }
    }
}
