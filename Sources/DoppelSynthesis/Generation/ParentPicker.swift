import Crypto
import DoppelCore
import DoppelMasking

/// Picks the parent of each row along a reference that does not drive the table's generation, so that
/// every parent gets about its drawn children count: not a random draw per row (which leaves some
/// parents childless and gives others twice their count), but a systematic one.
///
/// Each parent is given a number of rows first (``capacities(drawn:rows:bounds:)``): its drawn count times
/// `rows / total`, kept within the smallest and largest counts the source had, and adding up to `rows`.
/// Row `j` then takes position `π(j)` of those rows, where π is a permutation: for the first picked
/// reference of a table a ``GoldenRatioPermutation`` (cheap, and far from row order); for a later one a
/// keyed ``SmallDomainPermutation``, so two picked references do not form a lattice.
///
/// Where a key wants the picks distinct within each driving parent (a playlist holds a track once), the
/// picks come from ``RemainingCapacities`` instead, which keeps every parent's count all the same.
final class ParentPicker {
    let count: Int64
    private let capacity: CumulativeWeights
    private let rows: UInt64
    private let golden: GoldenRatioPermutation
    private let permutation: SmallDomainPermutation?
    /// The room left per parent, for picks distinct within a driving parent (nil otherwise).
    private var remaining: RemainingCapacities?

    init(keys: any ParentKeys, relation: RelationModel?, rows: Int64, stream: Int, offset: UInt64, distinct: Bool = false, childCount: (Int64) -> Int64) {
        count = keys.count
        self.rows = UInt64(max(1, rows))
        let drawn = count > 0 ? (0..<count).map(childCount) : []
        let capacities = Self.capacities(drawn: drawn, rows: Int64(self.rows), bounds: relation.map(Self.bounds) ?? 0...Int64.max)
        capacity = CumulativeWeights(capacities)
        remaining = distinct ? RemainingCapacities(capacities: capacities, seed: offset) : nil
        golden = GoldenRatioPermutation(size: Int64(self.rows), offset: offset)
        if stream > 0 {
            // The table's offset and the reference's stream, zero-padded to 256 bits: reproducible, not secret.
            let key = withUnsafeBytes(of: offset.littleEndian, Array.init) + withUnsafeBytes(of: UInt64(stream).littleEndian, Array.init)
                + [UInt8](repeating: 0, count: 16)
            permutation = try? SmallDomainPermutation(key: SymmetricKey(data: key), domainSize: self.rows)
        } else {
            permutation = nil
        }
    }

    /// The parent of row `row`.
    func pick(row: Int64) -> Int64 {
        parent(at: position(of: row))
    }

    /// A parent the current block (the rows of one driving parent) has not taken yet, with the most room
    /// left; `startingBlock` on a block's first row. Nil when no parent has room. Requires `distinct` at init.
    func pickDistinct(startingBlock: Bool) -> Int64? {
        if startingBlock { remaining?.startBlock() }
        return remaining?.take()
    }

    private func position(of row: Int64) -> UInt64 {
        let index = UInt64(max(0, row)) % rows
        return permutation?.permute(index) ?? golden.permute(index)
    }

    private func parent(at position: UInt64) -> Int64 {
        Int64(capacity.index(of: Int64(position)) ?? 0)
    }

    /// The parent at `u` (0 ≤ u < 1), each in proportion to its capacity.
    func pick(_ u: Double) -> Int64 {
        Int64(capacity.index(at: u) ?? 0)
    }

    /// The smallest and largest children counts the source's parents had.
    static func bounds(of relation: RelationModel) -> ClosedRange<Int64> {
        let seen = zip(relation.childCounts, relation.parents).filter { $0.1 > 0 }.map(\.0)
        guard let smallest = seen.min(), let largest = seen.max() else { return 0...Int64.max }
        return smallest...largest
    }

    /// Rows per parent, adding up to `rows`: each parent's `drawn` share of them, within `bounds` (widened
    /// just enough when `rows` cannot fit: more rows than parents times the largest count, or fewer than
    /// times the smallest).
    ///
    /// Water-filling: every parent gets its share times one level, rounded down and clamped to the bounds,
    /// at the highest level where they still fit (1 unless the bounds moved rows, found by bisection, so
    /// one dominant parent gives back what the others cannot take in a few passes, not one per row). The
    /// few rows left go to the parents that would step up next, then to parents that drew nothing.
    static func capacities(drawn: [Int64], rows: Int64, bounds: ClosedRange<Int64>) -> [Int64] {
        let parents = Int64(drawn.count)
        guard parents > 0 else { return [] }
        var lower = bounds.lowerBound
        var upper = bounds.upperBound
        if upper < Int64.max / parents, rows > parents * upper { upper = (rows + parents - 1) / parents }
        let least = lower.multipliedReportingOverflow(by: parents)
        if least.overflow || rows < least.partialValue { lower = rows / parents }
        let total = drawn.reduce(0, +)
        let shares = drawn.map { total > 0 ? Double($0) * Double(rows) / Double(total) : Double(rows) / Double(parents) }
        let (floor, ceiling) = (lower, upper)
        func fill(_ level: Double, _ share: Double) -> Int64 {
            let scaled = (level * share).rounded(.down)
            return scaled >= Double(ceiling) ? ceiling : max(floor, Int64(scaled))
        }
        func filled(_ level: Double) -> Int64 {
            var sum: Int64 = 0
            for share in shares {
                let (next, overflow) = sum.addingReportingOverflow(fill(level, share))
                if overflow { return Int64.max }
                sum = next
            }
            return sum
        }
        // The highest level whose fill fits: at 0 every parent holds the smallest count, which fits.
        var low = 0.0, high = 1.0
        if filled(1) <= rows {
            low = 1
            high = 2
            while filled(high) <= rows && high < 1e18 { (low, high) = (high, high * 2) }
        }
        for _ in 0..<64 {
            let middle = (low + high) / 2
            if middle <= low || middle >= high { break }
            if filled(middle) <= rows { low = middle } else { high = middle }
        }
        var capacities = shares.map { fill(low, $0) }
        var left = rows - capacities.reduce(0, +)
        if left > 0 {
            // The parents that would step up next as the level rises, in that order.
            let rising = shares.indices.filter { shares[$0] > 0 && capacities[$0] < upper }.sorted { a, b in
                let (x, y) = (Double(capacities[a] + 1) / shares[a], Double(capacities[b] + 1) / shares[b])
                return x != y ? x < y : a < b
            }
            for parent in rising.prefix(Int(min(left, Int64(rising.count)))) {
                capacities[parent] += 1
                left -= 1
            }
        }
        // Rows the parents with a share cannot hold go to those that drew nothing, evenly.
        let idle = shares.indices.filter { shares[$0] == 0 }
        while left > 0 && !idle.isEmpty {
            let each = max(1, left / Int64(idle.count))
            var moved = false
            for parent in idle where left > 0 && capacities[parent] < upper {
                let added = min(each, upper - capacities[parent], left)
                capacities[parent] += added
                left -= added
                moved = true
            }
            if !moved { break }
        }
        return capacities
    }
}
