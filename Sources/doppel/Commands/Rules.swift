import ArgumentParser
import DoppelEngine
import Foundation
import DoppelMasking
import DoppelPolicy

extension Doppel {
    /// `doppel rules`: the rule catalog, from the same descriptors the validator uses.
    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List every rule with its parameters, accepted types and properties.",
            discussion: """
                Examples:
                  doppel rules
                  doppel rules --format json
                  doppel rules --json-schema > Policies/policy.schema.json   # the policy format, for editors
                """)

        @OptionGroup var output: FormatOption

        @Flag(help: "Print the JSON Schema of the whole policy format (built from these rules), for editors.")
        var jsonSchema = false

        func run() throws {
            if jsonSchema {
                print(try PolicyJSONSchema.text(), terminator: "")
                return
            }
            let descriptors = RuleRegistry.descriptors
            guard output.isJSON else {
                print(RulesText.render(descriptors))
                return
            }
            let catalog = descriptors.map { rule -> [String: AnyEncodable] in
                [
                    "name": AnyEncodable(rule.name), "summary": AnyEncodable(rule.summary), "example": AnyEncodable(rule.example),
                    "types": AnyEncodable(rule.acceptedTypes.map { $0.sorted() } ?? ["any"]),
                    "deterministic": AnyEncodable(rule.properties.deterministic), "keyed": AnyEncodable(rule.properties.keyed),
                    "injective": AnyEncodable(rule.properties.injective), "preserves_format": AnyEncodable(rule.properties.preservesFormat),
                    "supports_unique": AnyEncodable(rule.properties.supportsUnique),
                    "parameters": AnyEncodable(rule.parameters.map { ["name": $0.name, "kind": $0.kindDescription, "required": $0.isRequired ? "yes" : "no", "summary": $0.summary] }),
                ]
            }
            try FormatOption.printJSON(catalog)
        }
    }
}

/// A type-erased `Encodable`, for small ad-hoc JSON documents.
struct AnyEncodable: Encodable {
    private let encodeValue: (any Encoder) throws -> Void
    init<Value: Encodable>(_ value: Value) {
        encodeValue = { try value.encode(to: $0) }
    }
    func encode(to encoder: any Encoder) throws {
        try encodeValue(encoder)
    }
}
