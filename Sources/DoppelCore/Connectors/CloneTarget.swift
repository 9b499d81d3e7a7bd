/// A database a clone is written into, where nothing is visible until ``commit()`` swaps it in whole.
///
/// The engine calls, in order: ``createTables(_:)``, then ``writer(for:columns:)`` once per table in
/// foreign-key order, then ``commit()``. If anything fails, or the process dies, the previous target
/// stays exactly as it was; ``abandon()`` removes the half-built clone.
public protocol CloneTarget: AnyObject {
    /// Called as each stage of ``commit()`` begins (`indexes`, `checks`, `rename`), for progress and fault-injection tests.
    var stageHandler: (@Sendable (String) -> Void)? { get set }

    /// What the target could not carry, for the run's log.
    var warnings: [String] { get }

    /// Creates the tables, with their keys and constraints but without secondary indexes, triggers or views.
    func createTables(_ tables: [Table]) throws

    /// A writer that loads rows of `table` into the listed columns.
    func writer(for table: Table, columns: [String]) throws -> any RowWriter

    /// ``writer(for:columns:)``, with the columns at `verbatimColumns` arriving already in the engine's
    /// transfer encoding (see ``SourceDatabase/scan(unsafeSQL:verbatimColumns:body:)``).
    func writer(for table: Table, columns: [String], verbatimColumns: Set<Int>) throws -> any RowWriter

    /// Adds indexes, views and triggers, checks the result, and swaps it in as the target.
    func commit() throws -> CommitReport

    /// Drops the half-built clone; the previous target is untouched.
    func abandon()
}

/// Loads rows of one table.
public protocol RowWriter: AnyObject {
    /// Writes a batch of rows, values in the order of the columns the writer was opened with.
    func write(_ batch: RowBatch) throws
    /// Finishes the table.
    func close() throws
}

/// What the target checked before it swapped the clone in.
public struct CommitReport: Sendable, Codable {
    /// Foreign-key violations found (always 0 in a committed clone).
    public var foreignKeyViolations: Int
    /// The engine's integrity verdict (`ok`).
    public var integrity: String
    /// Bytes of the finished clone, when the engine can tell.
    public var bytes: Int64?

    public init(foreignKeyViolations: Int, integrity: String, bytes: Int64?) {
        self.foreignKeyViolations = foreignKeyViolations
        self.integrity = integrity
        self.bytes = bytes
    }
}

extension CloneTarget {
    public func writer(for table: Table, columns: [String], verbatimColumns: Set<Int>) throws -> any RowWriter {
        precondition(verbatimColumns.isEmpty, "this target takes no verbatim columns")
        return try writer(for: table, columns: columns)
    }

    public var warnings: [String] { [] }
}
