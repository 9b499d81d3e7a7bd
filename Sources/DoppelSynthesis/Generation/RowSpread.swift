/// Spreads a fixed number of rows over a driving reference's parents in proportion to their drawn
/// children counts: parent `k` gets the rounded share of the requested rows its counts reach, minus what
/// the parents before it got, so the rows add up to exactly the requested number.
struct RowSpread {
    /// The rows asked for.
    let requested: Int64
    /// What the drawn counts add up to (0: spread evenly over `parents`).
    let natural: Int64
    /// The driving reference's parents.
    let parents: Int64
    private var cumulative: Int64 = 0
    private var assigned: Int64 = 0

    init(requested: Int64, natural: Int64, parents: Int64) {
        self.requested = requested
        self.natural = natural
        self.parents = parents
    }

    /// The rows of `parent` (taken in order 0, 1, …), whose drawn count is `drawn`.
    mutating func rows(of parent: Int64, drawn: Int64) -> Int64 {
        cumulative += drawn
        let target = natural > 0
            ? Int64((Double(cumulative) * Double(requested) / Double(natural)).rounded())
            : (parent + 1) * requested / max(1, parents)
        let count = max(0, target - assigned)
        assigned = target
        return count
    }
}
