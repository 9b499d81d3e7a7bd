/// A foreign key named by what it links: the referencing table and columns, and the referenced table.
package struct ForeignKeyReference: Hashable, Codable, Sendable, CustomStringConvertible {
    package var table: String
    package var columns: [String]
    package var referencedTable: String

    package init(table: String, columns: [String], referencedTable: String) {
        self.table = table
        self.columns = columns
        self.referencedTable = referencedTable
    }

    /// The reference of `key`, declared by `table`.
    package init(_ key: ForeignKey, of table: String) {
        self.init(table: table, columns: key.columns, referencedTable: key.referencedTable)
    }

    /// The same reference with every name lower-cased, to match names an engine folds (SQLite compares them without case).
    package var folded: ForeignKeyReference {
        ForeignKeyReference(table: table.lowercased(), columns: columns.map { $0.lowercased() }, referencedTable: referencedTable.lowercased())
    }

    /// `orders (customer_id) → customers`.
    package var description: String {
        "\(table) (\(columns.joined(separator: ", "))) → \(referencedTable)"
    }
}
