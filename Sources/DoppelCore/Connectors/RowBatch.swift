/// Rows of one table in one flat buffer: what a reader hands a writer.
///
/// Rows are stored one after another, `columnCount` values each, so a batch of a thousand rows is one
/// allocation rather than a thousand.
package struct RowBatch: Sendable {
    /// Values per row.
    package let columnCount: Int
    /// The values, row after row.
    package private(set) var values: [Value]

    /// An empty batch with room for `rows` rows.
    package init(columnCount: Int, reservingRows rows: Int = 0) {
        precondition(columnCount > 0, "a row has at least one column")
        self.columnCount = columnCount
        values = []
        values.reserveCapacity(rows * columnCount)
    }

    /// The number of complete rows.
    package var rowCount: Int { values.count / columnCount }

    package var isEmpty: Bool { values.isEmpty }

    /// Appends the next value of the row being built; a row is complete after `columnCount` appends.
    package mutating func append(_ value: Value) {
        values.append(value)
    }

    /// Appends a whole row.
    package mutating func append(row: some Collection<Value>) {
        precondition(row.count == columnCount, "a row of \(row.count) values in a batch of \(columnCount) columns")
        values.append(contentsOf: row)
    }

    /// The values of row `index`.
    package func row(_ index: Int) -> ArraySlice<Value> {
        values[(index * columnCount)..<((index + 1) * columnCount)]
    }

    /// Empties the batch, keeping its storage.
    package mutating func removeAll() {
        values.removeAll(keepingCapacity: true)
    }
}
