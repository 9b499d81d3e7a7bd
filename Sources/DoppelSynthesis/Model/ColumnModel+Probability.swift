import DoppelCore

extension ColumnModel {
    /// The copula's uniform score of a value under this model: where it sits in the column's distribution
    /// (NULLs first, then values in the order generation maps uniforms to them), at the middle of its mass.
    public func uniformScore(of value: Value, categoryIndex: [Value: Int]) -> Double {
        let nulls = nullFraction
        if value.isNull { return nulls / 2 }
        let rest = 1 - nulls
        switch kind {
        case .numeric:
            guard let numeric, let number = Self.number(value) else { return nulls + rest / 2 }
            return nulls + rest * numeric.probability(of: number)
        case .categorical:
            guard let categorical else { return nulls + rest / 2 }
            let total = Double(max(1, categorical.total))
            var before: Int64 = 0
            let count: Int64
            if let index = categoryIndex[value] {
                before = categorical.counts[..<index].reduce(0, +)
                count = categorical.counts[index]
            } else {
                before = categorical.counts.reduce(0, +)
                count = categorical.otherCount
            }
            return nulls + rest * (Double(before) + Double(count) / 2) / total
        default:
            return 0.5
        }
    }

    /// The lookup table ``uniformScore(of:categoryIndex:)`` needs.
    public var categoryIndex: [Value: Int] {
        var index: [Value: Int] = [:]
        for (position, value) in (categorical?.values ?? []).enumerated() { index[value.value] = position }
        return index
    }

    /// A value as a number: dates and times as seconds since 1970.
    static func number(_ value: Value) -> Double? {
        TemporalValue.number(value)
    }
}
