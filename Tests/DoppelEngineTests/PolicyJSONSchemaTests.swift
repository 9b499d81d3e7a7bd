@testable import DoppelEngine
import DoppelMasking
@testable import DoppelPolicy
import DoppelTestSupport
import Foundation
import Testing

/// The JSON Schema editors read is the one the code builds, and names what the loader and the rule catalog know.
@Suite struct PolicyJSONSchemaTests {
    static func generated() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(PolicyJSONSchema.text().utf8)) as? [String: Any])
    }

    @Test func theShippedSchemaIsTheGeneratedOne() throws {
        let shipped = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("Policies/policy.schema.json"), encoding: .utf8)
        #expect(shipped == (try PolicyJSONSchema.text()), "regenerate it: swift run doppel rules --json-schema > Policies/policy.schema.json")
    }

    @Test func itNamesEveryKeyTheLoaderReads() throws {
        let schema = try Self.generated()
        let top = try #require(schema["properties"] as? [String: Any])
        #expect(Set(top.keys) == Set(PolicyLoader.topLevelKeys))
        let definitions = try #require(schema["$defs"] as? [String: Any])
        let table = try #require((definitions["table"] as? [String: Any])?["oneOf"] as? [[String: Any]])
        let tableKeys = try #require(table.last?["properties"] as? [String: Any])
        #expect(Set(tableKeys.keys) == Set(PolicyLoader.tableKeys))
        let column = try #require((definitions["column"] as? [String: Any])?["oneOf"] as? [[String: Any]])
        let columnKeys = Set(try #require(column.last?["properties"] as? [String: Any]).keys)
        #expect(Set(PolicyLoader.columnKeys).isSubset(of: columnKeys))
        // Every rule, every parameter of every rule, every PII kind.
        #expect((column.first?["enum"] as? [String]) == RuleRegistry.descriptors.map(\.name))
        for rule in RuleRegistry.descriptors {
            for parameter in rule.parameters { #expect(columnKeys.contains(parameter.name), "\(rule.name).\(parameter.name)") }
        }
        let pii = try #require((column.last?["properties"] as? [String: Any])?["pii"] as? [String: Any])
        #expect(Set(try #require(pii["enum"] as? [String])) == Set(PIIKind.allCases.map(\.rawValue) + ["none"]))
    }

    /// Each rule's parameters are allowed with that rule only: `days` (shift) under `fake` is refused.
    @Test func aRuleTakesOnlyItsOwnParameters() throws {
        let schema = try Self.generated()
        let column = try #require(((schema["$defs"] as? [String: Any])?["column"] as? [String: Any])?["oneOf"] as? [[String: Any]])
        let conditions = try #require(column.last?["allOf"] as? [[String: Any]])
        func allowed(for rule: String) -> Set<String> {
            let condition = conditions.first { (($0["if"] as? [String: Any])?["properties"] as? [String: Any]).flatMap { ($0["rule"] as? [String: Any])?["const"] as? String } == rule }
            return Set(((condition?["then"] as? [String: Any])?["propertyNames"] as? [String: Any])?["enum"] as? [String] ?? [])
        }
        #expect(allowed(for: "shift").contains("days"))
        #expect(!allowed(for: "fake").contains("days"))
        #expect(allowed(for: "json").contains("paths") && !allowed(for: "keep").contains("paths"))
        #expect(allowed(for: "fake").isSuperset(of: ["pii", "rule", "unique", "on_invalid"]))
    }
}
