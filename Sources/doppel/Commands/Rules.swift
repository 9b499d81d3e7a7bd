import ArgumentParser
import DoppelEngine
import Foundation
import DoppelMasking

extension Doppel {
    /// `doppel rules`: the rule catalog, from the same descriptors the validator uses.
    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List every rule with its parameters, accepted types and properties.",
            discussion: """
                Examples:
                  doppel rules
                  doppel rules --json
                """)

        @Flag(help: "Print the catalog as JSON.")
        var json = false

        func run() throws {
            let descriptors = RuleRegistry.descriptors
            guard json else {
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
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(catalog), as: UTF8.self))
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
