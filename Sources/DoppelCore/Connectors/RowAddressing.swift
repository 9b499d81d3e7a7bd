/// How a source names a row by where it lies in its table, within one snapshot (PostgreSQL's `ctid`), and
/// reads rows back by those names: a subset reads the few rows it keeps of a large table directly, instead
/// of reading the table again.
public protocol RowAddressing: Sendable {
    /// The expression on `alias` that gives a row's address; nil for a table whose rows it cannot address
    /// (a partitioned table, whose partitions repeat addresses).
    func addressExpression(for table: Table, alias: String) -> String?
    /// A row's address as one number, from the value of ``addressExpression(for:)``; nil when it is not one.
    func packedAddress(_ value: Value) -> UInt64?
    /// A condition on `alias` that holds for exactly the rows at `addresses` (packed, sorted, distinct).
    func condition(selecting addresses: [UInt64], alias: String) -> String
}
