import DoppelPolicy
import Testing
import Foundation

@Suite struct PolicyValidatorTests {
    func replacing(_ old: String, with new: String) -> String {
        PolicyTestSchema.valid.replacingOccurrences(of: old, with: new)
    }

    func only(_ yaml: String, containing text: String) throws -> PolicyDiagnostic {
        let diagnostics = PolicyTestSchema.diagnose(yaml).filter { $0.severity == .error }
        #expect(diagnostics.count == 1, "\(diagnostics)")
        return try #require(diagnostics.first { $0.message.contains(text) })
    }

    @Test func unknownColumnSuggestsTheClosest() throws {
        let diagnostics = PolicyTestSchema.diagnose(replacing("      email:", with: "      emial:"))
        let diagnostic = try #require(diagnostics.first { $0.message.contains("no column `emial` in `customers`") })
        #expect(diagnostic.suggestion == "did you mean `email`?")
        #expect(diagnostic.location?.description == "policy.yaml:8:7")
        #expect(diagnostic.description == "policy.yaml:8:7: error: no column `emial` in `customers`; did you mean `email`?")
        // … and the real column is now uncovered, which is reported too: every problem at once.
        #expect(diagnostics.contains { $0.message.contains("`customers.email` is not covered") })
        #expect(diagnostics.count == 2)
    }

    @Test func unknownTable() throws {
        let diagnostics = PolicyTestSchema.diagnose(replacing("  orders:", with: "  order:"))
        let unknown = try #require(diagnostics.first { $0.message.contains("no table `order`") })
        #expect(unknown.suggestion == "did you mean `orders`?")
        #expect(unknown.location?.line == 11)
        #expect(diagnostics.contains { $0.message.contains("table `orders` is not covered") })
    }

    @Test func unknownRuleAndBadParameter() throws {
        let rule = try only(replacing("rule: redact", with: "rule: redcat").replacingOccurrences(of: "full_name: { pii: name, rule: fake }", with: "full_name: { pii: name, rule: redcat }"), containing: "unknown rule `redcat`")
        #expect(rule.suggestion == "did you mean `redact`?")
        #expect(rule.location?.line == 9)
        let parameter = try only(replacing("to: year", with: "to: decade"), containing: "parameter `to`")
        #expect(parameter.message.contains("not one of month, year"))
        let unknownParameter = try only(replacing("to: year", with: "to: year, round: up"), containing: "no parameter `round`")
        #expect(unknownParameter.location?.line == 10)
    }

    @Test func uncoveredColumnFailsClosedUnlessUnlistedKeep() throws {
        let yaml = replacing("\n      total: keep", with: "")
        let diagnostic = try only(yaml, containing: "`orders.total` is not covered")
        #expect(diagnostic.suggestion?.contains("total: keep") == true)
        #expect(PolicyTestSchema.diagnose("unlisted: keep\n" + yaml).filter { $0.severity == .error }.isEmpty)
    }

    @Test func literalSecretIsRefused() throws {
        let diagnostic = try only(replacing("secret: env:DOPPEL_SECRET", with: "secret: hunter2hunter2hunter2hunter2hunter2"), containing: "secret is written into the policy")
        #expect(diagnostic.location?.line == 3)
        #expect(!diagnostic.description.contains("hunter2"))
    }

    @Test func referencedKeysTakeOnlyInjectiveRules() throws {
        let yaml = replacing("      id: pseudonymize", with: "      id: { rule: redact }")
        let diagnostics = PolicyTestSchema.diagnose(yaml).filter { $0.severity == .error }
        #expect(diagnostics.contains { $0.message.contains("`customers.id` is referenced by `orders.customer_id`") })
    }

    @Test func aReferencingColumnCannotDisagreeWithItsKey() throws {
        let yaml = replacing("      total: keep", with: "      total: keep\n      customer_id: keep")
        let diagnostic = try only(yaml, containing: "must get the same rule (`pseudonymize`)")
        #expect(diagnostic.suggestion == "remove this entry")
    }

    @Test func uniqueColumnsNeedInjectiveRules() throws {
        let diagnostic = try only(replacing("email: { pii: email, rule: fake, unique: true }", with: "email: { pii: email, rule: redact }"), containing: "primary or unique key")
        #expect(diagnostic.location?.line == 8)
    }

    @Test func typeMismatch() throws {
        _ = try only(replacing("      id: keep\n      total: keep", with: "      id: keep\n      total: { rule: redact }"), containing: "does not apply to `orders.total`")
    }

    @Test func githubAnnotations() throws {
        let diagnostic = try #require(PolicyTestSchema.diagnose(replacing("      email:", with: "      emial:")).first)
        #expect(diagnostic.githubAnnotation.hasPrefix("::error file=policy.yaml,line=8,col=7::no column `emial`"))
    }
}
