import DoppelCore
import Testing
@testable import DoppelSynthesis

@Suite struct CopulaSamplerTests {
    typealias F = GenerationFixtures

    /// A table of real columns `x`, `y` with correlation `rho`, conditioned (when `parent`) on the album's price.
    static func sampler(rho: Double, parentRho: Double? = nil, enumerated: Bool = false) -> CopulaSampler {
        let album = F.album()
        let table = Table(name: "t", columns: [F.column("album_id"), F.column("x", .real), F.column("y", .real)], foreignKeys: [F.key(["album_id"], to: "album")])
        var variables: [CopulaModel.Variable] = [.init(relation: nil, column: "x"), .init(relation: nil, column: "y")]
        var correlation = [[1, rho], [rho, 1]]
        if let parentRho {
            variables.insert(.init(relation: 0, column: "price"), at: 0)
            correlation = [[1, parentRho, 0], [parentRho, 1, rho], [0, rho, 1]]
        }
        let x = enumerated ? F.categorical("x", ["a", "b", "c", "d"], counts: [1, 1, 1, 1]) : F.numeric("x")
        let model = TableModel(
            name: "t", rowCount: 10, columns: [F.numeric("album_id"), x, F.numeric("y")],
            copula: CopulaModel(variables: variables, correlation: correlation, sampleRows: 10), relations: [F.relation(["album_id"], to: "album")])
        let layout = CopulaLayout(table: table, model: model, columns: ["album_id", "x", "y"], references: [F.reference(0, parent: album.generator)])
        return CopulaSampler(layout: layout, correlation: model.copula?.correlation)
    }

    @Test func theBaseLatentIsTheCholeskyFactorTimesTheNoise() {
        let sampler = Self.sampler(rho: 0.6)
        #expect(sampler.dimensions == 2)
        let first = sampler.baseLatent(noise: [1, 0], row: 0, treeRank: 0.5)
        let second = sampler.baseLatent(noise: [0, 1], row: 0, treeRank: 0.5)
        #expect(abs(first[0] - 1) < 1e-12 && abs(first[1] - 0.6) < 1e-12)
        #expect(abs(second[0]) < 1e-12 && abs(second[1] - 0.8) < 1e-12)
    }

    @Test func aParentsDrawShiftsTheRowByTheRegressionOnIt() {
        let sampler = Self.sampler(rho: 0, parentRho: 0.5)
        // x given the price: mean 0.5 · price, deviation √0.75; y is independent of both.
        #expect(sampler.conditionalMean.map { $0.map { ($0 * 1e12).rounded() / 1e12 } } == [[0.5], [0]])
        let latent = sampler.latent(noise: [1, 2], given: [2], row: 0, treeRank: 0.5)
        #expect(abs(latent[0] - (1 + 0.75.squareRoot())) < 1e-12)
        #expect(abs(latent[1] - 2) < 1e-12)
        // Given nothing (a NULL parent: 0), the shift is 0 but the spread stays conditional.
        #expect(abs(sampler.latent(noise: [1, 0], given: [0], row: 0, treeRank: 0.5)[0] - 0.75.squareRoot()) < 1e-12)
    }

    @Test func anEnumeratedColumnIsFixedAtItsRowsValueAndTheRestDrawnGivenIt() {
        let sampler = Self.sampler(rho: 0.6, enumerated: true)
        #expect(sampler.layout.fixedDimensions == 1)
        for row in Int64(0)..<8 {
            let target = NormalDistribution.quantile((Double(row % 4) + 0.5) / 4)
            let latent = sampler.baseLatent(noise: [3, 1], row: row, treeRank: 0.5)
            #expect(abs(latent[0] - target) < 1e-12)
            #expect(abs(latent[1] - (0.6 * target + 0.8)) < 1e-12)
        }
    }

    @Test func noiseIsOneNormalPerDimensionFromTheGenerator() {
        let sampler = Self.sampler(rho: 0.2)
        var first = SplitMix64(seed: 5), second = SplitMix64(seed: 5)
        let noise = sampler.noise(&first)
        #expect(noise.count == 2)
        #expect(noise == [NormalDistribution.draw(second.nextUnit(), second.nextUnit()), NormalDistribution.draw(second.nextUnit(), second.nextUnit())])
        let none = CopulaSampler(layout: sampler.layout, correlation: nil)
        #expect(none.dimensions == 0 && none.noise(&first).isEmpty)
    }
}
