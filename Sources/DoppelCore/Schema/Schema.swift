/// Everything Doppel knows about a database's structure, engine-neutral.
///
/// Connectors produce it; the policy validator, the planner and the writers consume it. It is
/// `Codable` so `doppel inspect --format json` can save it and `doppel check --schema` can read it back.
public struct Schema: Codable, Hashable, Sendable {
    /// The engine the schema was read from (`sqlite`, `postgres`).
    public var engine: String
    /// The tables.
    public var tables: [Table]
    /// The views and materialized views.
    public var views: [View]
    /// The triggers.
    public var triggers: [Trigger]
    /// Extensions, types, sequences, functions and policies the engine keeps beside the tables (PostgreSQL).
    public var objects: [EngineObject]?

    package init(engine: String, tables: [Table], views: [View] = [], triggers: [Trigger] = [], objects: [EngineObject]? = nil) {
        self.engine = engine
        self.tables = tables
        self.views = views
        self.triggers = triggers
        self.objects = objects
    }

    /// The table with this exact name.
    public func table(named name: String) -> Table? {
        tables.first { $0.name == name }
    }

    /// For every table, the foreign keys of other tables (and its own) that reference it.
    package func referencingForeignKeys(of tableName: String) -> [(table: Table, foreignKey: ForeignKey)] {
        tables.flatMap { table in
            table.foreignKeys.filter { $0.referencedTable == tableName }.map { (table, $0) }
        }
    }
}
