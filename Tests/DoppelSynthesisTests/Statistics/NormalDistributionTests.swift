import Foundation
import Testing
@testable import DoppelSynthesis

/// The standard normal's CDF, quantile, density and draws against published values (computed with
/// Python's `statistics.NormalDist`, accurate to about 1e-16).
@Suite struct NormalDistributionTests {
    @Test(arguments: [
        (0.0, 0.5), (1.0, 0.8413447460685429), (-1.0, 0.15865525393145707), (2.5, 0.9937903346742238), (-3.0, 0.0013498980316300957),
    ])
    func cdfMatchesKnownValues(z: Double, p: Double) {
        #expect(abs(NormalDistribution.cdf(z) - p) < 1e-12)
    }

    @Test(arguments: [
        (0.5, 0.0), (0.975, 1.9599639845400536), (0.95, 1.6448536269514715), (0.01, -2.3263478740408408), (1e-10, -6.361340902404056),
        (0.999, 3.090232306167813),
    ])
    func quantileMatchesKnownValues(p: Double, z: Double) {
        #expect(abs(NormalDistribution.quantile(p) - z) < 1e-9)
    }

    @Test func quantileAndCdfAreInverses() {
        for step in 0...48 {
            let z = -8 + Double(step) * 0.25
            #expect(abs(NormalDistribution.quantile(NormalDistribution.cdf(z)) - z) < 1e-9, "z = \(z)")
        }
        for step in 1...999 {
            let p = Double(step) / 1000
            #expect(abs(NormalDistribution.cdf(NormalDistribution.quantile(p)) - p) < 1e-12, "p = \(p)")
        }
    }

    @Test func quantileIsFiniteAndMonotoneAtTheEnds() {
        let values = [0, 1e-300, 1e-20, 0.02425, 0.5, 1 - 0.02425, 1 - 1e-12, 1].map(NormalDistribution.quantile)
        #expect(values.allSatisfy { $0.isFinite })
        #expect(zip(values, values.dropFirst()).allSatisfy { $0 <= $1 })
    }

    @Test func densityAndMeanBetween() {
        #expect(abs(NormalDistribution.density(0) - 0.3989422804014327) < 1e-15)
        #expect(NormalDistribution.density(.infinity) == 0)
        // The lower half's mean is −φ(0)/½; the whole line's is 0; a symmetric stretch's is 0.
        #expect(abs(NormalDistribution.meanBetween(0, 0.5) + 0.7978845608028654) < 1e-9)
        #expect(abs(NormalDistribution.meanBetween(0, 1)) < 1e-12)
        #expect(abs(NormalDistribution.meanBetween(0.2, 0.8)) < 1e-9)
        // A stretch too thin to integrate is its midpoint's quantile.
        #expect(NormalDistribution.meanBetween(0.975, 0.975) == NormalDistribution.quantile(0.975))
    }

    @Test func drawIsBoxMuller() {
        // radius √(−2 ln u₁), angle 2π u₂.
        #expect(abs(NormalDistribution.draw(exp(-0.5), 0) - 1) < 1e-15)
        #expect(abs(NormalDistribution.draw(exp(-2), 0.5) + 2) < 1e-12)
        #expect(abs(NormalDistribution.draw(0.3, 0.25)) < 1e-12)
        #expect(NormalDistribution.draw(0, 0.1).isFinite)
        // Uniform pairs on a grid give draws with mean ≈ 0 and variance ≈ 1.
        let draws = (0..<200).flatMap { i in (0..<200).map { j in NormalDistribution.draw((Double(i) + 0.5) / 200, (Double(j) + 0.5) / 200) } }
        let mean = draws.reduce(0, +) / Double(draws.count)
        let variance = draws.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(draws.count)
        #expect(abs(mean) < 1e-9)
        #expect(abs(variance - 1) < 0.02)
    }
}
