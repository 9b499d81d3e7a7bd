import DoppelCore
package import DoppelPolicy

/// `keep`: copies the value unchanged.
package enum KeepRule: Rule {
    package static let descriptor = RuleDescriptor(
        name: "keep", summary: "Copies the value unchanged. For columns that hold no personal data.",
        properties: .init(deterministic: true, keyed: false, injective: true, preservesFormat: true, supportsUnique: true), output: .sourceValue,
        example: "genre_id: keep")

    package static var masksArrayElements: Bool { false }

    package static func make(_ context: RuleContext) throws -> any ValueTransform {
        Transform()
    }

    struct Transform: ValueTransform {
        func apply(_ value: Value, row: RowContext) throws -> Value { value }
    }
}
