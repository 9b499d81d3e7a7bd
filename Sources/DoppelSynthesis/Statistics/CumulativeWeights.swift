/// Running totals of integer weights, for drawing an index in proportion to its weight by binary search.
package struct CumulativeWeights: Sendable {
    private let cumulative: [Int64]

    package init(_ weights: some Sequence<Int64>) {
        var running: Int64 = 0
        cumulative = weights.map { running += $0; return running }
    }

    /// The sum of the weights.
    package var total: Int64 { cumulative.last ?? 0 }

    /// The index whose share of the total holds `target` (in `0..<total`); nil past the total.
    package func index(of target: Int64) -> Int? {
        guard target < total else { return nil }
        var low = 0, high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] <= target { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The index drawn by uniform `u` in [0, 1); nil when every weight is 0.
    package func index(at u: Double) -> Int? {
        index(of: Int64(u * Double(total)))
    }
}
