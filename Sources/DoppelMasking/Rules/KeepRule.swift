import DoppelCore
public import DoppelPolicy

/// `keep`: copies the value unchanged.
public enum KeepRule: Rule {
    public static let descriptor = RuleDescriptor(
        name: "keep", summary: "Copies the value unchanged. For columns that hold no personal data.",
        properties: .init(deterministic: true, keyed: false, injective: true, preservesFormat: true, supportsUnique: true), output: .sourceValue,
        example: "genre_id: keep")

    public static var masksArrayElements: Bool { false }

    public static func make(_ context: RuleContext) throws -> any ValueTransform {
        Transform()
    }

    struct Transform: ValueTransform {
        func apply(_ value: Value, row: RowContext) throws -> Value { value }
    }
}
