import DoppelCore

/// Draws a row's latent normal vector from a table's Gaussian copula laid out by ``CopulaLayout``: either
/// unconditioned (what children condition on) or given the row's parents' draws, with the layout's fixed
/// dimensions (tree counts, enumerated columns) set to their targets and the rest drawn given them.
struct CopulaSampler {
    let layout: CopulaLayout
    /// The lower Cholesky factor of the own variables' correlation.
    let ownFactor: [[Double]]
    /// `A = Σ_op Σ_pp⁻¹`, row by row: how each own variable shifts with the standardized parent variables.
    let conditionalMean: [[Double]]
    /// The lower Cholesky factor of `Σ_oo − A Σ_po`, the own variables' correlation given the parents'.
    let conditionalFactor: [[Double]]

    /// - Parameter correlation: the model's copula correlation (nil: the table has no copula).
    init(layout: CopulaLayout, correlation: [[Double]]?) {
        self.layout = layout
        let ownIndexes = layout.ownIndexes, parentIndexes = layout.parentIndexes
        guard let sigma = correlation, !ownIndexes.isEmpty else {
            ownFactor = []
            conditionalMean = []
            conditionalFactor = []
            return
        }
        let own = ownIndexes.map { i in ownIndexes.map { j in sigma[i][j] } }
        ownFactor = CorrelationMatrix.cholesky(own)
        guard !parentIndexes.isEmpty else {
            conditionalMean = []
            conditionalFactor = ownFactor
            return
        }
        let parentLower = CorrelationMatrix.cholesky(parentIndexes.map { i in parentIndexes.map { j in sigma[i][j] } })
        let mean = ownIndexes.map { i in CorrelationMatrix.solve(lower: parentLower, parentIndexes.map { j in sigma[i][j] }) }
        var conditional = own
        for a in ownIndexes.indices {
            for b in ownIndexes.indices {
                var sum = 0.0
                for k in parentIndexes.indices { sum += mean[a][k] * sigma[parentIndexes[k]][ownIndexes[b]] }
                conditional[a][b] -= sum
            }
        }
        conditionalMean = mean
        conditionalFactor = CorrelationMatrix.cholesky(conditional)
    }

    /// The number of latent dimensions a row draws (0: the table has no copula).
    var dimensions: Int { ownFactor.count }

    /// One standard normal per dimension, two uniforms each from `generator`.
    func noise(_ generator: inout SplitMix64) -> [Double] {
        (0..<ownFactor.count).map { _ in NormalDistribution.draw(generator.nextUnit(), generator.nextUnit()) }
    }

    /// Row `row`'s latent vector before its parents are taken into account; `treeRank` is its place in the
    /// tree as a probability (see ``TableGenerator``), for the tree-count dimensions.
    func baseLatent(noise: [Double], row: Int64, treeRank: Double) -> [Double] {
        correlate(ownFactor, noise, shift: nil, row: row, treeRank: treeRank)
    }

    /// Row `row`'s latent vector given its parents' standardized draws of the layout's parent variables
    /// (`given`, in their order; 0 for a parent not drawn).
    func latent(noise: [Double], given: [Double], row: Int64, treeRank: Double) -> [Double] {
        guard !layout.parentVariables.isEmpty else { return baseLatent(noise: noise, row: row, treeRank: treeRank) }
        let shift = conditionalMean.map { coefficients in zip(coefficients, given).reduce(0) { $0 + $1.0 * $1.1 } }
        return correlate(conditionalFactor, noise, shift: shift, row: row, treeRank: treeRank)
    }

    /// `shift + lower · noise`, except that the fixed variables (the first ones: tree counts, at the row's
    /// rank, then enumerated columns, at the row's value's score) take their target, their noise solved
    /// for, so the variables after them are drawn given them.
    private func correlate(_ lower: [[Double]], _ noise: [Double], shift: [Double]?, row: Int64, treeRank: Double) -> [Double] {
        let fixed = layout.fixedDimensions
        guard fixed > 0 else {
            return lower.indices.map { i in
                var sum = shift?[i] ?? 0
                for k in 0...i { sum += lower[i][k] * noise[k] }
                return sum
            }
        }
        let trees = layout.treeCountDimensions
        var noise = noise
        var latent = [Double](repeating: 0, count: lower.count)
        for i in lower.indices {
            var sum = shift?[i] ?? 0
            for k in 0..<i { sum += lower[i][k] * noise[k] }
            if i < fixed {
                let target: Double
                if i < trees {
                    target = NormalDistribution.quantile(treeRank)
                } else {
                    let scores = layout.enumeratedScores[i - trees]
                    target = scores[Int(row % Int64(scores.count))]
                }
                if lower[i][i] > 1e-9 { noise[i] = (target - sum) / lower[i][i] }
                latent[i] = target
            } else {
                latent[i] = sum + lower[i][i] * noise[i]
            }
        }
        return latent
    }
}
