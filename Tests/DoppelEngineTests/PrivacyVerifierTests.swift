import DoppelCore
import DoppelEngine
import DoppelPolicy
import DoppelPostgres
import DoppelTestSupport
import Foundation
import Testing

/// `doppel verify` on real clones: a clone under a sound policy passes; personal values kept in their column,
/// or copied along in free text, fail it, counted where they are, and no value is ever printed.
@Suite struct PrivacyVerifierTests {
    static let schema = """
        CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, phone TEXT, first_name TEXT NOT NULL, city TEXT, segment TEXT NOT NULL);
        CREATE TABLE tickets (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers(id), body TEXT NOT NULL);
        """

    static var rows: String {
        let names = ["Mary", "James", "Linda", "Robert", "Susan", "David"], cities = ["Austin", "Denver", "Boston"]
        return (1...100).map { i in
            let email = "customer\(i)@shop.example.org", phone = String(format: "+1 (512) 555-%04d", i)
            let body = i % 4 == 0 ? "Please reply to \(email) today" : i % 4 == 1 ? "Call me on \(phone), thanks" : "Parcel arrived damaged"
            return "INSERT INTO customers VALUES (\(i), '\(email)', '\(phone)', '\(names[i % 6])', '\(cities[i % 3])', 'retail'); INSERT INTO tickets VALUES (\(i), \(i), '\(body)');"
        }.joined(separator: "\n")
    }

    static func policy(body: String = "{ pii: free_text, rule: redact }", phone: String = "{ pii: phone, rule: fake }") -> String {
        """
        version: 1
        seed: 3
        secret: env:DOPPEL_SECRET
        tables:
          customers:
            columns:
              id: keep
              email: { pii: email, rule: fake, unique: true }
              phone: \(phone)
              first_name: { pii: first_name, rule: fake }
              city: { pii: city, rule: fake }
              segment: keep
          tickets:
            columns: { id: keep, body: \(body) }
        """
    }

    /// Clones `source` with `policy` into a fresh SQLite file and verifies it.
    static func verify(policy: String, source: ConnectionURL, in directory: TemporaryDirectory) throws -> PrivacyReport {
        let policyPath = directory.file("policy-\(UUID().uuidString).yaml")
        try policy.write(toFile: policyPath, atomically: true, encoding: .utf8)
        let target = ConnectionURL.sqlite(path: directory.file("clone-\(UUID().uuidString).sqlite"))
        try EngineHarness.clone(policyFile: policyPath, from: source, to: target, in: directory)
        return try PrivacyVerifier.verify(policyPath: policyPath, source: source, target: target)
    }

    static func sqliteSource(in directory: TemporaryDirectory) throws -> ConnectionURL {
        let path = directory.file("source.sqlite")
        try SQLiteFixture.create(path, sql: schema + rows)
        return .sqlite(path: path)
    }

    static func finding(_ report: PrivacyReport, _ column: String) throws -> PrivacyReport.ColumnFinding {
        try #require(report.columns.first { $0.column == column })
    }

    @Test func aSoundPolicyPasses() throws {
        let directory = try TemporaryDirectory()
        let report = try Self.verify(policy: Self.policy(), source: try Self.sqliteSource(in: directory), in: directory)
        #expect(report.passed, "\(PrivacyReportText.render(report))")
        #expect(Set(report.columns.map(\.column)) == ["customers.email", "customers.phone", "customers.first_name", "customers.city", "tickets.body"])
        let email = try Self.finding(report, "customers.email")
        #expect(email.keptOwnValue == 0 && email.equalToASourceValue == 0 && email.foundInClone == 0 && email.cloneValues == 100)
        // First names come from a list: some equal a source name by chance, and the report says how many to expect.
        let first = try Self.finding(report, "customers.first_name")
        #expect(first.keptOwnValue == 0)
        #expect(first.expectedByChance != nil && first.foundInClone == nil)
        // Cities stay in the source's country (Austin, Denver, Boston: US cities), so the world's list would
        // under-count: no estimate, and the text says why.
        #expect(try Self.finding(report, "customers.city").expectedByChance == nil)
        #expect(PrivacyReportText.render(report).contains("drawn in the source row's own country"))
        #expect(report.cellsScanned > 0)
    }

    @Test func valuesCopiedAlongInFreeTextAreFoundAndFailTheCheck() throws {
        let directory = try TemporaryDirectory()
        let report = try Self.verify(policy: Self.policy(body: "keep"), source: try Self.sqliteSource(in: directory), in: directory)
        #expect(!report.passed)
        let email = try Self.finding(report, "customers.email"), phone = try Self.finding(report, "customers.phone")
        #expect(email.keptOwnValue == 0)
        #expect(email.foundInClone == 25 && email.foundIn == ["tickets.body"])
        #expect(phone.foundInClone == 25 && phone.foundIn == ["tickets.body"])  // `+1 (512) 555-0001,` inside a sentence
        let text = PrivacyReportText.render(report)
        #expect(text.contains("FAILED") && !text.contains("@shop.example.org") && !text.contains("555-"))
    }

    @Test func aPersonalColumnKeptAsItIsIsCountedRowByRow() throws {
        let directory = try TemporaryDirectory()
        let report = try Self.verify(policy: Self.policy(phone: "{ pii: phone, rule: keep }"), source: try Self.sqliteSource(in: directory), in: directory)
        #expect(!report.passed)
        let phone = try Self.finding(report, "customers.phone")
        #expect(phone.keptOwnValue == 100 && phone.equalToASourceValue == 100 && phone.foundInClone == 100 && phone.leaks)
        // A low-entropy column the policy keeps on purpose is reported, not failed; a high-entropy one always fails.
        let city = try Self.verify(
            policy: Self.policy().replacingOccurrences(of: "{ pii: city, rule: fake }", with: "{ pii: city, rule: keep }"),
            source: try Self.sqliteSource(in: directory), in: directory)
        #expect(city.passed)
        #expect(try Self.finding(city, "customers.city").keptOwnValue == 100)
        #expect(PrivacyReportText.render(city).contains("kept customers.city"))
    }

    /// `avoid_source` on a source built to trip it: beside each address, the fake a first clone gave it. Without
    /// the filter those fakes land on somebody else's real address (and verify counts them); with it (the
    /// default for emails and phones), no fake equals any source value.
    @Test func fakesAvoidEverySourceValueOfTheirKind() throws {
        let directory = try TemporaryDirectory()
        let first = try Self.sqliteSource(in: directory)
        let noAvoiding = Self.policy()
            .replacingOccurrences(of: "{ pii: email, rule: fake, unique: true }", with: "{ pii: email, rule: fake, unique: true, avoid_source: false }")
            .replacingOccurrences(of: "phone: { pii: phone, rule: fake }", with: "phone: { pii: phone, rule: fake, avoid_source: false }")
        let policyPath = directory.file("first.yaml")
        try noAvoiding.write(toFile: policyPath, atomically: true, encoding: .utf8)
        let firstClone = directory.file("first-clone.sqlite")
        try EngineHarness.clone(policyFile: policyPath, from: first, to: .sqlite(path: firstClone), in: directory)
        let fakes = try SQLiteFixture.rows(firstClone, "SELECT email, phone FROM customers ORDER BY id")
        #expect(fakes.count == 100)
        // The second source: the first's customers, then their fakes as customers of their own.
        let trap = directory.file("trap.sqlite")
        try SQLiteFixture.create(trap, sql: Self.schema + Self.rows)
        for (offset, row) in fakes.enumerated() {
            let email = row[0].textRepresentation ?? "", phone = row[1].textRepresentation ?? ""
            try SQLiteFixture.execute(trap, "INSERT INTO customers VALUES (\(1_001 + offset), '\(email)', '\(phone)', 'Ann', 'Austin', 'retail')")
        }
        let trapped = try Self.verify(policy: noAvoiding, source: .sqlite(path: trap), in: directory)
        #expect(try Self.finding(trapped, "customers.email").equalToASourceValue >= 90)
        #expect(try Self.finding(trapped, "customers.phone").equalToASourceValue >= 90)
        #expect(!trapped.passed)
        let guarded = try Self.verify(policy: Self.policy(), source: .sqlite(path: trap), in: directory)
        #expect(try Self.finding(guarded, "customers.email").equalToASourceValue == 0)
        #expect(try Self.finding(guarded, "customers.phone").equalToASourceValue == 0)
        #expect(guarded.passed, "\(PrivacyReportText.render(guarded))")
    }

    @Test func rowsAreNotMatchedThroughAMaskedKey() throws {
        let directory = try TemporaryDirectory()
        let policy = Self.policy().replacingOccurrences(of: "id: keep\n      email", with: "id: pseudonymize\n      email")
        #expect(policy.contains("id: pseudonymize"))
        let report = try Self.verify(policy: policy, source: try Self.sqliteSource(in: directory), in: directory)
        let email = try Self.finding(report, "customers.email")
        #expect(email.keptOwnValue == nil && email.ownRowNote?.contains("masked") == true)
        #expect(report.passed)
    }

    @Test func aPostgresSourceIsVerifiedAgainstItsSQLiteClone() throws {
        let server = try TemporaryPostgres.shared.get()
        let source = try server.createDatabase("verify", running: Self.schema + Self.rows)
        let directory = try TemporaryDirectory()
        let sound = try Self.verify(policy: Self.policy(), source: .postgres(source), in: directory)
        #expect(sound.passed, "\(PrivacyReportText.render(sound))")
        let leaky = try Self.verify(policy: Self.policy(body: "keep"), source: .postgres(source), in: directory)
        #expect(try Self.finding(leaky, "customers.email").foundInClone == 25)
    }
}
