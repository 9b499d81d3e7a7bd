/// A view or materialized view, kept as its definition.
public struct View: Codable, Hashable, Sendable {
    /// The view's name.
    public var name: String
    /// The statement that creates it (a materialized view `WITH NO DATA`: it is refreshed after the load).
    public var definitionSQL: String
    /// The engine's identity of the view (see ``EngineObject/catalogID``).
    public var catalogID: String?
    /// The ``EngineObject/catalogID``s of what the view needs to exist first (tables, functions, other views).
    public var dependencies: [String]?
    /// Indexes of a materialized view, created after it is refreshed.
    public var indexes: [Index]?

    package init(name: String, definitionSQL: String, catalogID: String? = nil, dependencies: [String]? = nil, indexes: [Index]? = nil) {
        self.name = name
        self.definitionSQL = definitionSQL
        self.catalogID = catalogID
        self.dependencies = dependencies
        self.indexes = indexes
    }

    /// Whether it is a materialized view (filled by `REFRESH MATERIALIZED VIEW` after the load).
    package var isMaterialized: Bool { definitionSQL.hasPrefix("CREATE MATERIALIZED VIEW") }
}
