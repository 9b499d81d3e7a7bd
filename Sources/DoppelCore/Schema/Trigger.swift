/// A trigger on a table or view, kept as its definition. Triggers are created after the load so
/// they never fire on copied rows.
public struct Trigger: Codable, Hashable, Sendable {
    public var name: String
    public var table: String
    public var definitionSQL: String

    public init(name: String, table: String, definitionSQL: String) {
        self.name = name
        self.table = table
        self.definitionSQL = definitionSQL
    }
}
