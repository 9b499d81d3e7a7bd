import DoppelCore
import Testing
@testable import DoppelSynthesis

@Suite struct CorrelationMatrixTests {
    /// Bivariate normal draws with correlation `rho`.
    static func pairs(_ count: Int, rho: Double, seed: UInt64) -> [(Double, Double)] {
        var generator = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            let a = NormalDistribution.draw(generator.nextUnit(), generator.nextUnit())
            let b = NormalDistribution.draw(generator.nextUnit(), generator.nextUnit())
            return (a, rho * a + (1 - rho * rho).squareRoot() * b)
        }
    }

    @Test func theMeanOfAStretchOfTheNormalScale() {
        #expect(abs(NormalDistribution.meanBetween(0, 1)) < 1e-12)
        #expect(abs(NormalDistribution.meanBetween(0.5, 1) - 0.797_884_560_8) < 1e-9)
        #expect(abs(NormalDistribution.meanBetween(0, 0.5) + 0.797_884_560_8) < 1e-9)
        #expect(abs(NormalDistribution.meanBetween(0.3, 0.3) - NormalDistribution.quantile(0.3)) < 1e-12)
    }

    @Test(arguments: [0.95, 0.6, -0.8])
    func aCoarsenedColumnKeepsItsLatentCorrelation(rho: Double) {
        // One variable cut into three bins and scored by the bins' conditional means: its Pearson
        // correlation with the other understates rho; the latent estimate recovers it.
        let cuts = [0.0, 0.3, 0.65, 1.0]
        let rows = Self.pairs(20_000, rho: rho, seed: 7).map { a, b -> [Double] in
            let u = NormalDistribution.cdf(b)
            let bin = (0..<3).first { u < cuts[$0 + 1] } ?? 2
            return [a, NormalDistribution.meanBetween(cuts[bin], cuts[bin + 1])]
        }
        let pearson = CorrelationMatrix.pearson(rows, variables: 2)[0][1]
        let latent = CorrelationMatrix.latent(rows, variables: 2)[0][1]
        #expect(abs(pearson) < abs(rho) - 0.03, "pearson \(pearson)")
        #expect(abs(latent - rho) < 0.03, "latent \(latent) for \(rho)")
    }

    @Test func continuousColumnsKeepTheirPearsonCorrelation() {
        let rows = Self.pairs(20_000, rho: 0.7, seed: 3).map { [$0.0, $0.1] }
        let pearson = CorrelationMatrix.pearson(rows, variables: 2)[0][1]
        let latent = CorrelationMatrix.latent(rows, variables: 2)[0][1]
        #expect(abs(latent - pearson) < 0.02)
        #expect(CorrelationMatrix.latent(rows, variables: 2)[0][0] == 1)
    }
}

@Suite struct NearestPositiveDefiniteTests {
    @Test func aMatrixThatIsNotACorrelationIsRepairedKeepingItsStrongEntries() {
        // a~b and a~c near 1 but b~c near −1: no three variables can do that.
        let broken: [[Double]] = [[1, 0.9, 0.9, 0.95], [0.9, 1, -0.9, 0.2], [0.9, -0.9, 1, 0.2], [0.95, 0.2, 0.2, 1]]
        #expect(SymmetricEigen(broken).values.contains { $0 < 0 })
        let repaired = CorrelationMatrix.nearestPositiveDefinite(broken)
        let eigen = SymmetricEigen(repaired)
        #expect(eigen.values.allSatisfy { $0 > 1e-4 }, "eigenvalues \(eigen.values)")
        for i in 0..<4 { #expect(abs(repaired[i][i] - 1) < 1e-12) }
        for i in 0..<4 { for j in 0..<4 { #expect(abs(repaired[i][j] - repaired[j][i]) < 1e-12) } }
        // Entries move no further than they must: shrinking every entry until the matrix fits takes 47 %
        // off each (a~d to 0.50); the repair keeps a~d above 0.7.
        #expect(repaired[0][3] > 0.7, "a~d \(repaired[0][3])")
    }

    @Test func aPositiveDefiniteMatrixIsLeftAlone() {
        let matrix: [[Double]] = [[1, 0.5, 0.2], [0.5, 1, 0.3], [0.2, 0.3, 1]]
        #expect(CorrelationMatrix.nearestPositiveDefinite(matrix) == matrix)
    }

    @Test func eigenvaluesOfAKnownMatrix() {
        let eigen = SymmetricEigen([[2, 1], [1, 2]])
        #expect(eigen.values.sorted().enumerated().allSatisfy { abs($0.element - [1.0, 3.0][$0.offset]) < 1e-12 })
    }
}

@Suite struct CholeskyTests {
    @Test func aCovarianceKeepsItsVariances() {
        // A conditional covariance: variances well under 1. L·Lᵀ must give it back, diagonal included.
        let covariance: [[Double]] = [[0.02, 0.01], [0.01, 0.09]]
        let lower = CorrelationMatrix.cholesky(covariance)
        for i in 0..<2 {
            for j in 0..<2 {
                let product = (0..<2).reduce(0.0) { $0 + lower[i][$1] * lower[j][$1] }
                #expect(abs(product - covariance[i][j]) < 1e-12, "(\(i), \(j)): \(product)")
            }
        }
    }

    @Test func aDegenerateMatrixStillGetsAFactor() {
        let lower = CorrelationMatrix.cholesky([[0, 0], [0, 1]])
        #expect(lower.allSatisfy { $0.allSatisfy(\.isFinite) })
    }
}
