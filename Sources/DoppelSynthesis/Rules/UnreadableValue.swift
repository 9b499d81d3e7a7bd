/// A rule met a value it cannot transform (a date it cannot parse, a number in a text column that is not
/// one): it throws this rather than copy the value. ``reason`` says what the rule expected and never holds
/// the value itself. The engine counts these per column and stops the run, unless the column's entry says
/// `on_invalid: null` or `on_invalid: redact` (``InvalidValueChoice``).
public struct UnreadableValue: Error, Sendable {
    /// What the rule needed, e.g. "not a date of the form YYYY-MM-DD (with an optional time)".
    public var reason: String

    public init(_ reason: String) {
        self.reason = reason
    }
}
