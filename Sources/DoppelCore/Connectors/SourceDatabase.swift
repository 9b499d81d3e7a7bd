/// A database Doppel reads from, never writes to.
///
/// Implementations open the source read-only and read every table from one consistent snapshot.
public protocol SourceDatabase: AnyObject {
    /// How the engine spells the SQL the planner generates for it.
    var dialect: any SQLDialect { get }

    /// Reads the whole schema; with `countingRows`, each table's exact row count too (a full scan of
    /// each table on most engines, so a clone that shows no progress skips it).
    func introspect(countingRows: Bool) throws -> Schema

    /// Runs a query the planner built (which may embed a policy's `where` clause, hence "unsafe") and
    /// calls `body` once per row with the row's values in select-list order.
    ///
    /// - Complexity: O(1) memory in the number of rows: the row buffer is reused.
    func scan(unsafeSQL sql: String, body: (_ row: [Value]) throws -> Void) throws

    /// ``scan(unsafeSQL:body:)``, with the `verbatim` columns left in the source's own transfer encoding
    /// (PostgreSQL's COPY text, escapes and all) as `.text`, for a writer of the same encoding to pass through
    /// untouched. `verbatim` is empty or in this source's ``transferEncoding``.
    func scan(unsafeSQL sql: String, verbatim: VerbatimColumns, body: (_ row: [Value]) throws -> Void) throws

    /// Compiles a query without running it: a policy's `where` that is not valid SQL fails here, before
    /// anything is written.
    func validate(unsafeSQL sql: String) throws

    /// The first row of a query that returns one row (aggregates), or nil when it returns none.
    func queryOne(unsafeSQL sql: String) throws -> [Value]?

    /// The encoding ``scan(unsafeSQL:verbatim:body:)`` leaves verbatim columns in; nil for a source
    /// that decodes every column.
    var transferEncoding: TransferEncoding? { get }

    /// The bytes a table takes in the source with its indexes (every partition of a partitioned table); nil when
    /// the engine does not say. For estimates only.
    func storedBytes(of table: Table) throws -> Int64?

    /// How the source names rows within its snapshot, when it can.
    var rowAddressing: (any RowAddressing)? { get }
}

extension SourceDatabase {
    /// The encoding ``scan(unsafeSQL:verbatim:body:)`` leaves verbatim columns in; nil for a source
    /// that decodes every column.
    package var transferEncoding: TransferEncoding? { nil }

    package func scan(unsafeSQL sql: String, verbatim: VerbatimColumns, body: (_ row: [Value]) throws -> Void) throws {
        precondition(verbatim.isEmpty, "this source decodes every column")
        try scan(unsafeSQL: sql, body: body)
    }

    package func storedBytes(of table: Table) throws -> Int64? { nil }

    package var rowAddressing: (any RowAddressing)? { nil }

    /// Reads the whole schema with exact row counts.
    package func introspect() throws -> Schema {
        try introspect(countingRows: true)
    }
}
