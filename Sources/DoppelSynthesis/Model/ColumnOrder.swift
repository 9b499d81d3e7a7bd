/// Two columns of a table whose values keep an order in every source row that has both (`ordered_at ≤
/// shipped_at`, `rented_at ≤ returned_at`): generation keeps it too, as if the table had `CHECK (lower <= upper)`.
public struct ColumnOrder: Codable, Hashable, Sendable {
    /// The column whose value is never the larger.
    public var lower: String
    /// The column whose value is never the smaller.
    public var upper: String
    /// Source rows with both values, all of them in order.
    public var rows: Int64
    /// For a near-deterministic pair (correlation at least ``nearDeterministic`` in the source: a rental and its
    /// return): 21 quantiles, from the 1st to the 99th percentile, of `upper − lower`; generation then writes
    /// `upper` as `lower` plus a gap drawn from them, which keeps the pair as tight as the source's. Nil otherwise.
    public var gaps: [Double]?
    /// The pair's correlation in the source, when its gaps are kept.
    public var correlation: Double?

    /// The correlation from which a pair's gaps are kept.
    package static let nearDeterministic = 0.95

    package init(lower: String, upper: String, rows: Int64) {
        self.lower = lower
        self.upper = upper
        self.rows = rows
    }
}
