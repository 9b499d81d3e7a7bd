import DoppelCore

/// A column of a generated table that repeats a column of a synthesized parent (a line's price is its
/// track's price): in the source's share of the rows it takes the synthetic parent's value.
struct ParentCopy: Equatable {
    /// The column's position among the written columns.
    var position: Int
    /// The reference (index among the generator's) whose parent holds the column.
    var reference: Int
    /// The parent's column.
    var column: String
    /// The share of the rows that copy it.
    var share: Double

    /// The copies a table makes: its model's copied columns whose foreign key is a reference to a
    /// synthesized parent that writes the column.
    static func plan(columns: [String], model: TableModel, table: Table, references: [TableGenerator.Reference]) -> [ParentCopy] {
        var copies: [ParentCopy] = []
        for (position, name) in columns.enumerated() {
            guard let copied = model.column(named: name)?.copiedFrom,
                let reference = references.firstIndex(where: { table.foreignKeys[$0.foreignKeyIndex].columns == copied.foreignKey }),
                let parent = references[reference].parent, parent.writes(copied.column)
            else { continue }
            copies.append(ParentCopy(position: position, reference: reference, column: copied.column, share: copied.share))
        }
        return copies
    }
}
