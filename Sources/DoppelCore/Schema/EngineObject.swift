/// An object of the source engine that is not a table, view or trigger but that the tables need:
/// a PostgreSQL extension, enum or domain type, sequence, function, or row-level security policy.
///
/// Kept as the engine's own definition; a target of the same engine recreates it, another engine
/// lists it in a warning and leaves it out.
public struct EngineObject: Codable, Hashable, Sendable {
    /// What the object is.
    public enum Kind: String, Codable, Sendable {
        case `extension`, enumType = "enum", domain, sequence, function, rowSecurityPolicy = "policy"
    }

    public var kind: Kind
    /// The object's name, as the engine spells it (schema-qualified where the engine has schemas).
    public var name: String
    /// The statement that creates it.
    public var definitionSQL: String
    /// The table it belongs to (a sequence owned by a column, a policy on a table), if any.
    public var table: String?

    public init(kind: Kind, name: String, definitionSQL: String, table: String? = nil) {
        self.kind = kind
        self.name = name
        self.definitionSQL = definitionSQL
        self.table = table
    }
}
