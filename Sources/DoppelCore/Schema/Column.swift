/// A column as introspected from the source.
public struct Column: Codable, Hashable, Sendable {
    /// The column's name, exactly as the source spells it.
    public var name: String
    /// The type exactly as the source declares it (`NVARCHAR(40)`, `timestamptz`, or empty).
    public var declaredType: String
    /// What the type means to Doppel.
    public var logicalType: LogicalType
    /// SQLite's type affinity (`INTEGER`, `TEXT`, `BLOB`, `REAL`, `NUMERIC`); nil for other engines.
    public var affinity: String?
    /// Whether NULL is allowed.
    public var isNullable: Bool
    /// The default as SQL text, if any.
    public var defaultSQL: String?
    /// The generation expression of a generated column; such columns are never written.
    public var generated: GeneratedColumn?
    /// Whether the engine assigns the value itself (SQLite rowid alias, PostgreSQL identity or serial).
    public var isAutoIncrementing: Bool
    /// The collation the column declares (SQLite's `COLLATE NOCASE`), when Doppel reads it.
    public var collation: String?

    package init(
        name: String, declaredType: String, logicalType: LogicalType, affinity: String? = nil,
        isNullable: Bool, defaultSQL: String? = nil, generated: GeneratedColumn? = nil,
        isAutoIncrementing: Bool = false, collation: String? = nil
    ) {
        self.name = name
        self.declaredType = declaredType
        self.logicalType = logicalType
        self.affinity = affinity
        self.isNullable = isNullable
        self.defaultSQL = defaultSQL
        self.generated = generated
        self.isAutoIncrementing = isAutoIncrementing
        self.collation = collation
    }
}

/// How a generated column computes its value.
public struct GeneratedColumn: Codable, Hashable, Sendable {
    /// `STORED` columns are written to disk; `VIRTUAL` ones are computed on read.
    public enum Storage: String, Codable, Sendable { case stored, virtual }
    /// The expression that computes the value, as SQL, when known.
    public var expression: String?
    /// Whether the value is stored or computed on read.
    public var storage: Storage

    package init(expression: String?, storage: Storage) {
        self.expression = expression
        self.storage = storage
    }
}
