/// A CHECK constraint, with its expression as SQL text.
public struct CheckConstraint: Codable, Hashable, Sendable {
    public var name: String?
    public var expression: String
    /// PostgreSQL: the partition (as SQL) that declares this check, when the partitioned table does not.
    public var partitionSQL: String?

    public init(name: String?, expression: String, partitionSQL: String? = nil) {
        self.name = name
        self.expression = expression
        self.partitionSQL = partitionSQL
    }
}
