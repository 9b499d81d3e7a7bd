import DoppelCore
import HeapModule

/// Parents grouped by how many children they still have room for, for picks that must be distinct
/// within each driving parent (a playlist holds a track once, a student takes a course once).
///
/// Each block of rows (one driving parent's) takes, one row at a time, a parent among those with the
/// most room left that the block has not used, chosen at random among equals. This is the greedy of the
/// Gale–Ryser theorem: if the blocks' sizes and the parents' capacities can be matched without a repeat
/// at all, this matching finds it, whatever the blocks' order, so every parent ends with exactly its
/// capacity. (Taking each row's own systematic position instead leaves the last large block with
/// the room of too few parents, and some parents short.) Memory: a few integers per parent, whatever
/// the capacities; the amounts of room in use are kept in a heap.
struct RemainingCapacities {
    /// Per parent: the children it still has room for.
    private var room: [Int64]
    /// Per amount of room: the parents with that much, not checked out by the current block.
    private var members: [Int64: [Int64]] = [:]
    /// Amounts of room that had members when pushed (some may have emptied since: skipped when met).
    private var levels = Heap<Int64>()
    /// Per parent: its index in `members[room[parent]]`, or -1 while the current block holds it.
    private var slot: [Int]
    /// The parents the current block took, put back (with one less room) when the next block starts.
    private var checkedOut: [Int64] = []
    private var generator: SplitMix64

    init(capacities: [Int64], seed: UInt64) {
        room = capacities
        slot = Array(repeating: -1, count: capacities.count)
        generator = SplitMix64(seed: seed)
        for parent in capacities.indices { insert(Int64(parent)) }
    }

    /// Starts a new block: the previous block's parents become available again.
    mutating func startBlock() {
        for parent in checkedOut { insert(parent) }
        checkedOut.removeAll(keepingCapacity: true)
    }

    /// A parent with the most room left among those this block has not taken; nil when none has room.
    mutating func take() -> Int64? {
        while let top = levels.max, members[top]?.isEmpty ?? true { levels.removeMax() }
        guard let top = levels.max, let candidates = members[top] else { return nil }
        let parent = candidates[generator.next(below: candidates.count)]
        remove(parent)
        room[Int(parent)] -= 1
        checkedOut.append(parent)
        return parent
    }

    /// Makes `parent` available at its room (none when it has no room left).
    private mutating func insert(_ parent: Int64) {
        let level = room[Int(parent)]
        guard level > 0 else { return }
        if members[level]?.isEmpty ?? true { levels.insert(level) }
        slot[Int(parent)] = members[level, default: []].count
        members[level, default: []].append(parent)
    }

    private mutating func remove(_ parent: Int64) {
        let level = room[Int(parent)]
        let index = slot[Int(parent)]
        guard index >= 0, var bucket = members[level] else { return }
        members[level] = nil  // keep the bucket uniquely referenced while it changes
        if let last = bucket.last, last != parent {
            bucket[index] = last
            slot[Int(last)] = index
        }
        bucket.removeLast()
        members[level] = bucket
        slot[Int(parent)] = -1
    }
}
