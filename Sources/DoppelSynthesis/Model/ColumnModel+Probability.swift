package import DoppelCore
import DoppelMasking

extension ColumnModel {
    /// The copula's normal score of a value under this model: where it sits in the column's distribution
    /// (NULLs first, then values in the order generation maps uniforms to them). A value that holds a
    /// stretch of the scale (NULL, a category) scores the mean of a normal draw inside that stretch, the
    /// score ``CorrelationMatrix/latent(_:variables:)`` corrects for; a number scores the quantile of its
    /// place, kept `margin` inside 0 and 1.
    package func normalScore(of value: Value, categoryIndex: [Value: Int], margin: Double) -> Double {
        let nulls = nullFraction
        if value.isNull { return NormalDistribution.meanBetween(0, nulls) }
        let rest = 1 - nulls
        switch kind {
        case .numeric:
            guard let numeric, let number = Self.number(value) else { return NormalDistribution.meanBetween(nulls, 1) }
            return NormalDistribution.quantile(min(max(nulls + rest * numeric.probability(of: number), margin), 1 - margin))
        case .categorical:
            guard let categorical else { return NormalDistribution.meanBetween(nulls, 1) }
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
            return NormalDistribution.meanBetween(nulls + rest * Double(before) / total, nulls + rest * Double(before + count) / total)
        default:
            return 0
        }
    }

    /// The lookup table ``uniformScore(of:categoryIndex:)`` needs.
    package var categoryIndex: [Value: Int] {
        var index: [Value: Int] = [:]
        for (position, value) in (categorical?.values ?? []).enumerated() { index[value.value] = position }
        return index
    }

    /// A value as a number: dates and times as seconds since 1970.
    static func number(_ value: Value) -> Double? {
        TemporalValue.number(value)
    }
}
