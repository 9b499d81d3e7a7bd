import DoppelCore
package import DoppelPolicy

/// `null`: writes NULL. The column must allow NULL.
package enum NullRule: Rule {
    package static let descriptor = RuleDescriptor(
        name: "null", summary: "Writes NULL in every row. The column must allow NULL.",
        properties: .init(deterministic: true, keyed: false, injective: false, preservesFormat: false, supportsUnique: false), output: .generated,
        example: "fax: null")

    package static var masksArrayElements: Bool { false }

    package static func make(_ context: RuleContext) throws -> any ValueTransform {
        guard context.column.isNullable else {
            throw RuleSetupError("`\(context.place)` is NOT NULL, so rule `null` cannot apply; use `redact` or `constant`")
        }
        return Transform()
    }

    struct Transform: ValueTransform {
        func apply(_ value: Value, row: RowContext) throws -> Value { .null }
    }
}
