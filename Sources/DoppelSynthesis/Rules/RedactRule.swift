import DoppelCore
import DoppelPolicy

/// `redact`: replaces every value with a fixed marker, or with `x`s of the same length.
public enum RedactRule: Rule {
    public static let descriptor = RuleDescriptor(
        name: "redact", summary: "Replaces the value with a marker (`[redacted]` unless `with` says otherwise); NULL stays NULL. `keep_length: true` writes x's of the original length instead.",
        parameters: [
            .init("with", .text, summary: "the marker text"),
            .init("keep_length", .boolean, summary: "write one x per character instead of a marker"),
        ],
        acceptedTypes: ["text", "json", "any", "blob"],
        properties: .init(deterministic: true, keyed: false, injective: false, preservesFormat: false, supportsUnique: false),
        example: "notes: { pii: free_text, rule: redact }")

    public static func make(_ context: RuleContext) throws -> any ValueTransform {
        Transform(marker: context.parameter("with") ?? "[redacted]", keepLength: context.policy.parameters["keep_length"]?.boolean ?? false)
    }

    struct Transform: ValueTransform {
        let marker: String
        let keepLength: Bool
        func apply(_ value: Value, row: RowContext) throws -> Value {
            switch value {
            case .null: return .null
            case .blob: return .blob([])
            default:
                if keepLength, let text = value.textRepresentation {
                    return .text(String(repeating: "x", count: text.count))
                }
                return .text(marker)
            }
        }
    }
}
