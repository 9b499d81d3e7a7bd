import DoppelCore
import Testing
@testable import DoppelSynthesis

@Suite struct ParentPickerTests {
    static let relation = RelationModel(columns: ["invoice_id"], parentTable: "invoice", childCounts: [1, 2, 5], parents: [1, 1, 1], nullFraction: 0)

    @Test func everyParentGetsItsDrawnCountWhenTheRowsMatch() {
        // 200 parents with drawn counts 1…5 (600 rows): a random pick per row would leave about a third
        // of the one-child parents childless (e^-1); the systematic pick gives each exactly its count.
        let counts = (0..<200).map { Int64(1 + $0 % 5) }
        let rows = counts.reduce(0, +)
        let picker = ParentPicker(keys: SequenceKeys(count: 200), relation: Self.relation, rows: rows, stream: 0, offset: 12345) { counts[Int($0)] }
        var received = [Int64](repeating: 0, count: 200)
        for row in 0..<rows { received[Int(picker.pick(row: row))] += 1 }
        #expect(received == counts)
    }

    @Test func moreRowsThanCountsSpreadInProportion() {
        let counts = [Int64](repeating: 1, count: 100)
        let picker = ParentPicker(keys: SequenceKeys(count: 100), relation: Self.relation, rows: 250, stream: 1, offset: 7) { counts[Int($0)] }
        var received = [Int64](repeating: 0, count: 100)
        for row in Int64(0)..<250 { received[Int(picker.pick(row: row))] += 1 }
        #expect(received.allSatisfy { $0 == 2 || $0 == 3 }, "\(received)")
    }

    @Test func twoReferencesDoNotMoveInStep() {
        let counts = [Int64](repeating: 1, count: 50)
        let first = ParentPicker(keys: SequenceKeys(count: 50), relation: Self.relation, rows: 50, stream: 0, offset: 3) { counts[Int($0)] }
        let second = ParentPicker(keys: SequenceKeys(count: 50), relation: Self.relation, rows: 50, stream: 1, offset: 3) { counts[Int($0)] }
        let pairs = Set((0..<50).map { row in first.pick(row: Int64(row)) - second.pick(row: Int64(row)) })
        #expect(pairs.count > 25, "\(pairs.count) distinct differences")
    }
}
