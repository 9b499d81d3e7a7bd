import DoppelCore
import DoppelFakers

/// A set of key hashes membership is asked of: growing while the closure runs, sorted once it is done.
protocol KeyHashes {
    func contains(_ hash: UInt64) -> Bool
}

extension Set<UInt64>: KeyHashes {}
extension SortedHashes: KeyHashes {}

/// Whether a row of a subset table is kept, asked of the rows the table's query returns (its extra columns
/// from `base` on). The closure asks it while its sets grow; readers ask it of the final, sorted sets.
struct SubsetRowTest<Hashes: KeyHashes> {
    /// A foreign key the test reads: its columns' positions and the referenced table's set for them.
    struct Lookup {
        var positions: [Int]
        var hashes: Hashes
        /// For a followed key with `children: { percent }`: the largest sample draw kept.
        var threshold: UInt64?
    }

    let table: String
    let hasher: SubsetKeyHasher
    /// The start condition's position, when the table is a start point with a `where`.
    var startFlag: Int?
    /// The largest sample draw a start point keeps (nil: every row its `where` picks); `isStart` says whether there is a start.
    var startThreshold: UInt64?
    var isStart = false
    var samplePositions: [Int] = []
    /// Parents whose kept rows bring this table's rows with them.
    var followed: [Lookup] = []
    /// Every row is kept (`keep_rows: all`).
    var keepsAllRows = false
    /// The table's own key sets: a row whose key is in one is kept (a parent of a kept row).
    var ownKeys: [Lookup] = []
    /// For a dependent table: parents that must all be kept.
    var required: [Lookup] = []
    /// For a dependent table: references that must be NULL (into start or child tables whose children do not follow).
    var mustBeNull: [[Int]] = []

    /// Whether the row is picked by the start point.
    func isStartRow(_ row: [Value], base: Int, scratch: inout [UInt8]) -> Bool {
        guard isStart else { return false }
        if let startFlag, row[base + startFlag] != .integer(1) { return false }
        guard let startThreshold else { return true }
        return hasher.sample(row, base: base, positions: samplePositions, table: table, scratch: &scratch) <= startThreshold
    }

    /// Whether the row is kept on the way down: picked by the start point, or referencing a kept row of a
    /// parent whose children follow (and drawn into its share, when it keeps a percentage).
    func isDownward(_ row: [Value], base: Int, scratch: inout [UInt8]) -> Bool {
        isStartRow(row, base: base, scratch: &scratch) || isFollowed(row, base: base, scratch: &scratch)
    }

    /// Whether the row references a kept row of a parent whose children follow (and is drawn into its share).
    func isFollowed(_ row: [Value], base: Int, scratch: inout [UInt8]) -> Bool {
        for lookup in followed {
            guard let hash = hasher.key(row, base: base, positions: lookup.positions, scratch: &scratch), lookup.hashes.contains(hash) else { continue }
            guard let threshold = lookup.threshold else { return true }
            if hasher.sample(row, base: base, positions: samplePositions, table: table, scratch: &scratch) <= threshold { return true }
        }
        return false
    }

    /// Whether a row of a reached table is in the subset: kept whole, its key kept, or kept on the way down.
    /// - Parameter keyed: set when one of the row's own keys is not NULL; a row with such a key that is kept on
    ///   the way down has it in the set, so the way down need not be asked again.
    func keepsReached(_ row: [Value], base: Int, scratch: inout [UInt8]) -> Bool {
        if keepsAllRows { return true }
        var keyed = false
        for lookup in ownKeys {
            guard let hash = hasher.key(row, base: base, positions: lookup.positions, scratch: &scratch) else { continue }
            if lookup.hashes.contains(hash) { return true }
            keyed = true
        }
        return !keyed && isDownward(row, base: base, scratch: &scratch)
    }

    /// Whether a row of a dependent table is kept: every parent it references is.
    func keepsDependent(_ row: [Value], base: Int, scratch: inout [UInt8]) -> Bool {
        for positions in mustBeNull where positions.allSatisfy({ !row[base + $0].isNull }) { return false }
        for lookup in required {
            guard let hash = hasher.key(row, base: base, positions: lookup.positions, scratch: &scratch) else { continue }
            if !lookup.hashes.contains(hash) { return false }
        }
        return true
    }
}

extension SubsetRowTest: Sendable where Hashes: Sendable {}
extension SubsetRowTest.Lookup: Sendable where Hashes: Sendable {}
