/// What a run did to one table: the end-of-run screen, `--summary-json` and the run ledger all show it.
/// Never a data value.
public struct TableSummary: Codable, Sendable {
    /// The table's name in the source.
    public var table: String
    /// `mask`, `synthesize`, …: what the policy did with it.
    public var mode: String
    /// Rows read from the source.
    public var rowsRead: Int64
    /// Rows written to the target.
    public var rowsWritten: Int64
    /// Seconds spent on the table.
    public var seconds: Double
    /// The rules applied, by column.
    public var rules: [String: String]
    /// How many readers read the table (more than one with `--jobs`).
    public var readers: Int?

    package init(table: String, mode: String, rowsRead: Int64, rowsWritten: Int64, seconds: Double, rules: [String: String], readers: Int? = nil) {
        self.table = table
        self.mode = mode
        self.rowsRead = rowsRead
        self.rowsWritten = rowsWritten
        self.seconds = seconds
        self.rules = rules
        self.readers = readers
    }
}
