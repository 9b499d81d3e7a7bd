/// A foreign key: `columns` of the owning table reference `referencedColumns` of `referencedTable`.
public struct ForeignKey: Codable, Hashable, Sendable {
    /// What the engine does to referencing rows when the referenced row changes.
    public enum Action: String, Codable, Sendable {
        case noAction = "NO ACTION"
        case restrict = "RESTRICT"
        case cascade = "CASCADE"
        case setNull = "SET NULL"
        case setDefault = "SET DEFAULT"
    }

    public var name: String?
    public var columns: [String]
    public var referencedTable: String
    /// The referenced columns; empty when the source leaves them implicit (the primary key).
    public var referencedColumns: [String]
    public var onDelete: Action
    public var onUpdate: Action
    public var isDeferrable: Bool
    public var isInitiallyDeferred: Bool
    /// The engine's own definition of the constraint (PostgreSQL's `FOREIGN KEY (…) REFERENCES …`), if any.
    public var definitionSQL: String?
    /// PostgreSQL: the partitions that declare this key themselves (the partitioned table does not), each
    /// with its constraint name; nil when the table declares it. Planning treats it as the table's key.
    public var partitions: [PartitionDeclaration]?

    public init(
        name: String? = nil, columns: [String], referencedTable: String, referencedColumns: [String],
        onDelete: Action = .noAction, onUpdate: Action = .noAction,
        isDeferrable: Bool = false, isInitiallyDeferred: Bool = false, definitionSQL: String? = nil
    ) {
        self.definitionSQL = definitionSQL
        self.name = name
        self.columns = columns
        self.referencedTable = referencedTable
        self.referencedColumns = referencedColumns
        self.onDelete = onDelete
        self.onUpdate = onUpdate
        self.isDeferrable = isDeferrable
        self.isInitiallyDeferred = isInitiallyDeferred
    }
}
