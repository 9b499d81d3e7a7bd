import Testing
@testable import DoppelSynthesis

@Suite struct TreeCursorTests {
    @Test func eachRowTakesTheEarliestParentWithRoomBreadthFirst() {
        // Row 0 has room for two children, row 1 for one, the others for none.
        let room: (Int64) -> Int64 = { [2, 1][safe: $0] ?? 0 }
        var cursor = TreeCursor()
        #expect(cursor.next(before: 1, room: room) == 0)
        #expect(cursor.next(before: 2, room: room) == 0)
        #expect(cursor.next(before: 3, room: room) == 1)
        // Nobody before row 4 has room left.
        #expect(cursor.next(before: 4, room: room) == nil)
        #expect(cursor.next(before: 10, room: room) == nil)
    }

    @Test func aParentIsAlwaysAnEarlierRow() {
        var cursor = TreeCursor()
        for row in Int64(1)..<200 {
            let parent = cursor.next(before: row) { $0 % 3 == 0 ? 3 : 1 }
            #expect(parent.map { $0 >= 0 && $0 < row } ?? false, "row \(row) got \(String(describing: parent))")
        }
    }

    @Test func theFirstRowHasNoEarlierRow() {
        var cursor = TreeCursor()
        #expect(cursor.next(before: 0) { _ in 5 } == nil)
        #expect(cursor == TreeCursor())
    }
}

extension Array {
    subscript(safe index: Int64) -> Element? { index >= 0 && index < Int64(count) ? self[Int(index)] : nil }
}
