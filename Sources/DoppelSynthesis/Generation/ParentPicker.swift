import Crypto
import DoppelCore

/// Picks the parent of each row along a reference that does not drive the table's generation, so that
/// every parent gets about its drawn children count: not a random draw per row (which leaves some
/// parents childless and gives others twice their count), but a systematic one. Row `j` takes the point
/// `(π(j) + ½) / rows` of the unit interval, where π is a permutation of the rows; each parent owns a
/// stretch of the interval as long as its share of the drawn counts, so it receives its count times
/// `rows / total`, rounded either way. The first picked reference of a table uses `π(j) = (a·j + b) mod
/// rows` with `a` near `rows` times the golden ratio (cheap, and far from row order); a second one a keyed
/// ``SmallDomainPermutation``, so two picked references do not form a lattice.
final class ParentPicker {
    let count: Int64
    private let weights: CumulativeWeights?
    private let rows: UInt64
    private let multiplier: UInt64
    private let offset: UInt64
    private let permutation: SmallDomainPermutation?

    init(keys: any ParentKeys, relation: RelationModel?, rows: Int64, stream: Int, offset: UInt64, childCount: (Int64) -> Int64) {
        count = keys.count
        weights = relation != nil && count > 0 ? CumulativeWeights((0..<count).lazy.map(childCount)) : nil
        self.rows = UInt64(max(1, rows))
        var multiplier = max(1, UInt64(Double(self.rows) * 0.618_033_988_749_894_8))
        while Self.greatestCommonDivisor(multiplier, self.rows) != 1 { multiplier += 1 }
        self.multiplier = multiplier
        self.offset = offset % self.rows
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
        let index = UInt64(max(0, row)) % rows
        let position: UInt64
        if let permutation {
            position = permutation.permute(index)
        } else {
            position = (rows.dividingFullWidth(multiplier.multipliedFullWidth(by: index)).remainder + offset) % rows
        }
        let u = (Double(position) + 0.5) / Double(rows)
        return pick(u)
    }

    /// The parent at `u` (0 ≤ u < 1) of the cumulative drawn counts; uniform when none were drawn.
    func pick(_ u: Double) -> Int64 {
        guard let index = weights?.index(at: u) else { return min(count - 1, Int64(u * Double(count))) }
        return Int64(index)
    }

    private static func greatestCommonDivisor(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return a
    }
}
