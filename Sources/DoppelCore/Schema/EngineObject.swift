/// An object of the source engine that is not a table, view or trigger but that the tables need:
/// a PostgreSQL extension, enum or domain type, sequence, function, or row-level security policy.
///
/// Kept as the engine's own definition; a target of the same engine recreates it, another engine
/// lists it in a warning and leaves it out.
public struct EngineObject: Codable, Hashable, Sendable {
    /// What the object is.
    public enum Kind: String, Codable, Sendable {
        case `extension`, enumType = "enum", domain, sequence, function, rowSecurityPolicy = "policy", grant, comment
    }

    public var kind: Kind
    /// The object's name, as the engine spells it (schema-qualified where the engine has schemas).
    public var name: String
    /// The statement that creates it. When ``roles`` is set, `{roles}` in it stands for the role list.
    public var definitionSQL: String
    /// The roles a GRANT or row-level security policy names (`PUBLIC` for everyone), which a target may
    /// map to its own roles or lack.
    public var roles: [String]?
    /// The table it belongs to (a sequence owned by a column, a policy on a table), if any.
    public var table: String?

    /// The schema the object lives in, where the engine has schemas.
    public var schema: String?

    public init(kind: Kind, name: String, definitionSQL: String, table: String? = nil, roles: [String]? = nil, schema: String? = nil) {
        self.roles = roles
        self.schema = schema
        self.kind = kind
        self.name = name
        self.definitionSQL = definitionSQL
        self.table = table
    }
}
