/// An object of the source engine that is not a table, view or trigger but that the tables need:
/// a PostgreSQL extension, collation, enum, domain, composite or range type, sequence, function,
/// aggregate, operator, cast, row-level security policy, grant or comment.
///
/// Kept as the engine's own definition; a target of the same engine recreates it, another engine
/// lists it in a warning and leaves it out. Objects created before the rows (types, functions, tables,
/// views…) are created in the order their ``dependencies`` give, as `pg_dump` does.
public struct EngineObject: Codable, Hashable, Sendable {
    /// What the object is.
    public enum Kind: String, Codable, Sendable {
        case `extension`, enumType = "enum", domain, sequence, function, rowSecurityPolicy = "policy", grant, comment
        case collation, compositeType = "composite type", rangeType = "range type", aggregate, `operator`, cast

        /// Whether the object is created before the rows are loaded (with the tables, in dependency order);
        /// the others (policies, grants, comments) come after.
        package var isCreatedBeforeRows: Bool {
            switch self {
            case .extension, .enumType, .domain, .sequence, .function, .collation, .compositeType, .rangeType, .aggregate, .operator, .cast: true
            case .rowSecurityPolicy, .grant, .comment: false
            }
        }
    }

    /// What sort of object it is.
    public var kind: Kind
    /// The object's name, as the engine spells it (schema-qualified where the engine has schemas).
    public var name: String
    /// The statement that creates it, as the source has it.
    public var definitionSQL: String
    /// For a GRANT or row-level security policy: the roles it names and the statement around them, so a
    /// target can name its own roles instead.
    public var roleClause: RoleClause?
    /// The table it belongs to (a sequence owned by a column, a policy on a table), if any.
    public var table: String?

    /// The schema the object lives in, where the engine has schemas.
    public var schema: String?
    /// The engine's identity of the object (PostgreSQL: `class:16384`, `type:…`, `proc:…`), which
    /// ``dependencies`` of other objects, tables and views name.
    public var catalogID: String?
    /// The ``catalogID``s of the objects, tables and views this one needs to exist first.
    public var dependencies: [String]?
    /// A sequence's state in the source (its next value follows from it), so the clone continues where
    /// the source stands.
    public var sequenceState: SequenceState?

    package init(
        kind: Kind, name: String, definitionSQL: String, table: String? = nil, roleClause: RoleClause? = nil, schema: String? = nil,
        catalogID: String? = nil, dependencies: [String]? = nil, sequenceState: SequenceState? = nil
    ) {
        self.catalogID = catalogID
        self.dependencies = dependencies
        self.sequenceState = sequenceState
        self.roleClause = roleClause
        self.schema = schema
        self.kind = kind
        self.name = name
        self.definitionSQL = definitionSQL
        self.table = table
    }
}

/// A statement that names roles (`GRANT … TO r1, r2 …`, `CREATE POLICY … TO r1 …`), split around its role list.
public struct RoleClause: Codable, Sendable, Hashable {
    /// The roles as the source names them (`PUBLIC` for everyone), unquoted.
    public var roles: [String]
    /// The statement up to the role list.
    public var head: String
    /// The statement after the role list.
    public var tail: String

    package init(roles: [String], head: String, tail: String) {
        self.roles = roles
        self.head = head
        self.tail = tail
    }

    /// The statement naming `roles`, each already quoted as an identifier (or `PUBLIC`).
    package func statement(naming quotedRoles: [String]) -> String {
        head + quotedRoles.joined(separator: ", ") + tail
    }
}
