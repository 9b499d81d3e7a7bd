/// Small dense symmetric matrices: the copula's correlations, their Cholesky factor, and the
/// conditional distribution of a child's variables given its parents'.
package enum CorrelationMatrix {
    /// The lower-triangular `L` with `L·Lᵀ = matrix` (a covariance: its diagonal is kept), shrinking the
    /// off-diagonal entries towards 0 until the matrix is positive definite (a correlation estimated from
    /// a sample may be slightly off).
    package static func cholesky(_ matrix: [[Double]]) -> [[Double]] {
        let n = matrix.count
        var shrink = 0.0
        while true {
            var lower = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
            var ok = true
            outer: for i in 0..<n {
                for j in 0...i {
                    var sum = (i == j ? max(matrix[i][i], 1e-9) : matrix[i][j] * (1 - shrink))
                    for k in 0..<j { sum -= lower[i][k] * lower[j][k] }
                    if i == j {
                        guard sum > 1e-12 else { ok = false; break outer }
                        lower[i][i] = sum.squareRoot()
                    } else {
                        lower[i][j] = sum / lower[j][j]
                    }
                }
            }
            if ok { return lower }
            shrink = shrink == 0 ? 0.01 : min(1, shrink * 2)
        }
    }

    /// The correlation matrix nearest `matrix` whose eigenvalues are all at least `floor`: correlations
    /// estimated pair by pair (and corrected for coarse columns) need not fit together, and shrinking
    /// every one towards 0 until they do would lose the strong ones. Negative eigenvalues are raised to
    /// `floor` and the diagonal put back to 1, a few times over (alternating projections, after Higham 2002).
    package static func nearestPositiveDefinite(_ matrix: [[Double]], floor: Double = 1e-3) -> [[Double]] {
        let n = matrix.count
        var current = matrix
        for _ in 0..<20 {
            let eigen = SymmetricEigen(current)
            guard let smallest = eigen.values.min(), smallest < floor else { return current }
            var next = current
            for i in 0..<n {
                for j in 0...i {
                    var sum = 0.0
                    for k in 0..<n { sum += eigen.vectors[i][k] * max(eigen.values[k], floor) * eigen.vectors[j][k] }
                    next[i][j] = sum
                    next[j][i] = sum
                }
            }
            let scale = (0..<n).map { 1 / max(next[$0][$0], 1e-12).squareRoot() }
            for i in 0..<n { for j in 0..<n { next[i][j] = i == j ? 1 : next[i][j] * scale[i] * scale[j] } }
            current = next
        }
        return current
    }

    /// Solves `matrix · x = b` for a positive-definite matrix (through its Cholesky factor).
    package static func solve(lower: [[Double]], _ b: [Double]) -> [Double] {
        let n = b.count
        var y = [Double](repeating: 0, count: n)
        for i in 0..<n {
            var sum = b[i]
            for k in 0..<i { sum -= lower[i][k] * y[k] }
            y[i] = sum / lower[i][i]
        }
        var x = [Double](repeating: 0, count: n)
        for i in stride(from: n - 1, through: 0, by: -1) {
            var sum = y[i]
            for k in (i + 1)..<n { sum -= lower[k][i] * x[k] }
            x[i] = sum / lower[i][i]
        }
        return x
    }

    /// The latent correlations behind normal scores some of which are coarsened: a column scored by
    /// the conditional means of the stretches its values hold (categories, NULLs) has a standard deviation
    /// below 1, and its Pearson correlation with another column understates the latent one by that
    /// factor (exactly for a continuous partner, to first order between two coarse columns), so each
    /// Pearson correlation is divided by both columns' standard deviations and kept inside ±0.999.
    package static func latent(_ rows: [[Double]], variables: Int) -> [[Double]] {
        guard !rows.isEmpty else { return pearson(rows, variables: variables) }
        let products = centredProducts(rows, variables: variables)
        let deviations = (0..<variables).map { min(1, (products[$0][$0] / Double(rows.count)).squareRoot()) }
        return correlations(products, variables: variables) { i, j, r in
            let scale = deviations[i] * deviations[j]
            return scale > 0 ? max(-0.999, min(0.999, r / scale)) : 0
        }
    }

    /// Pearson correlations of the columns of `rows` (each row one observation); a constant column gets 0.
    package static func pearson(_ rows: [[Double]], variables: Int) -> [[Double]] {
        guard !rows.isEmpty else { return (0..<variables).map { i in (0..<variables).map { i == $0 ? 1 : 0 } } }
        return correlations(centredProducts(rows, variables: variables), variables: variables) { _, _, r in r }
    }

    /// The symmetric matrix with unit diagonal whose `[i][j]` is `adjust(i, j, r)` for the Pearson
    /// correlation `r` the centred products give (0 for a constant column).
    private static func correlations(_ products: [[Double]], variables: Int, adjust: (Int, Int, Double) -> Double) -> [[Double]] {
        var result = [[Double]](repeating: [Double](repeating: 0, count: variables), count: variables)
        for i in 0..<variables {
            result[i][i] = 1
            for j in 0..<i {
                let denominator = (products[i][i] * products[j][j]).squareRoot()
                let value = denominator > 0 ? adjust(i, j, max(-1, min(1, products[i][j] / denominator))) : 0
                result[i][j] = value
                result[j][i] = value
            }
        }
        return result
    }

    /// Sums of products of deviations from the column means, lower triangle (`[i][j]` for `j <= i`).
    private static func centredProducts(_ rows: [[Double]], variables: Int) -> [[Double]] {
        let n = Double(rows.count)
        var means = [Double](repeating: 0, count: variables)
        for row in rows { for i in 0..<variables { means[i] += row[i] } }
        for i in 0..<variables { means[i] /= n }
        var sums = [[Double]](repeating: [Double](repeating: 0, count: variables), count: variables)
        for row in rows {
            for i in 0..<variables {
                let di = row[i] - means[i]
                for j in 0...i { sums[i][j] += di * (row[j] - means[j]) }
            }
        }
        return sums
    }
}
