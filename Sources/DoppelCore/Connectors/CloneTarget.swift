/// A database a clone is written into, where nothing is visible until ``commit()`` swaps it in whole.
///
/// The engine calls, in order: ``createTables(_:)``, then ``writer(for:columns:)`` once per table in
/// foreign-key order, then ``commit()``. If anything fails, or the process dies, the previous target
/// stays exactly as it was; ``abandon()`` removes the half-built clone.
package protocol CloneTarget: AnyObject {
    /// Called as each stage of ``commit()`` begins (``CloneStage/indexes``, ``CloneStage/checks``,
    /// ``CloneStage/rename``), for progress and fault-injection tests.
    var stageHandler: (@Sendable (CloneStage) -> Void)? { get set }

    /// What the target could not carry, for the run's log.
    var warnings: [String] { get }

    /// Creates the tables, with their keys and constraints but without secondary indexes, triggers or views.
    func createTables(_ tables: [Table]) throws

    /// A writer that loads rows of `table` into the listed columns.
    func writer(for table: Table, columns: [String]) throws -> any RowWriter

    /// ``writer(for:columns:)``, with the `verbatim` columns arriving already in their transfer encoding
    /// (see ``SourceDatabase/scan(unsafeSQL:verbatim:body:)``), which must be this target's.
    func writer(for table: Table, columns: [String], verbatim: VerbatimColumns) throws -> any RowWriter

    /// Adds indexes, views and triggers, checks the result, and swaps it in as the target.
    func commit() throws -> CommitReport

    /// Drops the half-built clone; the previous target is untouched.
    func abandon()

    /// The encoding a writer takes verbatim columns in (see ``writer(for:columns:verbatim:)``); nil
    /// for a target that takes only decoded values.
    var transferEncoding: TransferEncoding? { get }
}

/// Loads rows of one table.
package protocol RowWriter: AnyObject {
    /// Writes a batch of rows, values in the order of the columns the writer was opened with.
    func write(_ batch: RowBatch) throws
    /// Finishes the table.
    func close() throws
}

/// What the target checked before it swapped the clone in. A check that did not run is never reported as passed.
package struct CommitReport: Sendable, Codable {
    /// Rows found violating a key of ``verifiedForeignKeys`` (always 0 in a committed clone: one violation stops it).
    package var foreignKeyViolations: Int
    /// The foreign keys the target checked every row of, as the clone declares them.
    package var verifiedForeignKeys: [ForeignKeyReference]
    /// Foreign keys the clone declares but the target did not check, with the reason (a key PostgreSQL adds `NOT VALID`).
    package var unverifiedForeignKeys: [UnverifiedForeignKey]
    /// The engine's integrity verdict (SQLite's `integrity_check`: `ok`); nil when the engine has no such check and none ran.
    package var integrity: String?
    /// Bytes of the finished clone, when the engine can tell.
    package var bytes: Int64?

    package init(
        foreignKeyViolations: Int, verifiedForeignKeys: [ForeignKeyReference], unverifiedForeignKeys: [UnverifiedForeignKey] = [],
        integrity: String?, bytes: Int64?
    ) {
        self.foreignKeyViolations = foreignKeyViolations
        self.verifiedForeignKeys = verifiedForeignKeys
        self.unverifiedForeignKeys = unverifiedForeignKeys
        self.integrity = integrity
        self.bytes = bytes
    }
}

extension CloneTarget {
    package func writer(for table: Table, columns: [String], verbatim: VerbatimColumns) throws -> any RowWriter {
        precondition(verbatim.isEmpty, "this target takes no verbatim columns")
        return try writer(for: table, columns: columns)
    }

    package var warnings: [String] { [] }

    package var transferEncoding: TransferEncoding? { nil }
}
