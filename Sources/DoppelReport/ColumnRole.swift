import DoppelCore

/// How the fidelity report treats a column, as SDMetrics' metadata `sdtype` would.
package enum ColumnRole: String, Codable, Sendable {
    /// Keys and references: checked for validity, not compared as values.
    case id
    /// Numbers: KS complement; Pearson correlation with other continuous columns.
    case numerical
    /// Dates and times (as nanoseconds since 1970): like numbers.
    case datetime
    /// Booleans, and text with at most ``ColumnRole/categoryLimit`` distinct values: TV complement, contingency tables.
    case categorical
    /// Free text and PII: not compared.
    case ignored

    /// Text with at most this many distinct values in the source counts as categorical.
    package static let categoryLimit = 50

    /// Whether the role's values are continuous (binned for contingency tables).
    var isContinuous: Bool { self == .numerical || self == .datetime }
}
