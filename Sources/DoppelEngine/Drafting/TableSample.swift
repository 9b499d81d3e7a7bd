import DoppelCore

/// The first rows of one table, read in the source's snapshot for detection: at most `limit` of them, so a
/// draft of a large database reads a bounded amount per table. Values stay in memory only while the
/// table's columns are classified; nothing of them is written anywhere.
struct TableSample {
    /// The columns sampled, in the order of ``rows``' values: the table's stored columns.
    let columns: [Column]
    /// The rows read, each with one value per column.
    private(set) var rows: [[Value]] = []

    /// Reads at most `limit` rows of `table` from `source`.
    init(of table: Table, from source: any SourceDatabase, limit: Int) throws {
        columns = table.storedColumns
        guard !columns.isEmpty, limit > 0 else { return }
        let dialect = source.dialect
        let list = columns.map { dialect.quote($0.name) }.joined(separator: ", ")
        var rows: [[Value]] = []
        rows.reserveCapacity(min(limit, 4096))
        try source.scan(unsafeSQL: "SELECT \(list) FROM \(dialect.from(table: table)) LIMIT \(limit)") { row in
            rows.append(row)
        }
        self.rows = rows
    }

    /// The values of the column at `index`, row by row.
    func values(at index: Int) -> [Value] {
        rows.map { $0[index] }
    }
}
