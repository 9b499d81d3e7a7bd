import DoppelCore

/// Strings with weights, drawn in proportion to their weights (binary search over cumulative weights).
public struct WeightedList: Sendable {
    public let items: [String]
    private let cumulative: [UInt64]

    public init(items: [String], weights: [UInt64]) {
        precondition(items.count == weights.count && !items.isEmpty, "a weighted list needs one weight per item and at least one item")
        self.items = items
        var running: UInt64 = 0
        cumulative = weights.map { weight in
            running += max(weight, 1)
            return running
        }
    }

    /// Equal weights.
    public init(uniform items: [String]) {
        self.init(items: items, weights: Array(repeating: 1, count: items.count))
    }

    public var totalWeight: UInt64 { cumulative.last ?? 0 }

    /// An item drawn with probability proportional to its weight.
    public func draw(using generator: inout SplitMix64) -> String {
        let target = generator.next() % totalWeight
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] > target { high = middle } else { low = middle + 1 }
        }
        return items[low]
    }
}
