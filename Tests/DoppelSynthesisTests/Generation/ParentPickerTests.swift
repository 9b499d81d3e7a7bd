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

extension ParentPickerTests {
    static let oneOrTwo = RelationModel(columns: ["track_id"], parentTable: "track", childCounts: [1, 2], parents: [3, 4], nullFraction: 0)

    @Test func noParentGetsMoreChildrenThanTheSourcesLargestCount() {
        // Half the parents drew 2 (the source's largest count), half drew 1; 190 rows for a drawn 150
        // would give the first half 2.53 each, rounded to 3. Capped at 2, the overflow goes to the others.
        let counts = (0..<100).map { Int64($0 % 2 == 0 ? 2 : 1) }
        let picker = ParentPicker(keys: SequenceKeys(count: 100), relation: Self.oneOrTwo, rows: 190, stream: 0, offset: 9) { counts[Int($0)] }
        var received = [Int64](repeating: 0, count: 100)
        for row in Int64(0)..<190 { received[Int(picker.pick(row: row))] += 1 }
        #expect(received.allSatisfy { (1...2).contains($0) }, "\(received)")
    }

    @Test func noParentGetsFewerChildrenThanTheSourcesSmallestCount() {
        let relation = RelationModel(columns: ["album_id"], parentTable: "album", childCounts: [4, 10], parents: [5, 5], nullFraction: 0)
        let counts = (0..<10).map { Int64($0 % 2 == 0 ? 10 : 4) }
        // 56 rows for a drawn 70: the 4s would shrink to 3.2, below the smallest count seen.
        let picker = ParentPicker(keys: SequenceKeys(count: 10), relation: relation, rows: 56, stream: 1, offset: 2) { counts[Int($0)] }
        var received = [Int64](repeating: 0, count: 10)
        for row in Int64(0)..<56 { received[Int(picker.pick(row: row))] += 1 }
        #expect(received.allSatisfy { (4...10).contains($0) }, "\(received)")
    }

    @Test func boundsGiveWayWhenTheRowsCannotFitThem() {
        // 300 rows over 100 parents whose source never had more than 2 children: 3 each, not a crash.
        let counts = [Int64](repeating: 2, count: 100)
        let picker = ParentPicker(keys: SequenceKeys(count: 100), relation: Self.oneOrTwo, rows: 300, stream: 0, offset: 5) { counts[Int($0)] }
        var received = [Int64](repeating: 0, count: 100)
        for row in Int64(0)..<300 { received[Int(picker.pick(row: row))] += 1 }
        #expect(received.allSatisfy { $0 == 3 }, "\(received)")
    }
}

extension ParentPickerTests {
    @Test func distinctPicksWithinADrivingParentStillGiveEveryParentItsCount() throws {
        // A playlist holds a track once: rows come in blocks (one per playlist) whose picks must differ.
        // Two blocks of 90 over 100 tracks of 2 each leave 20 tracks with room 2 and 80 with room 1 for
        // the last 20 rows, which a pick by position would repeat; taking the most room first fits them.
        let relation = RelationModel(columns: ["track_id"], parentTable: "track", childCounts: [2], parents: [100], nullFraction: 0)
        let picker = ParentPicker(keys: SequenceKeys(count: 100), relation: relation, rows: 200, stream: 0, offset: 4, distinct: true) { _ in 2 }
        var received = [Int64](repeating: 0, count: 100)
        for block in [90, 90, 20] {
            var used = Set<Int64>()
            for _ in 0..<block {
                let parent = try #require(picker.pickDistinct(startingBlock: used.isEmpty))
                #expect(!used.contains(parent), "block of \(block) repeats parent \(parent)")
                used.insert(parent)
                received[Int(parent)] += 1
            }
        }
        #expect(received.allSatisfy { $0 == 2 }, "\(received)")
    }
}

extension ParentPickerTests {
    @Test func aDominantParentGivesBackTheRowsTheOthersCannot() {
        // One parent drew 5 × 20,000, the 19,999 others 1 each; 60,000 rows, bounds 1…200,000. Every small
        // share (0.5) is raised to the smallest count, 1, so the big parent alone gives rows back. One pass
        // per row given back would be 20,000 passes over 20,000 parents; the fill finds the level at once.
        let parents = 20_000
        let drawn = [Int64(5 * parents)] + [Int64](repeating: 1, count: parents - 1)
        let capacities = ParentPicker.capacities(drawn: drawn, rows: Int64(3 * parents), bounds: 1...Int64(10 * parents))
        #expect(capacities.reduce(0, +) == Int64(3 * parents))
        #expect(capacities.dropFirst().allSatisfy { $0 == 1 })
        #expect(capacities.first == Int64(3 * parents) - Int64(parents - 1))
    }

    @Test func capacitiesKeepTheSharesInProportionWithinTheBounds() {
        // Drawn 1, 2, …, 10 (55) for 110 rows: exactly twice each; with bounds 3…12 the 1s and 10s move
        // to the bounds and the rest make up the difference in proportion.
        let drawn = (1...10).map { Int64($0) }
        #expect(ParentPicker.capacities(drawn: drawn, rows: 110, bounds: 0...100) == drawn.map { 2 * $0 })
        let bounded = ParentPicker.capacities(drawn: drawn, rows: 110, bounds: 3...12)
        #expect(bounded.reduce(0, +) == 110)
        #expect(bounded.allSatisfy { (3...12).contains($0) }, "\(bounded)")
        #expect(zip(bounded, bounded.dropFirst()).allSatisfy { $0 <= $1 }, "\(bounded)")
    }

    @Test func parentsThatDrewNothingTakeRowsOnlyWhenTheOthersAreFull() {
        let capacities = ParentPicker.capacities(drawn: [4, 0, 0, 4], rows: 12, bounds: 0...5)
        #expect(capacities.reduce(0, +) == 12)
        #expect(capacities[0] == 5 && capacities[3] == 5, "\(capacities)")
        #expect(capacities[1] + capacities[2] == 2, "\(capacities)")
    }
}
