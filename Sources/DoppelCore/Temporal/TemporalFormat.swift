/// How a date or time is written as text: `2009-01-01`, `2009-01-01 00:00:00`, `2009-01-01T10:30:00Z`.
public struct TemporalFormat: Codable, Hashable, Sendable {
    /// Whether a time of day follows the date.
    public var hasTime: Bool
    /// Between date and time (` ` or `T`).
    public var timeSeparator: String
    /// Digits of fractional seconds.
    public var fractionDigits: Int
    /// What follows the time (`Z`, `+00`), verbatim.
    public var zone: String

    package init(hasTime: Bool, timeSeparator: String = " ", fractionDigits: Int = 0, zone: String = "") {
        self.hasTime = hasTime
        self.timeSeparator = timeSeparator
        self.fractionDigits = fractionDigits
        self.zone = zone
    }
}
