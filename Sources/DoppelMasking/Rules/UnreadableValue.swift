package import DoppelCore

/// A rule met a value it cannot transform (a date it cannot parse, a number in a text column that is not
/// one): it throws this rather than copy the value. ``reason`` says what the rule expected and never holds
/// the value itself. The engine counts these per column and stops the run, unless the column's entry says
/// `on_invalid: null` or `on_invalid: redact` (``InvalidValueChoice``).
package struct UnreadableValue: DoppelError {
    /// What the rule needed, e.g. "not a date of the form YYYY-MM-DD (with an optional time)".
    package var reason: String

    package var exitStatus: ExitStatus { .runFailed }

    /// For a path that meets it outside a clone's reader (which names table, column and count instead).
    package var description: String {
        "a rule cannot transform a value (\(reason)); a rule never copies what it cannot transform: correct the value in the source, or add `on_invalid: null` or `on_invalid: redact` to the column's entry"
    }

    package init(_ reason: String) {
        self.reason = reason
    }
}
