import DoppelCore
import DoppelPolicy
import Testing
@testable import DoppelMasking

/// Arrays and JSON are masked leaf by leaf: every rule on such a column writes a valid value of its type, or
/// `check` refuses it and names what would work.
@Suite struct StructuredValueTests {
    let row = RuleHarness.row(id: 1, .null)

    @Test func redactOnATextArrayWritesAValidArrayLiteral() throws {
        let redact = try RuleHarness.transform(RedactRule.self, declaredType: "text[]")
        let output = try redact.apply(.text(#"{alice,"bob smith",NULL,"with \"quote\""}"#), row: row)
        #expect(output == .text(#"{"[redacted]","[redacted]",NULL,"[redacted]"}"#))
        #expect(try redact.apply(.text("{}"), row: row) == .text("{}"))
        let nested = try redact.apply(.text("{{a,b},{c,d}}"), row: row)
        #expect(nested == .text(#"{{"[redacted]","[redacted]"},{"[redacted]","[redacted]"}}"#))
    }

    @Test func redactOnJSONKeepsTheStructureAndHidesEveryLeaf() throws {
        let redact = try RuleHarness.transform(RedactRule.self, type: .json, declaredType: "jsonb")
        let output = try redact.apply(.text(#"{"email": "a@b.test", "age": 42, "tags": ["x", "y"], "ok": true, "n": null}"#), row: row)
        #expect(output == .text(#"{"email":"[redacted]","age":0,"tags":["[redacted]","[redacted]"],"ok":true,"n":null}"#))
    }

    @Test func fakeOnAnArrayFakesEachElementAsAScalarColumnWould() throws {
        let array = try RuleHarness.transform(FakeRule.self, declaredType: "varchar(60)[]", pii: .email)
        let scalar = try RuleHarness.transform(FakeRule.self, pii: .email)
        let output = try #require(try array.apply(.text("{a@corp.test,b@corp.test}"), row: row).textRepresentation)
        let a = try #require(try scalar.apply(.text("a@corp.test"), row: row).textRepresentation)
        let b = try #require(try scalar.apply(.text("b@corp.test"), row: row).textRepresentation)
        #expect(output == "{\(a),\(b)}" || output == "{\"\(a)\",\"\(b)\"}")
    }

    @Test func jsonPathsTakeTheirOwnRules() throws {
        let location = SourceLocation(file: "test.yaml", line: 1, column: 1)
        func path(_ name: String, pii: PIIKind? = nil, _ rule: String) -> ColumnPolicy {
            ColumnPolicy(name: name, location: location, pii: pii, rule: rule, ruleLocation: location)
        }
        var policy = ColumnPolicy(name: "profile", location: location, rule: "json", ruleLocation: location)
        policy.paths = [path("$.email", pii: .email, "fake"), path("$.contacts[*].phone", pii: .phone, "fake"), path("$.plan", "keep")]
        let column = Column(name: "profile", declaredType: "jsonb", logicalType: .json, isNullable: true)
        let table = Table(name: "t", columns: [Column(name: "id", declaredType: "integer", logicalType: .integer, isNullable: false), column], primaryKey: ["id"])
        let json = try JSONRule.make(RuleContext(table: table, column: column, policy: policy, seed: 1, secret: RuleHarness.secret, columnIndexes: ["id": 0, "profile": 1]))
        let email = try #require(try RuleHarness.transform(FakeRule.self, pii: .email).apply(.text("a@corp.test"), row: row).textRepresentation)
        let source = #"{"email":"a@corp.test","plan":"gold","contacts":[{"phone":"555-0101","name":"Al"}],"age":40}"#
        let output = try #require(try json.apply(.text(source), row: row).textRepresentation)
        #expect(output.hasPrefix(#"{"email":"\#(email)","plan":"gold","contacts":[{"phone":""#))
        #expect(output.hasSuffix(#"","name":"[redacted]"}],"age":0}"#))
        #expect(!output.contains("555-0101"))
        #expect(throws: UnreadableValue.self) { try json.apply(.text("not json"), row: row) }
    }

    @Test func checkRefusesRulesThatCannotWriteTheStructuredType() throws {
        let schema = CheckHarness.schema([
            Column(name: "profile", declaredType: "jsonb", logicalType: .json, isNullable: true),
            Column(name: "tags", declaredType: "text[]", logicalType: .text, isNullable: true),
            Column(name: "note", declaredType: "text", logicalType: .text, isNullable: true),
        ])
        let errors = CheckHarness.errors(CheckHarness.policy([
            "profile: { pii: email, rule: fake }", "tags: { rule: hash }", "note: { rule: json, paths: { \"$.a\": redact } }",
        ]), schema: schema)
        #expect(errors.count == 2, "\(errors)")
        let profile = try #require(errors.first { $0.message.contains("`people.profile`") })
        #expect(profile.suggestion?.contains("rule: json") == true)
        #expect(errors.contains { $0.message.contains("`people.note`") })
        let good = CheckHarness.errors(CheckHarness.policy([
            #"profile: { rule: json, paths: { "$.email": { pii: email, rule: fake }, "$.tags[*]": redact }, others: keep }"#,
            "tags: redact", "note: keep",
        ]), schema: schema)
        #expect(good.isEmpty, "\(good)")
        let badPath = CheckHarness.errors(CheckHarness.policy([
            #"profile: { rule: json, paths: { "$.email": { rule: fak } } }"#, "tags: redact", "note: keep",
        ]), schema: schema)
        #expect(badPath.count == 1 && badPath.first?.message.contains("fak") == true, "\(badPath)")
        #expect(badPath.first?.location?.line == 8)
    }
}
