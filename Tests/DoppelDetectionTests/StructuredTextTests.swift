import DoppelCore
import DoppelPolicy
import Testing
@testable import DoppelDetection

/// Free text, JSON and PostgreSQL arrays.
@Suite struct StructuredTextTests {
    let values: ValueClassifier
    let scanner: FreeTextScanner

    init() throws {
        values = ValueClassifier(gazetteer: try Gazetteer.shared())
        scanner = FreeTextScanner(classifier: values)
    }

    @Test func findsDataInsideFreeText() {
        #expect(scanner.scan("Customer asked to be reached at ada@example.com, not by post.") == [.email])
        #expect(scanner.scan("Call back on +44 20 7946 0958 after 5pm") == [.phone])
        #expect(scanner.scan("Refund to DE89 3704 0044 0532 0130 00 please") == [.iban])
        #expect(scanner.scan("Paid with card 4111 1111 1111 1111 yesterday") == [.paymentCard])
        #expect(scanner.scan("Login from 192.168.1.10 failed") == [.ipAddress])
        #expect(scanner.scan("Her SSN is 078-05-1120.") == [.nationalID])
        #expect(scanner.scan("Spoke with Mary Johnson about the delivery") == [.fullName])
        #expect(scanner.scan("Phone (212) 555-0187 or mail ada@example.com").isSuperset(of: [.phone, .email]))
    }

    @Test func leavesOrdinaryTextAlone() {
        #expect(scanner.scan("Delivered on 2024-01-15, order 12345, total 1,234.56 EUR").isEmpty)
        #expect(scanner.scan("The Deluxe Coffee Grinder ships in 3 to 5 days.").isEmpty)
        #expect(scanner.scan("Version 10.0.19041 fixes the Login Page.").isEmpty)
        #expect(scanner.scan("Call Mary tomorrow").isEmpty)
        #expect(scanner.scan("Songs by Alice In Chains").isEmpty)
    }

    @Test func walksJSONKeysAndLeaves() throws {
        let walker = JSONWalker(names: ColumnNameClassifier(), values: values)
        let findings = try #require(walker.walk(#"{"contact": {"eMail": "x", "telefono": null}, "tags": ["a", "b"]}"#, table: "orders"))
        #expect(findings.keyKinds == [.email, .phone])
        let leaves = try #require(walker.walk(#"{"k1": ["ada@example.com"], "k2": {"deep": "DE89370400440532013000"}}"#, table: "events"))
        #expect(leaves.leafSignals == [.email, .iban])
        let text = try #require(walker.walk(#"{"comment": "please call Mary Johnson on 030 1234567 today"}"#, table: "events"))
        #expect(text.embedded == [.phone, .fullName])
        let plain = try #require(walker.walk(#"{"sku": "A-1", "qty": 2, "price": 9.99}"#, table: "orders"))
        #expect(plain.isEmpty)
        #expect(walker.walk("{not json", table: "orders") == nil)
    }

    @Test func splitsPostgresArrays() {
        #expect(PostgresArrayText.elements(#"{a,b,"c d",NULL}"#) == ["a", "b", "c d", nil])
        #expect(PostgresArrayText.elements(#"{"say \"hi\"","x,y"}"#) == [#"say "hi""#, "x,y"])
        #expect(PostgresArrayText.elements("{{1,2},{3,4}}") == ["1", "2", "3", "4"])
        #expect(PostgresArrayText.elements("{}") == [])
        #expect(PostgresArrayText.elements("[1:2]={x,y}") == ["x", "y"])
        #expect(PostgresArrayText.elements("not an array") == nil)
        #expect(PostgresArrayText.elements(#"{"unterminated}"#) == nil)
    }
}
