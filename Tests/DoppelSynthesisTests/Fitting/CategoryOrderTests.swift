import Testing
@testable import DoppelSynthesis
import DoppelCore

@Suite struct CategoryOrderTests {
    @Test func categoriesFollowTheNumberThatSeparatesThem() {
        // Category 0 sits high, 1 low, 2 in the middle of the second partner; the first partner is noise.
        let categories: [Int?] = [0, 1, 2, 0, 1, 2, nil, 0, 1, 2]
        let noise: [Double] = [0.1, -0.1, 0.2, -0.2, 0.1, -0.1, 5, 0.0, 0.05, -0.05]
        let separating: [Double] = [2, -2, 0, 2.2, -1.8, 0.1, -9, 1.9, -2.1, -0.1]
        #expect(CategoryOrder.permutation(categoryCount: 3, categories: categories, partners: [noise, separating]) == [1, 2, 0])
    }

    @Test func noSeparatingPartnerKeepsTheOrder() {
        let categories: [Int?] = [0, 1, 0, 1]
        #expect(CategoryOrder.permutation(categoryCount: 2, categories: categories, partners: [[1, 1, 1, 1]]) == nil)
        #expect(CategoryOrder.permutation(categoryCount: 2, categories: categories, partners: []) == nil)
    }

    @Test func reorderingMovesCountsWithTheirValues() {
        let marginal = CategoricalMarginal(values: [.init(.text("a")), .init(.text("b")), .init(.text("c"))], counts: [5, 3, 2], otherCount: 1)
        let reordered = marginal.reordered([2, 0, 1])
        #expect(reordered.values.map(\.value) == [.text("c"), .text("a"), .text("b")])
        #expect(reordered.counts == [2, 5, 3])
        #expect(reordered.otherCount == 1)
    }
}
