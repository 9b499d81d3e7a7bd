import Foundation

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
        /// Generate rows from the table's fitted model: no source row is copied.
        case synthesize
    }

    /// How many rows a synthesized table gets (`rows: 500` or `rows: 2x`).
    public enum RowCount: Hashable, Sendable {
        /// Exactly this many rows.
        case count(Int64)
        /// The fitted row count times this factor (for a child, each parent's children scale with it).
        case factor(Double)

        /// Reads `500` (a count, 0 or more) or `2x` / `0.5x` (a factor above 0), as policies and `--rows` write
        /// them; nil for anything else.
        package init?(parsing text: String) {
            let text = text.trimmingCharacters(in: .whitespaces)
            if let count = Int64(text), count >= 0 {
                self = .count(count)
            } else if text.hasSuffix("x"), let factor = Double(text.dropLast()), factor > 0, factor.isFinite {
                self = .factor(factor)
            } else {
                return nil
            }
        }
    }

    /// What happens to a row whose parent row was filtered out.
    public enum Orphans: String, CaseIterable, Sendable {
        /// Drop the row too (the default).
        case drop
        /// Keep the row and set its (nullable) reference to NULL.
        case null
    }

    /// The table's name.
    public var name: String
    /// Where the table's key is written in the policy.
    public var location: SourceLocation
    /// How its rows reach the clone (`mode:`, default `mask`).
    public var mode: Mode
    /// SQL on the source's columns that keeps only matching rows (source SQL, pushed down to the source).
    public var whereSQL: String?
    /// Where `where:` is written.
    public var whereLocation: SourceLocation?
    /// What happens to rows whose parent row was filtered out (`orphans:`).
    public var orphans: Orphans
    /// Column policies in the order the file lists them.
    public var columns: [ColumnPolicy]
    /// The entry of this table's columns no other entry decides (`default: keep` in the table), if written.
    public var defaultEntry: ColumnPolicy?
    /// Rows of a synthesized table; nil follows `--scale` (or the fitted count).
    public var rows: RowCount?
    /// Where `rows:` is written.
    public var rowsLocation: SourceLocation?
    /// Under `subset:`, which rows referencing this table's kept rows are kept (`children:`); nil takes the subset's.
    public var children: SubsetChildren?
    /// Where `children:` is written.
    public var childrenLocation: SourceLocation?
    /// Under `subset:`, whether the table keeps every row (`keep_rows: all`) rather than only the rows the
    /// subset reaches (`keep_rows: referenced`, the default): for lookup tables wanted whole.
    public var keepsAllRows = false
    /// Where `keep_rows:` is written.
    public var keepRowsLocation: SourceLocation?

    package init(
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
