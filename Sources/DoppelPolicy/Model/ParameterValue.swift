/// A rule parameter as written in the policy, with where it was written.
public struct ParameterValue: Hashable, Sendable {
    /// The scalar text exactly as written (`year`, `30`, `true`).
    public var text: String
    public var location: SourceLocation

    public init(text: String, location: SourceLocation) {
        self.text = text
        self.location = location
    }

    public var integer: Int? { Int(text) }
    public var number: Double? { Double(text) }
    public var boolean: Bool? {
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: return nil
        }
    }
}
