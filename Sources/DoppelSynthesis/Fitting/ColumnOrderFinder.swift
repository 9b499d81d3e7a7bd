import DoppelCore
import DoppelFakers

/// Finds, in one pass over a table's rows, the pairs of columns whose values keep an order in every row that has
/// both (``ColumnOrder``): dates with dates, numbers with numbers; not keys, fakes (but dates of birth), or
/// columns always NULL.
struct ColumnOrderFinder {
    /// A pair is kept only when this many rows have both values.
    static let minimumRows: Int64 = 10

    private struct Pair {
        let first: Int
        let second: Int
        var both: Int64 = 0
        /// Rows with `first ≤ second`, and with `first ≥ second`.
        var ascending: Int64 = 0
        var descending: Int64 = 0
        /// Sums for the correlation (centred on the first values seen, for precision with dates in seconds).
        var origin: (Double, Double)?
        var sums = (a: 0.0, b: 0.0, aa: 0.0, bb: 0.0, ab: 0.0)
        /// A sample of `second − first`.
        var gaps: Reservoir<Double>

        var correlation: Double {
            let n = Double(both)
            let covariance = sums.ab / n - sums.a / n * sums.b / n
            let deviations = ((sums.aa / n - sums.a / n * sums.a / n) * (sums.bb / n - sums.b / n * sums.b / n)).squareRoot()
            return deviations > 0 ? covariance / deviations : 0
        }
    }

    private let candidates: [Int]
    private var pairs: [Pair] = []
    /// Each column's smallest and largest value seen.
    private var ranges: [(low: Double, high: Double)?]

    /// - Parameter setups: the table's columns in the order rows list them (their first `setups.count` values).
    init(table: Table, setups: [ColumnFitter.Setup], seed: UInt64 = 0) {
        let keyColumns = Set(table.primaryKey + table.foreignKeys.flatMap(\.columns))
        let candidates = setups.indices.filter { index in
            let setup = setups[index]
            let type = setup.column.logicalType
            // A faked date of birth is drawn as a date, so its order with the row's other dates is kept too.
            let drawnAsNumber = setup.fake == nil || setup.fake == FakeKind.dateOfBirth.rawValue
            return drawnAsNumber && !setup.alwaysNull && !setup.isSequenceKey && !keyColumns.contains(setup.column.name)
                && (type.isTemporal || type.isNumeric)
        }
        self.candidates = candidates
        ranges = Array(repeating: nil, count: setups.count)
        for (offset, first) in candidates.enumerated() {
            for second in candidates[(offset + 1)...] where setups[first].column.logicalType.isTemporal == setups[second].column.logicalType.isTemporal {
                pairs.append(Pair(first: first, second: second, gaps: Reservoir(capacity: 4096, seed: seed ^ UInt64(pairs.count))))
            }
        }
    }

    /// - Parameter numbers: the row's values as numbers (dates as seconds), as the column fitters read them.
    mutating func observe(_ numbers: [Double?]) {
        guard !pairs.isEmpty else { return }
        for index in candidates {
            if let number = numbers[index] { ranges[index] = ranges[index].map { (min($0.low, number), max($0.high, number)) } ?? (number, number) }
        }
        for index in pairs.indices {
            guard let a = numbers[pairs[index].first], let b = numbers[pairs[index].second] else { continue }
            pairs[index].both += 1
            if a <= b { pairs[index].ascending += 1 }
            if a >= b { pairs[index].descending += 1 }
            let origin = pairs[index].origin ?? (a, b)
            pairs[index].origin = origin
            let (x, y) = (a - origin.0, b - origin.1)
            pairs[index].sums.a += x
            pairs[index].sums.b += y
            pairs[index].sums.aa += x * x
            pairs[index].sums.bb += y * y
            pairs[index].sums.ab += x * y
            pairs[index].gaps.offer(b - a)
        }
        // A pair out of order both ways is no order: stop comparing it.
        if pairs.contains(where: { $0.ascending < $0.both && $0.descending < $0.both }) {
            pairs.removeAll { $0.ascending < $0.both && $0.descending < $0.both }
        }
    }

    /// The orders found, by column name. A pair always equal is a copy, not an order; a pair whose ranges do
    /// not overlap (a price and a duration in milliseconds) is in order by its ranges alone, which generation
    /// keeps anyway.
    func orders(names: [String]) -> [ColumnOrder] {
        pairs.compactMap { pair in
            guard pair.both >= Self.minimumRows, pair.ascending < pair.both || pair.descending < pair.both else { return nil }
            let (lower, upper) = pair.ascending == pair.both ? (pair.first, pair.second) : (pair.second, pair.first)
            guard let low = ranges[lower], let high = ranges[upper], low.high > high.low else { return nil }
            var order = ColumnOrder(lower: names[lower], upper: names[upper], rows: pair.both)
            let correlation = pair.correlation
            if correlation >= ColumnOrder.nearDeterministic {
                let sign = lower == pair.first ? 1.0 : -1.0
                let gaps = pair.gaps.items.map { $0 * sign }.sorted()
                order.gaps = (0...20).map { step in NumericMarginal.interpolate(gaps, at: 0.01 + 0.98 * Double(step) / 20) }
                order.correlation = (correlation * 1e4).rounded() / 1e4
            }
            return order
        }
    }
}
