import Crypto
import DoppelCore

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
    /// times the smallest). Rounding and the bounds leave rows over or short; they go to the parents
    /// whose shares were rounded the most the other way, one each, in as many passes as needed.
    static func capacities(drawn: [Int64], rows: Int64, bounds: ClosedRange<Int64>) -> [Int64] {
        let parents = Int64(drawn.count)
        guard parents > 0 else { return [] }
        var lower = bounds.lowerBound
        var upper = bounds.upperBound
        if upper < Int64.max / parents, rows > parents * upper { upper = (rows + parents - 1) / parents }
        let least = lower.multipliedReportingOverflow(by: parents)
        if least.overflow || rows < least.partialValue { lower = rows / parents }
        let total = drawn.reduce(0, +)
        func share(_ parent: Int) -> Double {
            total > 0 ? Double(drawn[parent]) * Double(rows) / Double(total) : Double(rows) / Double(parents)
        }
        var capacities = drawn.indices.map { min(upper, max(lower, Int64(share($0).rounded(.down)))) }
        var left = rows - capacities.reduce(0, +)
        guard left != 0 else { return capacities }
        func remainder(_ parent: Int) -> Double { share(parent) - share(parent).rounded(.down) }
        // Rows over go to the largest remainders first; rows short come from the smallest.
        let order = drawn.indices.sorted { a, b in
            let (x, y) = (remainder(a), remainder(b))
            return x != y ? (left > 0) == (x > y) : a < b
        }
        var moved = true
        while left != 0 && moved {
            moved = false
            for parent in order {
                if left > 0, capacities[parent] < upper {
                    capacities[parent] += 1
                    left -= 1
                    moved = true
                } else if left < 0, capacities[parent] > lower {
                    capacities[parent] -= 1
                    left += 1
                    moved = true
                }
                if left == 0 { break }
            }
        }
        return capacities
    }
}
