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

    /// The constraint's name; nil when it has none.
    public var name: String?
    /// The referencing columns of the owning table, in key order.
    public var columns: [String]
    /// The table the key references.
    public var referencedTable: String
    /// The referenced columns; empty when the source leaves them implicit (the primary key).
    public var referencedColumns: [String]
    /// What happens to referencing rows when the referenced row is deleted.
    public var onDelete: Action
    /// What happens to referencing rows when the referenced key changes.
    public var onUpdate: Action
    /// Whether the check can be deferred to the end of a transaction.
    public var isDeferrable: Bool
    /// Whether the check is deferred unless a transaction says otherwise.
    public var isInitiallyDeferred: Bool
    /// The engine's own definition of the constraint (PostgreSQL's `FOREIGN KEY (…) REFERENCES …`), if any.
    public var definitionSQL: String?
    /// PostgreSQL: the partitions that declare this key themselves (the partitioned table does not), each
    /// with its constraint name; nil when the table declares it. Planning treats it as the table's key.
    public var partitions: [PartitionDeclaration]?

    package init(
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
