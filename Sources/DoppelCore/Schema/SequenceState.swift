/// Where a sequence stands: `last_value` and `is_called`, as PostgreSQL's `setval` takes them. The next
/// value is `lastValue` when `isCalled` is false, else `lastValue` plus the increment.
public struct SequenceState: Codable, Hashable, Sendable {
    /// The value as text (a sequence may be `bigint`).
    public var lastValue: String
    /// Whether `lastValue` has been handed out.
    public var isCalled: Bool

    package init(lastValue: String, isCalled: Bool) {
        self.lastValue = lastValue
        self.isCalled = isCalled
    }
}
