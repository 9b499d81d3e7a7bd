import DoppelConnectors
import DoppelCore
@testable import DoppelEngine
import DoppelPolicy
import DoppelTestSupport
import Foundation
import Testing

/// `doppel check` with the source at hand: `--scan` fails a policy that keeps personal values, and a column
/// the policy does not cover is suggested the entry `doppel init` would draft; counts only, never values.
@Suite struct DataScanTests {
    static func shop(in directory: TemporaryDirectory) throws -> String {
        let source = directory.file("shop.sqlite")
        try SQLiteFixture.create(source, sql: PolicyDraftTests.schema + PolicyDraftTests.rows(count: 60))
        return source
    }

    static func policy(_ text: String, in directory: TemporaryDirectory) throws -> String {
        let path = directory.file("policy-\(UUID().uuidString).yaml")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static let keepsTooMuch = """
        version: 1
        seed: 1
        secret: env:DOPPEL_SECRET
        default: keep
        tables:
          kunden:
            columns:
              "E-Mail": { pii: email, rule: fake, unique: true }
              status: { rule: keep, pii: none }
          logins:
            columns: { token: keep, login_email: { pii: email, rule: fake } }
        """

    @Test func scanFailsAPolicyThatKeepsPersonalValues() throws {
        let directory = try TemporaryDirectory()
        let source = try Self.shop(in: directory)
        let policy = try Self.policy(Self.keepsTooMuch, in: directory)
        #expect(try PolicyCheck.run(policyPath: policy, source: .sqlite(path: source)).filter { $0.severity == .error }.isEmpty)
        let scanned = try PolicyCheck.run(policyPath: policy, source: .sqlite(path: source), scan: true).filter { $0.severity == .error }
        let flagged = Set(scanned.compactMap { diagnostic in diagnostic.message.split(separator: "`").first.map(String.init) })
        for column in ["kunden.telefono", "kunden.nachname", "orders.remarks", "logins.home_ip"] {
            #expect(flagged.contains(column), "\(column) not flagged: \(flagged.sorted())")
        }
        // Not flagged: what the policy masks, what it marks `pii: none`, and what is not personal.
        for column in ["kunden.E-Mail", "kunden.status", "products.sku", "products.price_cents", "kunden.created_at"] {
            #expect(!flagged.contains(column), "\(column) flagged")
        }
        let text = scanned.map(\.description).joined(separator: "\n")
        #expect(!text.contains("@example.com") && !text.contains("+1 ("))
        #expect(text.contains("mask it (`telefono: { pii: phone, rule: fake }`)"))
    }

    @Test func anUncoveredColumnIsSuggestedItsDraftedEntry() throws {
        let directory = try TemporaryDirectory()
        let source = try Self.shop(in: directory)
        let policy = try Self.policy("""
            version: 1
            seed: 1
            secret: env:DOPPEL_SECRET
            tables:
              kunden: { columns: { id: keep, nachname: keep, vorname: keep, telefono: keep, dob: keep, stadt: keep, created_at: keep, status: keep } }
              products: skip
              orders: skip
              logins: skip
            """, in: directory)
        let diagnostics = try PolicyCheck.run(policyPath: policy, source: .sqlite(path: source))
        let uncovered = try #require(diagnostics.first { $0.message.contains("`kunden.E-Mail` is not covered") }, "\(diagnostics)")
        #expect(uncovered.suggestion?.hasPrefix("add `E-Mail: { pii: email, rule: fake, unique: true }` (doppel init's draft; email:") == true, "\(uncovered.suggestion ?? "")")
        // A whole table the policy does not list is suggested its drafted entry, on one line.
        let withoutLogins = try Self.policy(try String(contentsOfFile: policy, encoding: .utf8).replacingOccurrences(of: "  logins: skip", with: ""), in: directory)
        let table = try #require(try PolicyCheck.run(policyPath: withoutLogins, source: .sqlite(path: source)).first { $0.message.contains("table `logins` is not covered") })
        #expect(table.suggestion?.contains("`logins: { columns: { token: ") == true, "\(table.suggestion ?? "")")
        #expect(table.suggestion?.contains("login_email: { pii: email, rule: fake") == true && table.suggestion?.contains("`logins: skip`") == true)
        #expect(table.suggestion?.contains("@example.com") == false)
        // Without the source (a saved schema), the plain suggestion stays.
        let schema = try DatabaseOpener.openSource(.sqlite(path: source)).introspect(countingRows: false)
        let offline = try PolicyCheck.run(policyPath: policy, schema: schema)
        #expect(offline.first { $0.message.contains("`kunden.E-Mail` is not covered") }?.suggestion?.contains("keep") == true)
    }
}
