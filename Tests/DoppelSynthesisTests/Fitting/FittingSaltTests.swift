import Testing
@testable import DoppelSynthesis

@Suite struct FittingSaltTests {
    @Test func eachSaltSpellsItsNameAndDiffersFromGenerations() {
        #expect(GenerationSaltTests.word(FittingSalt.copulaSample) == "copula")
        #expect(GenerationSaltTests.word(FittingSalt.columnSample) == "fit_cols")
        #expect(GenerationSaltTests.word(FittingSalt.lengthSample) == "ZZ")
        let all = [FittingSalt.copulaSample, FittingSalt.columnSample, FittingSalt.lengthSample, GenerationSalt.rows, GenerationSalt.counts,
                   GenerationSalt.picker, GenerationSalt.strata, GenerationSalt.parentPicks, GenerationSalt.tableKeyWord]
        #expect(Set(all).count == all.count)
    }
}
