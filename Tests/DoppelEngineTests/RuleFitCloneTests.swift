import DoppelCore
import DoppelEngine
import DoppelPostgres
import DoppelTestSupport
import Foundation
import Testing

/// Policies that `check` accepts clone without failing or corrupting values (issue 12): fakes fit
/// `varchar(15)`/`char(11)`, a unique fake stays unique, arrays and JSON stay valid, empty text stays empty,
/// and a faked email joins across two tables whether its columns say `unique: true` or not.
@Suite struct RuleFitCloneTests {
    static let postgresSource = """
        CREATE TABLE people (
            id integer PRIMARY KEY,
            city varchar(15) NOT NULL,
            ssn char(11) NOT NULL UNIQUE,
            email varchar(60) NOT NULL UNIQUE,
            address2 text NOT NULL DEFAULT '',
            tags text[],
            nicks varchar(20)[],
            profile jsonb
        );
        CREATE TABLE messages (id integer PRIMARY KEY, sender_email varchar(80) NOT NULL, body text);
        INSERT INTO people
        SELECT g, 'Town ' || g,
               lpad((100 + g)::text, 3, '0') || '-' || lpad((g % 97 + 1)::text, 2, '0') || '-' || lpad((1000 + g)::text, 4, '0'),
               'user' || g || '@corp.test',
               CASE WHEN g % 3 = 0 THEN '' ELSE 'Apt ' || g END,
               ARRAY['alpha' || g, NULL, 'b c'],
               ARRAY['nick' || g],
               jsonb_build_object('email', 'user' || g || '@corp.test', 'phone', '555-01' || lpad(g::text, 3, '0'), 'age', g, 'tags', jsonb_build_array('x', 'y'))
        FROM generate_series(1, 300) g;
        INSERT INTO messages SELECT g, 'user' || (g % 300 + 1) || '@corp.test', 'hello' FROM generate_series(1, 900) g;
        """

    static let postgresPolicy = """
        version: 1
        seed: 3
        secret: env:DOPPEL_SECRET
        tables:
          people:
            columns:
              id: keep
              city: { pii: city, rule: fake }
              ssn: { pii: national_id, rule: fake, unique: true }
              email: { pii: email, rule: fake, unique: true }
              address2: { pii: street_address, rule: fake }
              tags: redact
              nicks: { pii: username, rule: fake }
              profile:
                rule: json
                paths:
                  "$.email": { pii: email, rule: fake }
                  "$.phone": { pii: phone, rule: fake }
                others: keep
          messages:
            columns:
              id: keep
              sender_email: { pii: email, rule: fake }
              body: keep
        """

    @Test func postgresCloneFitsEveryColumnAndKeepsJoins() throws {
        let server = try TemporaryPostgres.shared.get()
        let source = try server.createDatabase("rulefit", running: Self.postgresSource)
        let target = server.newDatabaseURL("rulefit_clone")
        try EngineHarness.clone(policy: Self.postgresPolicy, from: .postgres(source), to: .postgres(target), in: try TemporaryDirectory())
        let clone = try PGConnection(url: target)
        func value(_ sql: String) throws -> String? { try clone.execute(sql).rows().first?.first ?? nil }

        #expect(try value("SELECT count(*) FROM people") == "300")
        #expect(try value("SELECT (max(length(city)) <= 15)::text FROM people") == "true")
        #expect(try value("SELECT count(DISTINCT ssn) FROM people WHERE ssn ~ '^[0-9]{3}-[0-9]{2}-[0-9]{4}$'") == "300")
        let sourceSSN = "lpad((100 + id)::text, 3, '0') || '-' || lpad((id % 97 + 1)::text, 2, '0') || '-' || lpad((1000 + id)::text, 4, '0')"
        #expect(try value("SELECT count(*) FROM people WHERE ssn = \(sourceSSN)") == "0")
        // Emails: no source address left, and both joins (a unique column, a plain one, a JSON path) still match.
        #expect(try value("SELECT count(*) FROM people WHERE email LIKE '%corp.test' OR profile->>'email' LIKE '%corp.test'") == "0")
        #expect(try value("SELECT count(*) FROM messages m JOIN people p ON p.email = m.sender_email") == "900")
        #expect(try value("SELECT count(*) FROM people WHERE profile->>'email' = email") == "300")
        // Empty stays empty; the other addresses are varied fakes.
        #expect(try value("SELECT count(*) FROM people WHERE address2 = ''") == "100")
        #expect(try value("SELECT (count(DISTINCT address2) > 150)::text FROM people WHERE address2 <> ''") == "true")
        // Arrays element by element, NULL elements kept; JSON leaves by path, the rest kept.
        #expect(try value("SELECT count(*) FROM people WHERE tags[1] = '[redacted]' AND tags[2] IS NULL AND tags[3] = '[redacted]' AND cardinality(tags) = 3") == "300")
        #expect(try value("SELECT count(*) FROM people WHERE nicks[1] LIKE 'nick%' OR length(nicks[1]) > 20") == "0")
        #expect(try value("SELECT count(*) FROM people WHERE (profile->>'age')::int = id AND profile->'tags' = '[\"x\", \"y\"]'::jsonb AND profile->>'phone' ~ '^[0-9]{3}-[0-9]{5}$' AND profile->>'phone' NOT LIKE '555-01%'") == "300")
    }

    @Test func sqliteCloneFitsDeclaredLengthsAndKeepsJoinsAcrossUniqueAndPlainColumns() throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("source.sqlite")
        let target = directory.file("clone.sqlite")
        try SQLiteFixture.create(source, sql: """
            CREATE TABLE customers (id INTEGER PRIMARY KEY, email NVARCHAR(60) NOT NULL UNIQUE, city NVARCHAR(12), ssn CHAR(11) UNIQUE, address2 NVARCHAR(70) NOT NULL);
            CREATE TABLE invoices (id INTEGER PRIMARY KEY, billing_email NVARCHAR(60), billing_city NVARCHAR(40));
            WITH RECURSIVE n(g) AS (SELECT 1 UNION ALL SELECT g + 1 FROM n WHERE g < 400)
            INSERT INTO customers SELECT g, 'person' || g || '@corp.test', 'Town ' || g, printf('%03d-%02d-%04d', 100 + g % 800, 1 + g % 97, 1000 + g),
                   CASE WHEN g % 4 = 0 THEN '' ELSE 'Suite ' || g END FROM n;
            WITH RECURSIVE n(g) AS (SELECT 1 UNION ALL SELECT g + 1 FROM n WHERE g < 1200)
            INSERT INTO invoices SELECT g, 'person' || (g % 400 + 1) || '@corp.test', 'Town ' || (g % 400 + 1) FROM n;
            """)
        let policy = """
            version: 1
            seed: 5
            secret: env:DOPPEL_SECRET
            tables:
              customers:
                columns:
                  id: keep
                  email: { pii: email, rule: fake, unique: true }
                  city: { pii: city, rule: fake }
                  ssn: { pii: national_id, rule: fake, unique: true }
                  address2: { pii: street_address, rule: fake }
              invoices:
                columns:
                  id: keep
                  billing_email: { pii: email, rule: fake }
                  billing_city: { pii: city, rule: fake }
            """
        _ = try EngineHarness.clone(policy: policy, source: source, target: target, in: directory)
        #expect(try SQLiteFixture.integer(target, "SELECT count(*) FROM invoices i JOIN customers c ON c.email = i.billing_email") == 1200)
        #expect(try SQLiteFixture.integer(target, "SELECT count(*) FROM customers WHERE email LIKE '%corp.test'") == 0)
        #expect(try SQLiteFixture.integer(target, "SELECT max(length(city)) FROM customers") <= 12)
        #expect(try SQLiteFixture.integer(target, "SELECT max(length(email)) FROM customers") <= 60)
        #expect(try SQLiteFixture.integer(target, "SELECT count(DISTINCT ssn) FROM customers WHERE length(ssn) = 11") == 400)
        #expect(try SQLiteFixture.integer(target, "SELECT count(*) FROM customers WHERE address2 = ''") == 100)
        #expect(try SQLiteFixture.integer(target, "SELECT count(DISTINCT address2) FROM customers WHERE address2 <> ''") > 200)
    }
}
