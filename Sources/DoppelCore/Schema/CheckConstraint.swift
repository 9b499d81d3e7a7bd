/// A CHECK constraint, with its expression as SQL text.
public struct CheckConstraint: Codable, Hashable, Sendable {
    public var name: String?
    public var expression: String

    public init(name: String?, expression: String) {
        self.name = name
        self.expression = expression
    }
}
