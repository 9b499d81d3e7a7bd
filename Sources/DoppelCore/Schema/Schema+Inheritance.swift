extension Schema {
    /// The columns of `table` that take the rule of the column they reference through a foreign key to a table
    /// of this schema: column → `parent.column` (the first key a column is in decides).
    package func inheritedColumns(of table: Table) -> [String: String] {
        var inherited: [String: String] = [:]
        for key in table.foreignKeys {
            guard let parent = self.table(named: key.referencedTable) else { continue }
            for (column, parentColumn) in zip(key.columns, parent.referencedColumns(of: key)) where inherited[column] == nil {
                inherited[column] = "\(parent.name).\(parentColumn)"
            }
        }
        return inherited
    }
}
