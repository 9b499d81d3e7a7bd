/// A CHECK constraint, with its expression as SQL text.
public struct CheckConstraint: Codable, Hashable, Sendable {
    /// The constraint's name; nil when it has none.
    public var name: String?
    /// The checked expression, as SQL.
    public var expression: String
    /// PostgreSQL: the partition (as SQL) that declares this check, when the partitioned table does not.
    public var partitionSQL: String?

    package init(name: String?, expression: String, partitionSQL: String? = nil) {
        self.name = name
        self.expression = expression
        self.partitionSQL = partitionSQL
    }
}
