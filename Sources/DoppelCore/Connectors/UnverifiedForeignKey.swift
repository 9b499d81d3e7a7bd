/// A foreign key of the source that the clone did not verify, and why (its parent was skipped, the target
/// could not declare it, or declared it without checking the rows).
public struct UnverifiedForeignKey: Hashable, Codable, Sendable, CustomStringConvertible {
    /// The table that declares the key.
    public var table: String
    /// The key's columns in that table.
    public var columns: [String]
    /// The table the key references.
    public var referencedTable: String
    /// Why it was not verified, in words a person can act on.
    public var reason: String

    package init(_ key: ForeignKeyReference, reason: String) {
        self.table = key.table
        self.columns = key.columns
        self.referencedTable = key.referencedTable
        self.reason = reason
    }

    /// The key it is about.
    package var key: ForeignKeyReference {
        ForeignKeyReference(table: table, columns: columns, referencedTable: referencedTable)
    }

    /// `orders (customer_id) → customers: reason`.
    public var description: String { "\(key): \(reason)" }
}
