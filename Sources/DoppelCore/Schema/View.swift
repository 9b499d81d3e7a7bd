/// A view, kept as its definition.
public struct View: Codable, Hashable, Sendable {
    public var name: String
    public var definitionSQL: String

    public init(name: String, definitionSQL: String) {
        self.name = name
        self.definitionSQL = definitionSQL
    }
}
