/// A rule parameter as written in the policy, with where it was written.
public struct ParameterValue: Hashable, Sendable {
    /// The scalar text exactly as written (`year`, `30`, `true`).
    public var text: String
    /// Where the value is written.
    public var location: SourceLocation

    package init(text: String, location: SourceLocation) {
        self.text = text
        self.location = location
    }

    /// The text as a whole number, or nil.
    public var integer: Int? { Int(text) }
    /// The text as a number, or nil.
    public var number: Double? { Double(text) }
    /// The text as a boolean (`true`/`false`, `yes`/`no`, `on`/`off`), or nil.
    public var boolean: Bool? {
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: return nil
        }
    }
}
