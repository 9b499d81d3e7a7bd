package import DoppelCore

/// Strings with weights, drawn in proportion to their weights in constant time (Vose's alias method,
/// in exact integer arithmetic, so every platform draws the same items from the same generator).
package struct WeightedList: Sendable {
    package let items: [String]
    /// The weight of each item, as given.
    package let weights: [UInt64]
    /// Each item lowercased with everything but `a`–`z` removed, for emails and usernames.
    package let asciiLowercased: [String]
    /// Weights in units where every bucket holds `bucketMass`; an item scaled by the item count.
    private let threshold: [UInt64]
    private let alias: [Int32]
    private let bucketMass: UInt64

    package init(items: [String], weights: [UInt64]) {
        precondition(items.count == weights.count && !items.isEmpty, "a weighted list needs one weight per item and at least one item")
        precondition(items.count < Int(Int32.max), "a weighted list holds fewer than 2^31 items")
        self.items = items
        self.weights = weights
        asciiLowercased = items.map { item in
            String(decoding: item.utf8.compactMap { byte -> UInt8? in
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"): return byte
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): return byte + 32
                default: return nil
                }
            }, as: UTF8.self)
        }
        let count = UInt64(items.count)
        // Scale weights down until (total × count) fits, keeping every weight at least 1.
        var scaled = weights.map { max($0, 1) }
        while true {
            let total = scaled.reduce(into: (sum: UInt64(0), overflow: false)) { state, weight in
                let (sum, overflow) = state.sum.addingReportingOverflow(weight)
                state = (sum, state.overflow || overflow)
            }
            if !total.overflow, !total.sum.multipliedReportingOverflow(by: count).overflow, total.sum * count < UInt64.max / 2 {
                break
            }
            scaled = scaled.map { max($0 >> 1, 1) }
        }
        let total = scaled.reduce(0, +)
        bucketMass = total
        // Vose: each bucket holds `total` units, split between its own item and one alias.
        var mass = scaled.map { $0 * count }
        var threshold = Array(repeating: total, count: items.count)
        var alias = (0..<items.count).map { Int32($0) }
        var small: [Int] = []
        var large: [Int] = []
        for index in mass.indices {
            if mass[index] < total { small.append(index) } else { large.append(index) }
        }
        while let lesser = small.popLast(), let greater = large.last {
            threshold[lesser] = mass[lesser]
            alias[lesser] = Int32(greater)
            mass[greater] -= total - mass[lesser]
            if mass[greater] < total {
                large.removeLast()
                small.append(greater)
            }
        }
        // What remains (in either list) fills its own bucket whole.
        self.threshold = threshold
        self.alias = alias
    }

    /// Equal weights.
    package init(uniform items: [String]) {
        self.init(items: items, weights: Array(repeating: 1, count: items.count))
    }

    /// The items that pass `isIncluded`, with their weights; nil when none does.
    ///
    /// - Complexity: O(n) time and memory, once per column: draws from the result stay O(1).
    package func filter(_ isIncluded: (String) -> Bool) -> WeightedList? {
        var kept: [String] = []
        var keptWeights: [UInt64] = []
        for (item, weight) in zip(items, weights) where isIncluded(item) {
            kept.append(item)
            keptWeights.append(weight)
        }
        if kept.count == items.count { return self }
        return kept.isEmpty ? nil : WeightedList(items: kept, weights: keptWeights)
    }

    /// The length in characters of the shortest and the longest item.
    package var lengthRange: ClosedRange<Int> {
        var shortest = Int.max
        var longest = 0
        for item in items {
            let count = item.count
            shortest = min(shortest, count)
            longest = max(longest, count)
        }
        return shortest...longest
    }

    /// The position of an item drawn with probability proportional to its weight.
    package func drawIndex(using generator: inout SplitMix64) -> Int {
        let bucket = generator.next(below: threshold.count)
        return generator.next() % bucketMass < threshold[bucket] ? bucket : Int(alias[bucket])
    }

    /// An item drawn with probability proportional to its weight.
    package func draw(using generator: inout SplitMix64) -> String {
        items[drawIndex(using: &generator)]
    }
}
