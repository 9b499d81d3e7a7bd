import DoppelPolicy
import Testing

@Suite struct PolicyLoaderTests {
    @Test func aCompletePolicyLoadsWithEveryPart() throws {
        let (policy, diagnostics) = PolicyLoader().load(text: PolicyTestSchema.valid, file: "policy.yaml")
        #expect(diagnostics.isEmpty)
        let loaded = try #require(policy)
        #expect(loaded.seed == 7)
        #expect(loaded.secretReference == "env:DOPPEL_SECRET")
        #expect(loaded.unlisted == .fail)
        let email = try #require(loaded.table(named: "customers")?.column(named: "email"))
        #expect(email.rule == "fake" && email.pii == .email && email.unique)
        #expect(email.location == SourceLocation(file: "policy.yaml", line: 8, column: 7))
        #expect(loaded.table(named: "customers")?.column(named: "birth_date")?.parameters["to"]?.text == "year")
        #expect(PolicyTestSchema.diagnose(PolicyTestSchema.valid).isEmpty)
    }

    @Test func rolesAndUnsupportedAreRead() throws {
        let text = "version: 1\nunsupported: fail\nroles:\n  app_reader: qa_reader\n  admin: ~\ntables: {}\n"
        let (policy, diagnostics) = PolicyLoader().load(text: text, file: "policy.yaml")
        #expect(diagnostics.isEmpty)
        #expect(policy?.unsupported == .fail)
        #expect(policy?.roles["app_reader"] == .some("qa_reader"))
        #expect(policy?.roles["admin"] == .some(nil))
        let (_, bad) = PolicyLoader().load(text: "version: 1\nunsupported: maybe\ntables: {}\n", file: "policy.yaml")
        #expect(bad.first?.location?.line == 2)
        #expect(bad.first?.message.contains("`warn` or `fail`") == true)
    }

    @Test func carryAsIsReadAndChecked() throws {
        let text = "version: 1\ntables:\n  t:\n    columns:\n      day: { rule: keep, carry_as: \"numeric(12,2)\" }\n      bad: { rule: keep, carry_as: \"text; DROP TABLE x\" }\n"
        let (policy, diagnostics) = PolicyLoader().load(text: text, file: "policy.yaml")
        #expect(policy?.table(named: "t")?.column(named: "day")?.carryAs == "numeric(12,2)")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.location?.line == 6)
    }

    @Test func malformedYAMLPointsAtItsLineAndColumn() throws {
        let diagnostics = PolicyTestSchema.diagnose("version: 1\ntables:\n  customers:\n    columns: [unclosed\n")
        let first = try #require(diagnostics.first)
        #expect(first.severity == .error)
        #expect(first.message.contains("not valid YAML"))
        #expect(first.location?.line == 5)
    }

    @Test func unknownKeysSuggestTheIntendedOne() throws {
        let diagnostics = PolicyTestSchema.diagnose("version: 1\nsecret: env:S\ntabels: {}\n")
        let typo = try #require(diagnostics.first { $0.message.contains("tabels") })
        #expect(typo.suggestion == "did you mean `tables`?")
        #expect(typo.location == SourceLocation(file: "policy.yaml", line: 3, column: 1))
    }
}
