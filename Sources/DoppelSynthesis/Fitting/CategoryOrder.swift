/// The order a categorical column's values take on the copula's scale.
///
/// A Gaussian copula links columns monotonically, so a category's place on the uniform scale decides
/// which dependence it can express: with values ordered by frequency, a band that is a step function of
/// a number (`low`, `mid`, `high`) becomes a zig-zag the copula cannot follow. Ordering the values by
/// the mean normal score of the numeric column that separates them best turns that step into a
/// monotone link the copula keeps.
enum CategoryOrder {
    /// A share of variance below which a numeric partner is said not to separate the categories.
    static let minimumSeparation = 0.01

    /// The permutation (new position → old position) of `categoryCount` values, given each sampled row's
    /// category (`nil` for NULL or "other") and the numeric partners' normal scores for the same rows;
    /// `nil` when no partner separates the categories.
    static func permutation(categoryCount: Int, categories: [Int?], partners: [[Double]]) -> [Int]? {
        var best: (separation: Double, means: [Double])?
        for scores in partners {
            var sums = [Double](repeating: 0, count: categoryCount), counts = [Double](repeating: 0, count: categoryCount)
            var total = 0.0, totalSquares = 0.0, n = 0.0
            for (row, category) in categories.enumerated() {
                guard let category else { continue }
                let score = scores[row]
                sums[category] += score
                counts[category] += 1
                total += score
                totalSquares += score * score
                n += 1
            }
            guard n > 1 else { continue }
            let mean = total / n
            let variance = totalSquares / n - mean * mean
            guard variance > 0 else { continue }
            var between = 0.0
            var means = [Double](repeating: mean, count: categoryCount)
            for category in 0..<categoryCount where counts[category] > 0 {
                means[category] = sums[category] / counts[category]
                between += counts[category] * (means[category] - mean) * (means[category] - mean)
            }
            // The correlation ratio η²: the share of the partner's variance the categories explain.
            let separation = between / n / variance
            if separation > (best?.separation ?? minimumSeparation) { best = (separation, means) }
        }
        guard let means = best?.means else { return nil }
        return (0..<categoryCount).sorted { (means[$0], $0) < (means[$1], $1) }
    }
}

extension CategoricalMarginal {
    /// The same values and counts, in the order `permutation` (new position → old position) gives.
    func reordered(_ permutation: [Int]) -> CategoricalMarginal {
        CategoricalMarginal(values: permutation.map { values[$0] }, counts: permutation.map { counts[$0] }, otherCount: otherCount)
    }
}
