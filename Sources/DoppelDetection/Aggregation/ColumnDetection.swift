package import DoppelPolicy

/// What detection decided about one column: a personal kind (or none), how sure it is, the evidence as
/// counts, and a reason line a person can check (`name matches email; 98 % of 500 sampled values are
/// emails`). Neither the description, the reason nor the evidence ever holds a sampled value.
package struct ColumnDetection: Hashable, Sendable, CustomStringConvertible {
    /// The column.
    package let column: ColumnDescription
    /// The personal kind decided, or nil when the column does not look personal.
    package let kind: PIIKind?
    /// With a kind: how sure detection is of it, 0.5…1. Without: how likely the best rejected candidate
    /// was, 0…0.5 (0 when there was none).
    package let confidence: Double
    /// Whether the name is clearly non-personal (a key, a timestamp, an amount, a product's name) and the
    /// values showed nothing personal, so a drafted policy may keep the column.
    package let defaultsToKeep: Bool
    /// What the name said.
    package let name: NameClassification
    /// What the sample showed.
    package let evidence: ColumnEvidence
    /// Why, in one line.
    package let reason: String

    package init(
        column: ColumnDescription, kind: PIIKind?, confidence: Double, defaultsToKeep: Bool,
        name: NameClassification, evidence: ColumnEvidence, reason: String
    ) {
        self.column = column
        self.kind = kind
        self.confidence = confidence
        self.defaultsToKeep = defaultsToKeep
        self.name = name
        self.evidence = evidence
        self.reason = reason
    }

    /// `customers.email: email (0.99) — name matches email; 98 % of 500 sampled values are emails`.
    package var description: String {
        let verdict = kind.map { "\($0.rawValue) (\(ColumnDetection.format(confidence)))" } ?? (defaultsToKeep ? "not personal" : "no personal data found")
        return "\(column.table).\(column.column): \(verdict) — \(reason)"
    }

    /// A confidence with two decimals.
    static func format(_ confidence: Double) -> String {
        let hundredths = Int((confidence * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
