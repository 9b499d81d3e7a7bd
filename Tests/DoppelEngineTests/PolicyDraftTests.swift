import DoppelCore
import DoppelDetection
@testable import DoppelEngine
import DoppelPolicy
import DoppelPostgres
import DoppelTestSupport
import Foundation
import Testing

/// `doppel init` on databases it was not written around: personal data under odd names, in other languages,
/// inside free text and JSON, as keys others reference; the draft names every column, passes `doppel check`,
/// clones as written, and its comments hold counts, never a sampled value.
@Suite struct PolicyDraftTests {
    /// A shop whose personal columns hide behind names in several styles and languages.
    static let schema = """
        CREATE TABLE kunden (
          id INTEGER PRIMARY KEY,
          nachname TEXT NOT NULL,
          vorname TEXT NOT NULL,
          "E-Mail" TEXT NOT NULL UNIQUE,
          telefono TEXT,
          dob TEXT,
          stadt TEXT,
          created_at TEXT NOT NULL,
          status TEXT NOT NULL
        );
        CREATE TABLE products (id INTEGER PRIMARY KEY, name TEXT NOT NULL, sku TEXT NOT NULL, price_cents INTEGER NOT NULL);
        CREATE TABLE orders (
          id INTEGER PRIMARY KEY,
          kunde_id INTEGER NOT NULL REFERENCES kunden(id),
          product_id INTEGER NOT NULL REFERENCES products(id),
          remarks TEXT,
          payload TEXT,
          ordered_at TEXT NOT NULL
        );
        CREATE TABLE logins (token TEXT PRIMARY KEY, login_email TEXT NOT NULL, home_ip TEXT, seen_at TEXT NOT NULL);
        """

    static let firstNames = ["James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth", "William", "Barbara"]
    static let lastNames = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Wilson", "Anderson"]
    static let cities = ["Chicago", "Houston", "Phoenix", "Philadelphia", "San Antonio", "San Diego", "Dallas", "Austin"]

    /// `count` customers, products, orders and logins with realistic values.
    static func rows(count: Int) -> String {
        var sql = ""
        for i in 1...count {
            let first = firstNames[i % firstNames.count], last = lastNames[(i * 7) % lastNames.count]
            let email = "\(first.lowercased()).\(last.lowercased())\(i)@example.com"
            let phone = String(format: "+1 (%03d) %03d-%04d", 200 + i % 700, 100 + (i * 37) % 900, (i * 7919) % 10000)
            let dob = String(format: "19%02d-%02d-%02d", 40 + i % 60, 1 + i % 12, 1 + i % 28)
            sql += "INSERT INTO kunden VALUES (\(i), '\(last)', '\(first)', '\(email)', '\(phone)', '\(dob)', '\(cities[i % cities.count])', '2024-01-\(String(format: "%02d", 1 + i % 28)) 10:00:00', '\(["active", "closed", "new"][i % 3])');\n"
            sql += "INSERT INTO products VALUES (\(i), '\(["Desk lamp", "Chair", "Notebook", "Pen set"][i % 4]) \(i)', 'SKU-\(String(format: "%05d", i * 13))', \(100 + i * 5));\n"
            let remark = i % 3 == 0 ? "Customer asked to call back at \(email) before delivery" : "Leave at the door, ring twice"
            let payload = "{\"contact\": {\"email\": \"\(email)\", \"channel\": \"web\"}, \"items\": \(i % 5 + 1)}"
            sql += "INSERT INTO orders VALUES (\(i), \(i), \(i), '\(remark)', '\(payload)', '2024-02-\(String(format: "%02d", 1 + i % 28))');\n"
            sql += "INSERT INTO logins VALUES ('tok\(String(format: "%08x", i * 2654435761 % 4294967291))', '\(email)', '10.\(i % 250).\((i * 3) % 250).\(1 + i % 200)', '2024-03-01');\n"
        }
        return sql
    }

    /// The draft of a fresh SQLite source, its path and the drafter's output.
    static func draftOfSQLite(in directory: TemporaryDirectory) throws -> (source: String, draft: PolicyDraft) {
        let source = directory.file("shop.sqlite")
        try SQLiteFixture.create(source, sql: schema + rows(count: 120))
        let draft = try PolicyDrafter(sampleLimit: 500).draft(source: .sqlite(path: source))
        return (source, draft)
    }

    static func kinds(_ draft: PolicyDraft) -> [String: PIIKind] {
        Dictionary(uniqueKeysWithValues: draft.personalColumns.map { ("\($0.table).\($0.column)", $0.kind) })
    }

    @Test func personalColumnsAreFoundUnderOddNamesInTextAndJSON() throws {
        let (_, draft) = try Self.draftOfSQLite(in: try TemporaryDirectory())
        let kinds = Self.kinds(draft)
        #expect(kinds["kunden.nachname"] == .lastName)
        #expect(kinds["kunden.vorname"] == .firstName)
        #expect(kinds["kunden.E-Mail"] == .email)
        #expect(kinds["kunden.telefono"] == .phone)
        #expect(kinds["kunden.dob"] == .dateOfBirth)
        #expect(kinds["kunden.stadt"] == .city)
        #expect(kinds["logins.login_email"] == .email)
        #expect(kinds["logins.home_ip"] == .ipAddress)
        // Emails inside free text and inside JSON make those columns personal whatever their names say.
        #expect(kinds["orders.remarks"] != nil)
        #expect(kinds["orders.payload"] != nil)
        // Not personal: products, amounts, timestamps, statuses, keys.
        for column in ["products.name", "products.sku", "products.price_cents", "kunden.created_at", "kunden.status", "kunden.id", "orders.ordered_at"] {
            #expect(kinds[column] == nil, "\(column) drafted as \(kinds[column]?.rawValue ?? "")")
        }
    }

    @Test func theDraftNamesEveryColumnPassesCheckAndClonesWithoutLeaking() throws {
        let directory = try TemporaryDirectory()
        let (source, draft) = try Self.draftOfSQLite(in: directory)
        #expect(draft.diagnostics.filter { $0.severity == .error }.isEmpty, "\(draft.diagnostics)")
        let policy = directory.file("drafted.yaml")
        try draft.yaml.write(toFile: policy, atomically: true, encoding: .utf8)
        // `doppel check` as the CLI runs it, on the file as written.
        let diagnostics = try PolicyCheck.run(policyPath: policy, source: .sqlite(path: source))
        #expect(!diagnostics.contains { $0.severity == .error }, "\(diagnostics)")
        // Foreign-key columns inherit: they are named in comments, not given rules.
        #expect(draft.yaml.contains("# kunde_id: references kunden.id and inherits its rule"))
        let target = directory.file("clone.sqlite")
        try EngineHarness.clone(policyFile: policy, from: .sqlite(path: source), to: .sqlite(path: target), in: directory)
        // No personal value of the source survives in its column, and the clone keeps what is not personal.
        for (table, column) in [("kunden", "E-Mail"), ("kunden", "telefono"), ("kunden", "nachname"), ("logins", "login_email"), ("logins", "home_ip")] {
            let before = Set(try SQLiteFixture.rows(source, "SELECT \"\(column)\" FROM \(table)").compactMap(\.first))
            let after = try SQLiteFixture.rows(target, "SELECT \"\(column)\" FROM \(table)").compactMap(\.first)
            #expect(after.count == 120)
            let kept = after.filter { before.contains($0) }.count
            // Last names come from a short list: a fake may be some other customer's name, never its own row's
            // for every row; emails, phones and IPs are unique by construction and never equal a source value.
            #expect(column == "nachname" ? kept < 120 : kept == 0, "\(table).\(column): \(kept) source values kept")
        }
        let emailsInText = try SQLiteFixture.integer(target, "SELECT count(*) FROM orders WHERE remarks LIKE '%@example.com%' OR payload LIKE '%@example.com%'")
        #expect(emailsInText == 0)
        #expect(try SQLiteFixture.rows(target, "SELECT sku FROM products ORDER BY id") == SQLiteFixture.rows(source, "SELECT sku FROM products ORDER BY id"))
    }

    @Test func theDraftHoldsNoSampledValue() throws {
        let directory = try TemporaryDirectory()
        let (source, draft) = try Self.draftOfSQLite(in: directory)
        let yaml = draft.yaml
        for (table, column) in [("kunden", "E-Mail"), ("kunden", "telefono"), ("kunden", "dob"), ("logins", "home_ip"), ("orders", "remarks")] {
            for row in try SQLiteFixture.rows(source, "SELECT \"\(column)\" FROM \(table)") {
                guard case .text(let value)? = row.first else { continue }
                #expect(!yaml.contains(value), "\(table).\(column) has a value in the draft")
            }
        }
        for name in Self.firstNames + Self.lastNames + Self.cities {
            #expect(!yaml.contains(name), "a sampled name is in the draft")
        }
    }

    @Test func aPersonalKeyThatOthersReferenceGetsAnInjectiveRule() throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("keys.sqlite")
        try SQLiteFixture.create(source, sql: """
            CREATE TABLE accounts (email TEXT PRIMARY KEY, plan TEXT NOT NULL);
            CREATE TABLE invoices (id INTEGER PRIMARY KEY, account_email TEXT NOT NULL REFERENCES accounts(email), total INTEGER NOT NULL);
            """ + (1...60).map { "INSERT INTO accounts VALUES ('user\($0)@mail.example.org', 'basic'); INSERT INTO invoices VALUES (\($0), 'user\($0)@mail.example.org', \($0 * 10));" }.joined(separator: "\n"))
        let draft = try PolicyDrafter(sampleLimit: 100).draft(source: .sqlite(path: source))
        let email = try #require(draft.tables.first { $0.name == "accounts" }?.columns.first { $0.name == "email" })
        #expect(email.detection?.kind == .email)
        #expect(email.rule == "pseudonymize")
        #expect(draft.diagnostics.filter { $0.severity == .error }.isEmpty, "\(draft.diagnostics)")
        let policy = directory.file("keys.yaml")
        try draft.yaml.write(toFile: policy, atomically: true, encoding: .utf8)
        let target = directory.file("keys-clone.sqlite")
        try EngineHarness.clone(policyFile: policy, from: .sqlite(path: source), to: .sqlite(path: target), in: directory)
        #expect(try SQLiteFixture.integer(target, "SELECT count(*) FROM invoices i JOIN accounts a ON a.email = i.account_email") == 60)
        #expect(try SQLiteFixture.integer(target, "SELECT count(*) FROM accounts WHERE email LIKE 'user%@mail.example.org'") < 60)
    }

    /// A database with no table yet gets a policy that checks clean (`tables: {}`), not a `tables:` of nothing.
    @Test func aDatabaseWithoutTablesGetsAValidDraft() throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("nothing.sqlite")
        try SQLiteFixture.create(source, sql: "CREATE VIEW v AS SELECT 1 AS one;")
        let draft = try PolicyDrafter().draft(source: .sqlite(path: source))
        #expect(draft.tables.isEmpty)
        #expect(draft.diagnostics.filter { $0.severity == .error }.isEmpty, "\(draft.diagnostics)")
        #expect(draft.yaml.contains("tables: {}"))
    }

    /// A personal NOT NULL column whose CHECK lists its values takes neither invented values nor NULL: the
    /// draft falls back to a listed constant, and passes check (seen on the MySQL `employees` sample).
    @Test func aListedNotNullColumnFallsBackToAListedConstant() throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("employees.sqlite")
        let rows = (1...60).map { "(\($0), 'Employee \($0)', '\($0 % 2 == 0 ? "M" : "F")', \($0 % 3 == 0 ? "'X'" : "'SSN'"))" }.joined(separator: ", ")
        try SQLiteFixture.create(source, sql: """
            CREATE TABLE employees (emp_no INTEGER PRIMARY KEY, full_name TEXT NOT NULL,
              gender TEXT NOT NULL CHECK (gender IN ('M','F')), ssn TEXT NOT NULL CHECK (ssn IN ('SSN', 'X')));
            INSERT INTO employees VALUES \(rows);
            """)
        let draft = try PolicyDrafter().draft(source: .sqlite(path: source))
        #expect(draft.diagnostics.filter { $0.severity == .error }.isEmpty, "\(draft.diagnostics)")
        #expect(draft.yaml.contains("rule: constant, value: \"SSN\""), "\(draft.yaml)")
    }

    /// A `char(2)` NOT NULL country of a people table gets a fake country code, and the draft passes check
    /// (seen on WooCommerce's `wp_wc_customer_lookup`, where only `null` was left and check refused it).
    @Test func aTwoLetterCountryOfPeopleGetsFakeCodes() throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("shop.sqlite")
        let codes = ["US", "DE", "FR", "GB", "NL"]
        let rows = (1...60).map { "(\($0), 'Customer \($0)', '\(codes[$0 % 5])')" }.joined(separator: ", ")
        try SQLiteFixture.create(source, sql: """
            CREATE TABLE customer_lookup (customer_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, country CHAR(2) NOT NULL);
            INSERT INTO customer_lookup VALUES \(rows);
            """)
        let draft = try PolicyDrafter().draft(source: .sqlite(path: source))
        #expect(draft.diagnostics.filter { $0.severity == .error }.isEmpty, "\(draft.diagnostics)")
        #expect(draft.yaml.contains("country: { pii: country, rule: fake }"), "\(draft.yaml)")
    }

    @Test func anEmptyTableIsDraftedFromItsNames() throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("empty.sqlite")
        try SQLiteFixture.create(source, sql: "CREATE TABLE patients (id INTEGER PRIMARY KEY, surname TEXT, ssn TEXT, ward TEXT);")
        let draft = try PolicyDrafter().draft(source: .sqlite(path: source))
        let kinds = Self.kinds(draft)
        #expect(kinds["patients.surname"] == .lastName)
        #expect(kinds["patients.ssn"] == .nationalID)
        #expect(draft.yaml.contains("no rows sampled"))
        #expect(draft.diagnostics.filter { $0.severity == .error }.isEmpty, "\(draft.diagnostics)")
    }

    @Test func aPostgresSourceWithJSONBAndArraysIsDraftedAndClones() throws {
        let server = try TemporaryPostgres.shared.get()
        let source = try server.createDatabase("draft", running: """
            CREATE TABLE members (
              id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
              full_name text NOT NULL,
              contact jsonb NOT NULL,
              aliases text[] NOT NULL,
              joined_on date NOT NULL,
              points integer NOT NULL
            );
            INSERT INTO members (full_name, contact, aliases, joined_on, points)
            SELECT (ARRAY['Mary Smith','John Brown','Linda Davis','James Wilson'])[1 + i % 4] || ' ' || i,
                   jsonb_build_object('email', 'member' || i || '@club-mail.org', 'phone', '+44 20 7946 ' || lpad((i % 10000)::text, 4, '0')),
                   ARRAY['m' || i, 'member' || i || '@club-mail.org'],
                   date '2020-01-01' + i,
                   i * 3
            FROM generate_series(1, 80) AS i;
            """)
        let draft = try PolicyDrafter(sampleLimit: 200).draft(source: .postgres(source))
        let kinds = Self.kinds(draft)
        #expect(kinds["members.full_name"] == .name)
        #expect(kinds["members.contact"] != nil)
        #expect(kinds["members.aliases"] != nil)
        #expect(kinds["members.points"] == nil && kinds["members.joined_on"] == nil)
        #expect(draft.diagnostics.filter { $0.severity == .error }.isEmpty, "\(draft.diagnostics)")
        let directory = try TemporaryDirectory()
        let policy = directory.file("members.yaml")
        try draft.yaml.write(toFile: policy, atomically: true, encoding: .utf8)
        let target = directory.file("members.sqlite")
        try EngineHarness.clone(policyFile: policy, from: .postgres(source), to: .sqlite(path: target), in: directory)
        // Fakes use reserved example.* domains; the source's own domain is gone from the JSON and the arrays.
        #expect(try SQLiteFixture.integer(target, "SELECT count(*) FROM members WHERE contact LIKE '%club-mail.org%' OR aliases LIKE '%club-mail.org%'") == 0)
        #expect(try SQLiteFixture.integer(target, "SELECT count(*) FROM members") == 80)
    }
}
