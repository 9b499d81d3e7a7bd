import Testing
@testable import DoppelSynthesis

@Suite struct RowSpreadTests {
    static func spread(_ requested: Int64, drawn: [Int64]) -> [Int64] {
        var spread = RowSpread(requested: requested, natural: drawn.reduce(0, +), parents: Int64(drawn.count))
        return drawn.enumerated().map { spread.rows(of: Int64($0), drawn: $1) }
    }

    @Test func asManyRowsAsDrawnKeepsEveryCount() {
        #expect(Self.spread(10, drawn: [1, 2, 3, 4]) == [1, 2, 3, 4])
    }

    @Test func fewerRowsAreSharedInProportion() {
        // Cumulative targets 0.5, 1.5, 3, 5 round to 1, 2, 3, 5.
        #expect(Self.spread(5, drawn: [1, 2, 3, 4]) == [1, 1, 1, 2])
        #expect(Self.spread(40, drawn: [1, 2, 3, 4]) == [4, 8, 12, 16])
    }

    @Test func noDrawnChildrenSpreadsEvenly() {
        #expect(Self.spread(7, drawn: [0, 0, 0]) == [2, 2, 3])
    }

    @Test func theRowsAlwaysAddUpToTheRequest() {
        let drawn: [Int64] = (0..<97).map { Int64(($0 * 7) % 5) }
        for requested in [Int64(0), 1, 13, 96, 97, 250, 1_000] {
            let rows = Self.spread(requested, drawn: drawn)
            #expect(rows.reduce(0, +) == requested)
            #expect(rows.allSatisfy { $0 >= 0 })
        }
    }
}
