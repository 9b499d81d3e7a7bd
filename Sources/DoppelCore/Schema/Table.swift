/// A table as introspected from the source: columns, keys, constraints and indexes.
public struct Table: Codable, Hashable, Sendable {
    /// The table's name, exactly as the source spells it.
    public var name: String
    /// The schema (namespace) the table lives in; nil for SQLite's `main`. A table outside the source's
    /// primary schema (PostgreSQL's `public`) is named `schema.table` in ``name`` (and in policies).
    public var schema: String?
    /// The columns, in declaration order.
    public var columns: [Column]
    /// Primary-key column names in key order; empty when the table has no primary key.
    public var primaryKey: [String]
    /// The foreign keys the table declares.
    public var foreignKeys: [ForeignKey]
    /// UNIQUE constraints (and unique indexes), each a list of column names.
    public var uniqueKeys: [[String]]
    /// The CHECK constraints.
    public var checks: [CheckConstraint]
    /// The indexes, including those behind UNIQUE and PRIMARY KEY constraints.
    public var indexes: [Index]
    /// SQLite `WITHOUT ROWID` table.
    public var isWithoutRowID: Bool
    /// SQLite `STRICT` table.
    public var isStrict: Bool
    /// The number of rows when introspected (exact for SQLite).
    public var rowCount: Int64?
    /// PostgreSQL: other tables inherit from this one (`INHERITS`, not partitions), so reading it must
    /// say `ONLY` to leave their rows to them.
    public var hasInheritingTables: Bool?
    /// The engine's own definition (`CREATE TABLE ...`), used when source and target engines agree.
    public var definitionSQL: String?
    /// PostgreSQL: the columns a partitioned table routes its rows by (`PARTITION BY RANGE (paid_at)`).
    public var partitionKeyColumns: [String]?
    /// The engine's identity of the table (see ``EngineObject/catalogID``).
    public var catalogID: String?
    /// The ``EngineObject/catalogID``s of what the table needs to exist first (types, domains, sequences,
    /// functions its defaults call).
    public var dependencies: [String]?

    package init(
        name: String, schema: String? = nil, columns: [Column], primaryKey: [String] = [],
        foreignKeys: [ForeignKey] = [], uniqueKeys: [[String]] = [], checks: [CheckConstraint] = [],
        indexes: [Index] = [], isWithoutRowID: Bool = false, isStrict: Bool = false,
        rowCount: Int64? = nil, definitionSQL: String? = nil
    ) {
        self.name = name
        self.schema = schema
        self.columns = columns
        self.primaryKey = primaryKey
        self.foreignKeys = foreignKeys
        self.uniqueKeys = uniqueKeys
        self.checks = checks
        self.indexes = indexes
        self.isWithoutRowID = isWithoutRowID
        self.isStrict = isStrict
        self.rowCount = rowCount
        self.definitionSQL = definitionSQL
    }

    /// The name inside its schema: ``name`` without the `schema.` it carries outside the primary schema.
    package var localName: String {
        if let schema, name.hasPrefix(schema + "."), name.count > schema.count + 1 { return String(name.dropFirst(schema.count + 1)) }
        return name
    }

    /// Whether ``name`` carries its schema (`sales.orders`), so SQL must qualify it.
    package var isQualified: Bool { localName != name }

    /// The column with this exact name.
    public func column(named name: String) -> Column? {
        columns.first { $0.name == name }
    }

    /// Columns that hold stored data (generated columns excluded): the ones a clone reads and writes.
    package var storedColumns: [Column] {
        columns.filter { $0.generated == nil }
    }

    /// Whether `columns` (in any order) form the primary key or a unique key of this table.
    package func isUniquelyKeyed(by columns: [String]) -> Bool {
        let wanted = Set(columns)
        if !primaryKey.isEmpty, Set(primaryKey) == wanted { return true }
        return uniqueKeys.contains { Set($0) == wanted }
    }

    /// The columns a foreign key references: its own list, or the primary key when left implicit.
    package func referencedColumns(of foreignKey: ForeignKey) -> [String] {
        foreignKey.referencedColumns.isEmpty ? primaryKey : foreignKey.referencedColumns
    }
}
