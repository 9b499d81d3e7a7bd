import DoppelCore
import DoppelEngine
import DoppelPolicy
import DoppelPostgres
import DoppelTestSupport
import Foundation
import Logging
import Testing

/// `check` reports what `clone` would stop on: a `where` the source cannot run or that holds a second
/// statement, a keyed rule without a secret; and it names tables the way the policy does.
@Suite struct PolicyCheckTests {
    static let schema = """
        CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT NOT NULL, region TEXT);
        CREATE TABLE x (id INTEGER PRIMARY KEY);
        INSERT INTO customers VALUES (1, 'a@b.test', 'north');
        """

    func policy(where whereSQL: String? = nil, secret: Bool = true, emailRule: String = "keep") -> String {
        var text = "version: 1\nseed: 1\n"
        if secret { text += "secret: env:DOPPEL_SECRET\n" }
        text += "unlisted: keep\ntables:\n  customers:\n"
        if let whereSQL { text += "    where: \"\(whereSQL)\"\n" }
        text += "    columns:\n      email: \(emailRule)\n"
        return text
    }

    func check(_ policy: String, in directory: TemporaryDirectory, source: String) throws -> [PolicyDiagnostic] {
        let path = directory.file("policy.yaml")
        try policy.write(toFile: path, atomically: true, encoding: .utf8)
        return try PolicyCheck.run(policyPath: path, source: .sqlite(path: source))
    }

    @Test func aWhereNamingAnUnknownColumnIsReportedAtItsPlace() throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("source.db")
        try SQLiteFixture.create(source, sql: Self.schema)
        let diagnostics = try check(policy(where: "regoin = 'north'"), in: directory, source: source)
        let error = try #require(diagnostics.first { $0.severity == .error })
        #expect(error.message.contains("regoin"))
        #expect(error.location?.line == 7)
        #expect(error.location?.column == 12)
        #expect(try check(policy(where: "region = 'north'"), in: directory, source: source).isEmpty)
    }

    @Test(arguments: ["1=1; DROP TABLE x", "1=1) OR (1=1", "region = 'north' -- and the rest"])
    func aWhereThatIsNotOneConditionIsRefusedByCheckAndClone(whereSQL: String) throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("source.db")
        try SQLiteFixture.create(source, sql: Self.schema)
        let diagnostics = try check(policy(where: whereSQL), in: directory, source: source)
        #expect(diagnostics.contains { $0.severity == .error && $0.message.contains("`where` of `customers`") && $0.location?.line == 7 })
        #expect(throws: PolicyProblems.self) {
            try EngineHarness.clone(policy: policy(where: whereSQL), source: source, target: directory.file("clone.db"), in: directory)
        }
        #expect(try SQLiteFixture.integer(source, "SELECT COUNT(*) FROM x") == 0)
    }

    @Test func aPolicyOfKeepRulesNeedsNoSecret() throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("source.db")
        try SQLiteFixture.create(source, sql: Self.schema)
        let target = directory.file("clone.db")
        // Neither a `secret:` line nor the variable it names is needed.
        _ = try EngineHarness.clone(policy: policy(secret: false), source: source, target: target, in: directory, secret: nil)
        _ = try EngineHarness.clone(policy: policy(secret: true), source: source, target: target, in: directory, secret: nil)
        #expect(try SQLiteFixture.integer(target, "SELECT COUNT(*) FROM customers") == 1)
    }

    @Test func aKeyedRuleWithoutASecretIsAPolicyProblemNamingTheFile() throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("source.db")
        try SQLiteFixture.create(source, sql: Self.schema)
        let text = policy(secret: false, emailRule: "{ pii: email, rule: fake }")
        let diagnostics = try check(text, in: directory, source: source)
        #expect(diagnostics.contains { $0.severity == .error && $0.message.contains("secret") && $0.description.hasPrefix(directory.file("policy.yaml")) })
        #expect {
            try EngineHarness.clone(policy: text, source: source, target: directory.file("clone.db"), in: directory)
        } throws: { error in
            (error as? PolicyProblems)?.exitStatus == .policyProblems && "\(error)".contains("secret: env:DOPPEL_SECRET")
        }
    }

    /// Two tables named `orders`, one in `public` and one in `sales`: `sales.orders` everywhere, and `orders` for the other.
    @Test func tablesOutsidePublicAreNamedSchemaDotTableInEveryMessage() throws {
        let server = try TemporaryPostgres.shared.get()
        let source = try server.createDatabase("naming", running: """
            CREATE SCHEMA sales;
            CREATE TABLE orders (id integer PRIMARY KEY, note text);
            CREATE TABLE sales.orders (id integer PRIMARY KEY, total integer, public_id integer REFERENCES orders (id));
            INSERT INTO orders VALUES (1, 'a'); INSERT INTO sales.orders VALUES (1, 10, 1);
            """)
        let directory = try TemporaryDirectory()
        let good = """
            version: 1
            seed: 1
            unlisted: fail
            tables:
              orders: { columns: { id: keep, note: keep } }
              sales.orders:
                where: "total > 5"
                columns: { id: keep, total: keep }
            """
        let path = directory.file("naming.yaml")
        try good.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try PolicyCheck.run(policyPath: path, source: .postgres(source)).filter { $0.severity == .error }.isEmpty)
        let clone = server.newDatabaseURL("naming_clone")
        try EngineHarness.clone(policyFile: path, from: .postgres(source), to: .postgres(clone), in: directory)
        #expect(try PGConnection(url: clone).execute("SELECT total FROM sales.orders").rows() == [["10"]])

        let bad = good.replacingOccurrences(of: "columns: { id: keep, total: keep }", with: "columns: { id: keep, totl: keep }")
            .replacingOccurrences(of: "total > 5", with: "totl > 5")
            .replacingOccurrences(of: "  orders: { columns: { id: keep, note: keep } }\n", with: "")
        try bad.write(toFile: path, atomically: true, encoding: .utf8)
        let messages = try PolicyCheck.run(policyPath: path, source: .postgres(source)).map(\.description).joined(separator: "\n")
        #expect(messages.contains("`sales.orders`"))
        #expect(messages.contains("totl"))
        // The uncovered table is `orders` (the one in public), not `public.orders`.
        #expect(messages.contains("`orders`"))
        #expect(!messages.contains("public.orders"))
    }

    @Test func inspectShowsChecksOnceAndExpressionIndexesByTheirExpression() throws {
        let server = try TemporaryPostgres.shared.get()
        let source = try server.createDatabase("inspect_text", running: """
            CREATE TABLE people (id integer PRIMARY KEY, email text NOT NULL, age integer CHECK (age >= 0));
            CREATE UNIQUE INDEX people_email_lower ON people (lower(email));
            """)
        let schema = try PostgresSource(url: source).introspect()
        let text = SchemaText.render(schema, source: "pg")
        #expect(!text.contains("CHECK (CHECK"))
        #expect(text.contains("CHECK ((age >= 0))"))
        #expect(!text.contains("UNIQUE ()"))
        #expect(text.contains("lower(email)"))
    }
}
