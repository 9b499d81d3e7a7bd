import DoppelCore

/// Parents grouped by how many children they still have room for, for picks that must be distinct
/// within each driving parent (a playlist holds a track once, a student takes a course once).
///
/// Each block of rows (one driving parent's) takes, one row at a time, a parent among those with the
/// most room left that the block has not used, chosen at random among equals. This is the greedy of the
/// Gale–Ryser theorem: if the blocks' sizes and the parents' capacities can be matched without a repeat
/// at all, this matching finds it, whatever the blocks' order, so every parent ends with exactly its
/// capacity. (Taking each row's own systematic position instead leaves the last large block with
/// the room of too few parents, and some parents short.) Memory: three integers per parent.
struct RemainingCapacities {
    /// Per parent: the children it still has room for.
    private var room: [Int64]
    /// Per amount of room: the parents with that much, not checked out by the current block.
    private var members: [[Int64]]
    /// Per parent: its index in `members[room[parent]]`, or -1 while the current block holds it.
    private var slot: [Int]
    /// The parents the current block took, put back (with one less room) when the next block starts.
    private var checkedOut: [Int64] = []
    /// The largest room any member may have.
    private var top: Int
    private var generator: SplitMix64

    init(capacities: [Int64], seed: UInt64) {
        room = capacities
        let largest = Int(capacities.max() ?? 0)
        members = Array(repeating: [], count: largest + 1)
        slot = Array(repeating: -1, count: capacities.count)
        for (parent, capacity) in capacities.enumerated() {
            slot[parent] = members[Int(capacity)].count
            members[Int(capacity)].append(Int64(parent))
        }
        top = largest
        generator = SplitMix64(seed: seed)
    }

    /// Starts a new block: the previous block's parents become available again.
    mutating func startBlock() {
        for parent in checkedOut { insert(parent) }
        checkedOut.removeAll(keepingCapacity: true)
    }

    /// A parent with the most room left among those this block has not taken; nil when none has room.
    mutating func take() -> Int64? {
        while top > 0 && members[top].isEmpty { top -= 1 }
        guard top > 0 else { return nil }
        let index = generator.next(below: members[top].count)
        let parent = members[top][index]
        remove(parent)
        room[Int(parent)] -= 1
        checkedOut.append(parent)
        return parent
    }

    private mutating func insert(_ parent: Int64) {
        let level = Int(room[Int(parent)])
        slot[Int(parent)] = members[level].count
        members[level].append(parent)
        top = max(top, level)
    }

    private mutating func remove(_ parent: Int64) {
        let level = Int(room[Int(parent)])
        let index = slot[Int(parent)]
        if let last = members[level].last, last != parent {
            members[level][index] = last
            slot[Int(last)] = index
        }
        members[level].removeLast()
        slot[Int(parent)] = -1
    }
}
