import DoppelCore

/// Draws children-per-parent counts from a ``RelationModel``'s histogram.
public struct ChildCountDistribution: Sendable {
    private let counts: [Int64]
    private let cumulative: [Int64]

    public init(_ relation: RelationModel) {
        counts = relation.childCounts
        var running: Int64 = 0
        cumulative = relation.parents.map { running += $0; return running }
    }

    /// Whether the fit saw any parent.
    public var isEmpty: Bool { (cumulative.last ?? 0) == 0 }

    /// The count at uniform `u` in [0, 1).
    public func count(at u: Double) -> Int64 {
        guard let total = cumulative.last, total > 0 else { return 0 }
        let target = Int64(u * Double(total))
        var low = 0, high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] <= target { low = middle + 1 } else { high = middle }
        }
        return counts[low]
    }

    /// The largest count seen.
    public var maximum: Int64 { counts.last ?? 0 }
}
