/// What happens to one table.
public struct TablePolicy: Hashable, Sendable {
    /// How a table's rows reach the clone.
    public enum Mode: String, CaseIterable, Sendable {
        /// Copy rows, transforming columns by their rules.
        case mask
        /// Create the table with no rows.
        case empty
        /// Leave the table out of the clone altogether.
        case skip
    }

    /// What happens to a row whose parent row was filtered out.
    public enum Orphans: String, CaseIterable, Sendable {
        /// Drop the row too (the default).
        case drop
        /// Keep the row and set its (nullable) reference to NULL.
        case null
    }

    public var name: String
    public var location: SourceLocation
    public var mode: Mode
    /// SQL on the source's columns that keeps only matching rows (source SQL, pushed down to the source).
    public var whereSQL: String?
    public var whereLocation: SourceLocation?
    public var orphans: Orphans
    /// Column policies in the order the file lists them.
    public var columns: [ColumnPolicy]

    public init(
        name: String, location: SourceLocation, mode: Mode = .mask, whereSQL: String? = nil,
        whereLocation: SourceLocation? = nil, orphans: Orphans = .drop, columns: [ColumnPolicy] = []
    ) {
        self.name = name
        self.location = location
        self.mode = mode
        self.whereSQL = whereSQL
        self.whereLocation = whereLocation
        self.orphans = orphans
        self.columns = columns
    }

    /// The policy of the column with this exact name.
    public func column(named name: String) -> ColumnPolicy? {
        columns.first { $0.name == name }
    }
}
