package import DoppelPolicy

/// One kind of personal data a column's name suggests.
package struct NameCandidate: Hashable, Sendable {
    /// The kind suggested.
    package let kind: PIIKind
    /// How sure the name alone makes the classifier, 0…1.
    package let confidence: Double
    /// A short reason: `name matches email`, `name matches name in a people table`.
    package let reason: String

    package init(kind: PIIKind, confidence: Double, reason: String) {
        self.kind = kind
        self.confidence = confidence
        self.reason = reason
    }
}

/// What a column's name says: candidates of personal kinds, best first, or that it looks non-personal.
package struct NameClassification: Hashable, Sendable {
    /// Candidate kinds, best first; empty when the name suggests no personal data.
    package let candidates: [NameCandidate]
    /// Whether the name looks clearly non-personal (keys, timestamps, amounts, flags, a product's
    /// name), so a caller may default the column to `keep` unless its values say otherwise.
    package let isNonPersonal: Bool
    /// Why: the best candidate's reason, the non-personal reason, or `no name match`.
    package let reason: String

    package init(candidates: [NameCandidate], isNonPersonal: Bool, reason: String) {
        self.candidates = candidates
        self.isNonPersonal = isNonPersonal
        self.reason = reason
    }

    /// The best candidate, if any.
    package var best: NameCandidate? { candidates.first }

    /// The candidate of `kind`, if the name suggests it.
    package func candidate(_ kind: PIIKind) -> NameCandidate? {
        candidates.first { $0.kind == kind }
    }

    /// A name that says nothing.
    package static let silent = NameClassification(candidates: [], isNonPersonal: false, reason: "no name match")
}
