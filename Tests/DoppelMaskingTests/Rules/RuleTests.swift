import DoppelCore
import DoppelPolicy
import Testing
@testable import DoppelFakers
@testable import DoppelMasking

@Suite struct RuleTests {
    @Test func registryNamesAreUniqueAndDescribed() {
        let names = RuleRegistry.descriptors.map(\.name)
        #expect(Set(names).count == names.count)
        for descriptor in RuleRegistry.descriptors {
            #expect(!descriptor.summary.isEmpty)
            #expect(descriptor.example.contains(":"))
        }
        #expect(names == ["keep", "null", "constant", "redact", "json", "fake", "pseudonymize", "hash", "generalize", "shift", "synthesize"])
    }

    /// The byte-level blank test agrees with `allSatisfy(\.isWhitespace)` on ASCII and beyond it.
    @Test func blankTextIsWhatUnicodeCallsWhitespace() {
        let cases = ["", " ", "\t\n\r", "  x", "x  ", "a", "\u{00A0}", "\u{3000}\u{2003}", " \u{00A0}é", "é", "\u{200B}", "+1 (555) 010-0000"]
        for text in cases {
            #expect(FakeRule.Transform.isBlank(text) == text.allSatisfy(\.isWhitespace), "\(Array(text.unicodeScalars))")
        }
    }

    @Test func fakeIsAKeyedFunctionOfTheSourceValue() throws {
        let fake = try RuleHarness.transform(FakeRule.self, pii: .email)
        let a = try fake.apply(.text("alice@corp.test"), row: RuleHarness.row(id: 1, .null))
        let again = try fake.apply(.text("alice@corp.test"), row: RuleHarness.row(id: 2, .null))
        #expect(a == again)  // same input, same fake, whatever the row
        #expect(a != .text("alice@corp.test"))
        #expect(try fake.apply(.null, row: RuleHarness.row(id: 1, .null)) == .null)
        let otherSeed = try RuleHarness.transform(FakeRule.self, pii: .email, seed: 2)
        #expect(try otherSeed.apply(.text("alice@corp.test"), row: RuleHarness.row(id: 1, .null)) != a)
    }

    /// The most common first names come out of the Census lists often (Mary is drawn for about 1 in 40
    /// women): without a redraw, some of these 400 sources would keep their own name.
    @Test func aFakeNeverEqualsItsOwnSource() throws {
        let data = try FakerData.shared()
        let common = data.femaleFirstNames.items.prefix(200) + data.maleFirstNames.items.prefix(200)
        for seed in UInt64(1)...5 {
            let fake = try RuleHarness.transform(FakeRule.self, pii: .firstName, seed: seed)
            for name in common {
                #expect(try fake.apply(.text(name), row: RuleHarness.row(id: 1, .null)) != .text(name), "\(name) kept with seed \(seed)")
            }
        }
    }

    @Test func uniqueFakesStayDistinct() throws {
        let fake = try RuleHarness.transform(FakeRule.self, pii: .firstName, unique: true)
        var outputs = Set<Value>()
        for index in 0..<5_000 {
            outputs.insert(try fake.apply(.text("person \(index)"), row: RuleHarness.row(id: Int64(index), .null)))
        }
        #expect(outputs.count == 5_000)
    }

    @Test func pseudonymsPreserveFormatAndAreInjective() throws {
        let rule = try RuleHarness.transform(PseudonymizeRule.self)
        let row = RuleHarness.row(id: 1, .null)
        let phone = try #require(try rule.apply(.text("+1 (780) 428-9482"), row: row).textRepresentation)
        #expect(phone.count == 17)
        #expect(phone.map { $0.isNumber ? "9" : $0 } == Array("+9 (999) 999-9999"))
        #expect(phone != "+1 (780) 428-9482")
        let email = try #require(try rule.apply(.text("Luis.G@embraer.com.br"), row: row).textRepresentation)
        #expect(email.hasSuffix(".br"))
        #expect(email.contains("@"))
        #expect(email.count == "Luis.G@embraer.com.br".count)
        #expect(email.first?.isUppercase == true)
        // Every 4-digit code maps to a distinct 4-digit code (a small domain, below FF1's minimum).
        var codes = Set<String>()
        for number in 0..<10_000 {
            let code = String(repeating: "0", count: 4 - String(number).count) + String(number)
            let output = try #require(try rule.apply(.text(code), row: row).textRepresentation)
            #expect(output.count == 4 && output.allSatisfy(\.isNumber))
            codes.insert(output)
        }
        #expect(codes.count == 10_000)
    }

    @Test func integerPseudonymsKeepTheirDigitCountAndNeverCollide() throws {
        let rule = try RuleHarness.transform(PseudonymizeRule.self, type: .integer)
        var seen = Set<Value>()
        for number in Int64(1)...20_000 {
            let output = try rule.apply(.integer(number), row: RuleHarness.row(id: number, .null))
            guard case .integer(let value) = output else {
                Issue.record("not an integer")
                return
            }
            #expect(String(value).count == String(number).count)
            seen.insert(output)
        }
        #expect(seen.count == 20_000)
        let large = try rule.apply(.integer(9_000_000_000_000_000_000), row: RuleHarness.row(id: 1, .null))
        if case .integer(let value) = large { #expect(String(value).count == 19) } else { Issue.record("not an integer") }
    }

    @Test func anotherSecretChangesPseudonyms() throws {
        let a = try RuleHarness.transform(PseudonymizeRule.self)
        let b = try RuleHarness.transform(PseudonymizeRule.self, secret: RuleHarness.otherSecret)
        var differing = 0
        for index in 0..<1_000 {
            let value = Value.text("ID-\(100_000 + index)")
            if try a.apply(value, row: RuleHarness.row(id: 1, .null)) != b.apply(value, row: RuleHarness.row(id: 1, .null)) { differing += 1 }
        }
        #expect(differing >= 995)
    }

    @Test func generalizeDatesAndNumbers() throws {
        let year = try RuleHarness.transform(GeneralizeRule.self, type: .date, parameters: ["to": "year"])
        #expect(try year.apply(.text("1962-02-18 10:11:12"), row: RuleHarness.row(id: 1, .null)) == .text("1962-01-01 00:00:00"))
        let month = try RuleHarness.transform(GeneralizeRule.self, type: .date, parameters: ["to": "month"])
        #expect(try month.apply(.text("1962-02-18"), row: RuleHarness.row(id: 1, .null)) == .text("1962-02-01"))
        let bucket = try RuleHarness.transform(GeneralizeRule.self, type: .integer, parameters: ["bucket": "10"])
        #expect(try bucket.apply(.integer(37), row: RuleHarness.row(id: 1, .null)) == .integer(30))
        #expect(try bucket.apply(.integer(-3), row: RuleHarness.row(id: 1, .null)) == .integer(-10))
    }

    @Test func shiftMovesAllDatesOfARowTogether() throws {
        let shift = try RuleHarness.transform(ShiftRule.self, type: .date, parameters: ["days": "30"])
        var offsets = Set<Int>()
        for id in Int64(1)...200 {
            let row = RuleHarness.row(id: id, .null)
            let textA = try shift.apply(.text("2020-01-10"), row: row).textRepresentation ?? ""
            let textB = try shift.apply(.text("2020-03-10 08:00:00"), row: row).textRepresentation ?? ""
            let a = try #require(TemporalText(textA))
            let b = try #require(TemporalText(textB))
            let offsetA = a.date.daysSinceEpoch - CivilDate(year: 2020, month: 1, day: 10).daysSinceEpoch
            let offsetB = b.date.daysSinceEpoch - CivilDate(year: 2020, month: 3, day: 10).daysSinceEpoch
            #expect(offsetA == offsetB)
            #expect(offsetA != 0 && abs(offsetA) <= 30)
            #expect(b.timeSuffix == " 08:00:00")
            offsets.insert(offsetA)
        }
        #expect(offsets.count > 20)
    }

    @Test func hashIsKeyedAndSized() throws {
        let hash = try RuleHarness.transform(HashRule.self, parameters: ["length": "20"])
        let output = try #require(try hash.apply(.text("x"), row: RuleHarness.row(id: 1, .null)).textRepresentation)
        #expect(output.count == 20 && output.allSatisfy(\.isHexDigit))
        let other = try RuleHarness.transform(HashRule.self, parameters: ["length": "20"], secret: RuleHarness.otherSecret)
        #expect(try other.apply(.text("x"), row: RuleHarness.row(id: 1, .null)).textRepresentation != output)
    }

    @Test func redactConstantAndNull() throws {
        #expect(try RuleHarness.transform(RedactRule.self).apply(.text("secret"), row: RuleHarness.row(id: 1, .null)) == .text("[redacted]"))
        #expect(try RuleHarness.transform(RedactRule.self, parameters: ["keep_length": "true"]).apply(.text("secret"), row: RuleHarness.row(id: 1, .null)) == .text("xxxxxx"))
        #expect(try RuleHarness.transform(ConstantRule.self, type: .integer, parameters: ["value": "7"]).apply(.integer(3), row: RuleHarness.row(id: 1, .null)) == .integer(7))
        #expect(try RuleHarness.transform(NullRule.self).apply(.text("x"), row: RuleHarness.row(id: 1, .null)) == .null)
    }
}

@Suite struct PseudonymizerEdgeTests {
    @Test func extremeIntegersStayInRangeAndDistinct() throws {
        let rule = try RuleHarness.transform(PseudonymizeRule.self, type: .integer)
        let inputs: [Int64] = [.min, .min + 1, .max, .max - 1, -1, 0, 1]
        let outputs = try inputs.map { try rule.apply(.integer($0), row: RuleHarness.row(id: 1, .null)) }
        #expect(Set(outputs).count == inputs.count)
        #expect(outputs[0] == .integer(.min))
    }
}
