import DoppelCore
import DoppelPolicy
import Testing
@testable import DoppelMasking

/// A rule that cannot transform a value never returns it: it throws ``UnreadableValue`` (whose reason never
/// holds the value), or writes the column's `on_invalid` choice.
@Suite struct UnreadableValueTests {
    static let unreadableDates: [Value] = [.text("12/31/1980"), .text("Dec 31 1980"), .text("31/12/1980 Jane Roe"), .real(2_444_605.5), .blob([1, 2, 3])]

    func expectUnreadable(_ transform: any ValueTransform, _ value: Value, _ note: String) {
        do {
            let output = try transform.apply(value, row: RuleHarness.row(id: 1, value))
            Issue.record("\(note): \(value) became \(output) instead of being refused")
            #expect(output != value, "\(note): copied verbatim")
        } catch let problem as UnreadableValue {
            if let text = value.textRepresentation { #expect(!problem.reason.contains(text), "\(note)") }
        } catch {
            Issue.record("\(note): \(error)")
        }
    }

    @Test func generalizeAndShiftRefuseWhatIsNoDate() throws {
        for (rule, parameters) in [(GeneralizeRule.self as any Rule.Type, ["to": "year"]), (GeneralizeRule.self, ["to": "month"]), (ShiftRule.self, [:])] {
            let transform = try RuleHarness.transform(rule, type: .date, parameters: parameters)
            for value in Self.unreadableDates { expectUnreadable(transform, value, "\(rule.descriptor.name) \(parameters)") }
            #expect(try transform.apply(.null, row: RuleHarness.row(id: 1, .null)) == .null)
        }
    }

    @Test func generalizeRefusesWhatIsNoNumber() throws {
        let transform = try RuleHarness.transform(GeneralizeRule.self, type: .integer, parameters: ["bucket": "10"])
        for value: Value in [.text("about 40"), .text("forty-two"), .blob([0x34, 0x32])] { expectUnreadable(transform, value, "bucket") }
        #expect(try transform.apply(.text("37"), row: RuleHarness.row(id: 1, .null)).textRepresentation?.hasPrefix("30") == true)
    }

    @Test func pseudonymizeRefusesWhatItCannotEncrypt() throws {
        let transform = try RuleHarness.transform(PseudonymizeRule.self)
        for value: Value in [.real(3.25), .blob([7, 7, 7]), .text("Σωκράτης"), .text("山田太郎")] { expectUnreadable(transform, value, "pseudonymize") }
        #expect(try transform.apply(.text("José 42"), row: RuleHarness.row(id: 1, .null)) != .text("José 42"))
    }

    @Test func shapeKeepingFakesRefuseWhatTheyCannotChange() throws {
        expectUnreadable(try RuleHarness.transform(FakeRule.self, pii: .phone), .text("電話なし"), "fake phone")
        expectUnreadable(try RuleHarness.transform(FakeRule.self, pii: .nationalID), .blob([1, 2]), "fake national_id")
    }

    @Test func jsonAndArraysRefuseWhatTheyCannotParse() throws {
        let json = try RuleHarness.transform(JSONRule.self, type: .json, parameters: [:])
        expectUnreadable(json, .text("{not json Jane Roe"), "json")
        expectUnreadable(json, .blob([0x7B, 0x7D]), "json")
        let array = try RuleHarness.transform(RedactRule.self, declaredType: "text[]")
        expectUnreadable(array, .text("Jane Roe"), "array")
        expectUnreadable(array, .integer(42), "array")
    }

    @Test func onInvalidWritesTheChosenReplacement() throws {
        let row = RuleHarness.row(id: 1, .null)
        let nulled = try RuleHarness.transform(GeneralizeRule.self, type: .date, parameters: ["to": "year", "on_invalid": "null"])
        #expect(try nulled.apply(.text("Dec 31 1980"), row: row) == .null)
        #expect(try nulled.apply(.text("1980-12-31"), row: row) == .text("1980-01-01"))
        let redacted = try RuleHarness.transform(ShiftRule.self, type: .date, parameters: ["on_invalid": "redact"])
        #expect(try redacted.apply(.text("31/12/1980 Jane Roe"), row: row) == .text("[redacted]"))
        let elements = try RuleHarness.transform(ShiftRule.self, declaredType: "date[]", parameters: ["on_invalid": "null"])
        #expect(try elements.apply(.text("{1980-12-31,soon}"), row: row).textRepresentation?.hasSuffix(",NULL}") == true)
        #expect(try elements.apply(.text("not an array"), row: row) == .null)
    }

    @Test func everyRuleTakesOnInvalid() {
        for descriptor in RuleRegistry.descriptors {
            #expect(descriptor.parameter(named: "on_invalid")?.kind == .choice(["null", "redact"]), "\(descriptor.name)")
        }
        let schema = CheckHarness.schema([Column(name: "born", declaredType: "text", logicalType: .text, isNullable: true)])
        for entry in ["{ rule: generalize, to: year, on_invalid: null }", "{ rule: redact, on_invalid: redact }", "{ rule: keep, on_invalid: null }"] {
            #expect(CheckHarness.errors(CheckHarness.policy(["born: \(entry)"]), schema: schema).isEmpty, "\(entry)")
        }
        #expect(!CheckHarness.errors(CheckHarness.policy(["born: { rule: shift, on_invalid: copy }"]), schema: schema).isEmpty)
    }
}
