/// A trigger on a table or view, kept as its definition. Triggers are created after the load so
/// they never fire on copied rows.
public struct Trigger: Codable, Hashable, Sendable {
    /// The trigger's name.
    public var name: String
    /// The table or view it is on.
    public var table: String
    /// The statement that creates it.
    public var definitionSQL: String

    package init(name: String, table: String, definitionSQL: String) {
        self.name = name
        self.table = table
        self.definitionSQL = definitionSQL
    }
}
