import Testing
@testable import DoppelCore

@Suite struct VerbatimColumnsTests {
    @Test func positionsAreKeptWithTheirEncoding() {
        let columns = VerbatimColumns(encoding: .postgresCopyText, positions: [0, 2], columnCount: 4)
        #expect(!columns.isEmpty)
        #expect(columns.encoding == .postgresCopyText)
        #expect((0..<6).map(columns.contains) == [true, false, true, false, false, false])
    }

    @Test func noPositionsIsNone() {
        #expect(VerbatimColumns(encoding: .postgresCopyText, positions: [], columnCount: 3) == .none)
        #expect(VerbatimColumns(encoding: .postgresCopyText, positions: [7], columnCount: 3) == .none)  // out of range
        #expect(VerbatimColumns.none.isEmpty && !VerbatimColumns.none.contains(0))
    }

    /// A connector takes no verbatim column, or columns in its own encoding: never another engine's.
    @Test func fitsOnlyItsOwnEncoding() {
        let columns = VerbatimColumns(encoding: .postgresCopyText, positions: [1], columnCount: 2)
        #expect(columns.fit(.postgresCopyText))
        #expect(!columns.fit(nil))
        #expect(!columns.fit(TransferEncoding("another engine's text")))
        #expect(VerbatimColumns.none.fit(nil) && VerbatimColumns.none.fit(.postgresCopyText))
    }
}
