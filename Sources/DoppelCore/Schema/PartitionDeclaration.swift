/// A constraint or index declared on one partition of a partitioned table rather than on the table.
public struct PartitionDeclaration: Codable, Hashable, Sendable {
    /// The partition, as SQL (quoted, and qualified outside the primary schema).
    public var partitionSQL: String
    /// The constraint's (or index's) name on that partition.
    public var name: String

    package init(partitionSQL: String, name: String) {
        self.partitionSQL = partitionSQL
        self.name = name
    }
}
