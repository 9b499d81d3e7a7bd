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
