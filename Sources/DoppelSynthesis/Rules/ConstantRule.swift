import DoppelCore
import DoppelPolicy

/// `constant`: writes the same value in every row that had one (NULL stays NULL).
public enum ConstantRule: Rule {
    public static let descriptor = RuleDescriptor(
        name: "constant", summary: "Writes one fixed value in every row that has a value; NULL stays NULL.",
        parameters: [.init("value", .text, required: true, summary: "the value to write; numbers are written as numbers in numeric columns")],
        properties: .init(deterministic: true, keyed: false, injective: false, preservesFormat: false, supportsUnique: false),
        example: "country: { rule: constant, value: Nowhere }")

    public static func make(_ context: RuleContext) throws -> any ValueTransform {
        let text = context.parameter("value") ?? ""
        let value: Value
        switch context.column.logicalType {
        case .integer, .boolean: value = Int64(text).map(Value.integer) ?? .text(text)
        case .real, .decimal: value = Double(text).map(Value.real) ?? .text(text)
        default: value = .text(text)
        }
        return Transform(constant: value)
    }

    struct Transform: ValueTransform {
        let constant: Value
        func apply(_ value: Value, row: RowContext) throws -> Value {
            value.isNull ? .null : constant
        }
    }
}
