import DoppelConnectors
import DoppelCore
@testable import DoppelEngine
import DoppelPolicy
import DoppelTestSupport
import Foundation
import Testing

/// `doppel init --update` after the source changed: what it gained is drafted into the file, what it lost is
/// marked, and every hand edit and comment stays where it was.
@Suite struct PolicyUpdateTests {
    @Test func gainedColumnsAndTablesAreAddedLostOnesMarkedAndHandEditsKept() throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("shop.sqlite")
        try SQLiteFixture.create(source, sql: PolicyDraftTests.schema + PolicyDraftTests.rows(count: 40))
        let policy = directory.file("shop.yaml")
        var text = try PolicyDrafter(sampleLimit: 200).draft(source: .sqlite(path: source)).yaml
        // Hand edits: a comment of our own and another rule for one column.
        text = text.replacingOccurrences(of: "tables:\n", with: "tables:\n  # reviewed by the data team, 2026-11\n")
        text = text.replacingOccurrences(of: #"stadt: { pii: city, rule: fake }"#, with: #"stadt: { pii: city, rule: redact }"#)
        try text.write(toFile: policy, atomically: true, encoding: .utf8)

        // The source changes: a column and a table gained, a column lost.
        try SQLiteFixture.execute(source, """
            ALTER TABLE kunden ADD COLUMN mobile_phone TEXT;
            UPDATE kunden SET mobile_phone = '+49 151 ' || (1000000 + id * 7919 % 8999999);
            ALTER TABLE products DROP COLUMN sku;
            CREATE TABLE reviews (id INTEGER PRIMARY KEY, product_id INTEGER REFERENCES products(id), reviewer_email TEXT, stars INTEGER);
            INSERT INTO reviews SELECT id, id, 'reviewer' || id || '@mail.example.org', 1 + id % 5 FROM products;
            """)
        let before = try PolicyCheck.run(policyPath: policy, source: .sqlite(path: source)).filter { $0.severity == .error }
        #expect(!before.isEmpty)

        let update = try PolicyUpdate.make(policyPath: policy, source: .sqlite(path: source), drafter: PolicyDrafter(sampleLimit: 200))
        #expect(update.added == ["kunden.mobile_phone"])
        #expect(update.addedTables == ["reviews"])
        #expect(update.dropped == ["products.sku"])
        #expect(update.notPlaced.isEmpty)
        let updated = update.text
        #expect(updated.contains("  # reviewed by the data team, 2026-11\n"))
        #expect(updated.contains(#"stadt: { pii: city, rule: redact }"#))
        #expect(updated.contains("mobile_phone: { pii: phone, rule: fake }"))
        #expect(updated.contains("reviewer_email: { pii: email, rule: fake }"))
        #expect(updated.contains("# doppel init --update: column products.sku is no longer in the source; remove this entry"))
        #expect(!updated.contains("reviewer1@") && !updated.contains("+49 151"))
        try updated.write(toFile: policy, atomically: true, encoding: .utf8)

        // What is left for a person: the marked entry. Once it is removed, the policy checks clean.
        let after = try PolicyCheck.run(policyPath: policy, source: .sqlite(path: source)).filter { $0.severity == .error }
        #expect(after.count == 1 && after[0].message.contains("sku"), "\(after)")
        let cleaned = updated.components(separatedBy: "\n").filter { !$0.contains("sku") }.joined(separator: "\n")
        try cleaned.write(toFile: policy, atomically: true, encoding: .utf8)
        #expect(try PolicyCheck.run(policyPath: policy, source: .sqlite(path: source)).filter { $0.severity == .error }.isEmpty)
        // A second update finds nothing to do.
        #expect(try PolicyUpdate.make(policyPath: policy, source: .sqlite(path: source), drafter: PolicyDrafter(sampleLimit: 200)).isEmpty)
    }
}
