import DoppelCore
import Foundation
import Testing

@testable import DoppelSynthesis

/// The pairs of columns in order in every row: found both ways round, and not for keys, pairs out of order
/// once, pairs always equal, pairs seen in too few rows, or pairs whose ranges never meet.
@Suite struct ColumnOrderFinderTests {
    static let table = Table(name: "t", columns: [
        Column(name: "id", declaredType: "INTEGER", logicalType: .integer, isNullable: false),
        Column(name: "start", declaredType: "DATE", logicalType: .date, isNullable: false),
        Column(name: "end", declaredType: "DATE", logicalType: .date, isNullable: true),
        Column(name: "low", declaredType: "REAL", logicalType: .real, isNullable: false),
        Column(name: "high", declaredType: "REAL", logicalType: .real, isNullable: false),
        Column(name: "same", declaredType: "REAL", logicalType: .real, isNullable: false),
        Column(name: "noise", declaredType: "REAL", logicalType: .real, isNullable: false),
        Column(name: "huge", declaredType: "REAL", logicalType: .real, isNullable: false),
    ], primaryKey: ["id"])

    func orders(rows: Int) -> Set<String> {
        let setups = Self.table.columns.map { ColumnFitter.Setup(column: $0) }
        var finder = ColumnOrderFinder(table: Self.table, setups: setups)
        for row in 0..<rows {
            // `start` holds the later date (the same where the other is NULL): found as end ≤ start.
            let early = Value.text("2024-01-\(String(format: "%02d", 1 + row % 20))")
            let late: Value = row % 4 == 0 ? early : .text("2024-01-\(String(format: "%02d", 5 + row % 20))")
            let low = Double(row % 7), high = Double(row % 7 + row % 3)
            let end: Value = row % 4 == 0 ? .null : early
            let values: [Value] = [
                .integer(Int64(row)), late, end, .real(low), .real(high), .real(low), .real(Double((row * 5) % 9)), .real(1e6 + Double(row)),
            ]
            finder.observe(values.map(TemporalValue.number))
        }
        return Set(finder.orders(names: Self.table.columns.map(\.name)).map { "\($0.lower)<=\($0.upper)" })
    }

    @Test func findsOrdersEitherWayRoundAndNothingElse() {
        // `same` always equals `low` (a copy, no order between them) but is never above `high`; `noise` is above and
        // below the others; `huge` is above everything, but its range never meets theirs; `id` is the key.
        #expect(orders(rows: 60) == ["end<=start", "low<=high", "same<=high"])
    }

    @Test func tooFewRowsShowNoOrder() {
        #expect(orders(rows: 9).isEmpty)
    }
}
