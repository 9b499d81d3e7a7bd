/// A foreign key named by what it links: the referencing table and columns, and the referenced table.
public struct ForeignKeyReference: Hashable, Codable, Sendable, CustomStringConvertible {
    public var table: String
    public var columns: [String]
    public var referencedTable: String

    public init(table: String, columns: [String], referencedTable: String) {
        self.table = table
        self.columns = columns
        self.referencedTable = referencedTable
    }

    /// The reference of `key`, declared by `table`.
    public init(_ key: ForeignKey, of table: String) {
        self.init(table: table, columns: key.columns, referencedTable: key.referencedTable)
    }

    /// The same reference with every name lower-cased, to match names an engine folds (SQLite compares them without case).
    public var folded: ForeignKeyReference {
        ForeignKeyReference(table: table.lowercased(), columns: columns.map { $0.lowercased() }, referencedTable: referencedTable.lowercased())
    }

    /// `orders (customer_id) → customers`.
    public var description: String {
        "\(table) (\(columns.joined(separator: ", "))) → \(referencedTable)"
    }
}
