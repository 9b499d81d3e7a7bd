import DoppelCore

/// Draws children-per-parent counts from a ``RelationModel``'s histogram.
public struct ChildCountDistribution: Sendable {
    private let counts: [Int64]
    private let weights: CumulativeWeights

    public init(_ relation: RelationModel) {
        counts = relation.childCounts
        weights = CumulativeWeights(relation.parents)
    }

    /// The count at uniform `u` in [0, 1) (0 when the fit saw no parent).
    public func count(at u: Double) -> Int64 {
        weights.index(at: u).map { counts[$0] } ?? 0
    }
}
