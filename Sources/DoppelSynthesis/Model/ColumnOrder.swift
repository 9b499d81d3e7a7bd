/// Two columns of a table whose values keep an order in every source row that has both (`ordered_at ≤
/// shipped_at`, `rented_at ≤ returned_at`): generation keeps it too, as if the table had `CHECK (lower <= upper)`.
public struct ColumnOrder: Codable, Hashable, Sendable {
    /// The column whose value is never the larger.
    public var lower: String
    /// The column whose value is never the smaller.
    public var upper: String
    /// Source rows with both values, all of them in order.
    public var rows: Int64

    package init(lower: String, upper: String, rows: Int64) {
        self.lower = lower
        self.upper = upper
        self.rows = rows
    }
}
