/// For a self-reference: which earlier row takes children now and how many it took, so each new row points
/// at the earliest row that still has room for a child (breadth first: a tree as shallow as the source's).
struct TreeCursor: Equatable {
    /// The row taking children now.
    private(set) var parent: Int64 = 0
    /// The children it took so far.
    private(set) var used: Int64 = 0

    /// The earliest row before `row` with room left (`room(k)` children for row `k`), which takes one; nil
    /// when no earlier row has room.
    mutating func next(before row: Int64, room: (Int64) -> Int64) -> Int64? {
        while parent < row && used >= room(parent) {
            parent += 1
            used = 0
        }
        guard parent < row else { return nil }
        used += 1
        return parent
    }
}
