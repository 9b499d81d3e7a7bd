package import DoppelCore

/// Reference data (regions, shippers, genres, media types): a small table that other tables reference, that
/// references none itself, and that holds little beyond its one-column key (a composite key, like a project's
/// code and year, marks entities, and so does a reference from another table's primary key: a playlist whose
/// tracks are listed in a link table). `--scale` multiplies a database's entities, not
/// its reference data: ten times the orders come from the same three shippers, so such a table keeps its fitted
/// size unless the policy gives it `rows`.
package enum LookupTable {
    /// At most this many rows.
    static let maximumRows: Int64 = 200
    /// At most this many columns besides the primary key (a name, a description, a code).
    static let maximumAttributes = 3

    /// Whether `table` (with `rows` fitted rows) holds reference data.
    package static func holds(_ table: Table, in schema: Schema, rows: Int64) -> Bool {
        guard rows > 0, rows <= maximumRows else { return false }
        // A tree of categories references itself; a table referencing another grows with it.
        guard !table.foreignKeys.contains(where: { $0.referencedTable != table.name }) else { return false }
        let references = schema.tables.filter { $0.name != table.name }.flatMap { other in
            other.foreignKeys.filter { $0.referencedTable == table.name }.map { (other, $0) }
        }
        guard !references.isEmpty, !references.contains(where: { other, key in key.columns.contains(where: other.primaryKey.contains) }) else {
            return false
        }
        let key = Set(table.primaryKey)
        return key.count == 1 && table.storedColumns.filter { !key.contains($0.name) }.count <= maximumAttributes
    }
}
