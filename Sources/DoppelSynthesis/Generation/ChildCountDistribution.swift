import DoppelCore

/// Draws children-per-parent counts from a ``RelationModel``'s histogram.
package struct ChildCountDistribution: Sendable {
    private let counts: [Int64]
    private let weights: CumulativeWeights

    package init(_ relation: RelationModel) {
        counts = relation.childCounts
        weights = CumulativeWeights(relation.parents)
    }

    /// The count at uniform `u` in [0, 1) (0 when the fit saw no parent).
    package func count(at u: Double) -> Int64 {
        weights.index(at: u).map { counts[$0] } ?? 0
    }
}
