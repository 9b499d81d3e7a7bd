import DoppelCore
import Foundation

/// A PostgreSQL database opened as a clone's source: every query runs inside one
/// `REPEATABLE READ READ ONLY` transaction (one consistent snapshot, which also works on a hot
/// standby), and tables are streamed with `COPY (…) TO STDOUT`. The source is never written.
public final class PostgresSource: SourceDatabase {
    public let connection: PGConnection
    /// The schema (namespace) read; `public` unless the URL's `search_path` option or the caller says otherwise.
    public let namespace: String
    public var dialect: any SQLDialect { StandardSQLDialect() }

    private let url: String

    /// Connects and opens the snapshot; with `snapshot` (from ``exportSnapshot()``), the snapshot of another
    /// session, so parallel readers see the same data.
    public init(url: String, namespace: String? = nil, snapshot: String? = nil) throws {
        self.url = url
        connection = try PGConnection(url: url)
        try connection.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", context: "opening a read-only snapshot of \(connection.displayURL)")
        if let snapshot {
            try connection.execute("SET TRANSACTION SNAPSHOT \(StandardSQLDialect().literal(snapshot))", context: "sharing the snapshot of the first connection")
        }
        try connection.execute("SET LOCAL bytea_output = 'hex'; SET LOCAL DateStyle = 'ISO, YMD'; SET LOCAL IntervalStyle = 'postgres'; SET LOCAL extra_float_digits = 3")
        if let namespace {
            self.namespace = namespace
        } else {
            self.namespace = try Self.defaultNamespace(connection)
        }
    }

    /// Whether tables can be read in block ranges (`ctid` range scans, PostgreSQL 14 and later).
    public var readsBlockRanges: Bool { connection.serverVersion >= 140_000 }

    /// Another connection reading the same snapshot and schema, for a parallel reader.
    public func sibling() throws -> PostgresSource {
        let snapshot = try connection.execute("SELECT pg_export_snapshot()", context: "exporting the snapshot for parallel readers").text(row: 0, column: 0)
        let other = try PostgresSource(url: url, namespace: namespace, snapshot: snapshot)
        try other.connection.execute("SET search_path TO \(connection.quote(namespace))")
        return other
    }

    /// The number of blocks (pages) a table occupies.
    public func blockCount(of table: String) throws -> Int {
        let result = try connection.execute(
            "SELECT (pg_relation_size(to_regclass($1)) / current_setting('block_size')::bigint)::text",
            parameters: [connection.quote(table)], context: "measuring \(table)")
        return Int(result.text(row: 0, column: 0) ?? "") ?? 0
    }

    deinit {
        _ = try? connection.execute("COMMIT")
    }

    /// `public` when it holds tables, else the only other schema that does.
    static func defaultNamespace(_ connection: PGConnection) throws -> String {
        let rows = try connection.execute("""
            SELECT n.nspname FROM pg_namespace n
            WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%' AND n.nspname NOT LIKE 'doppel\\_%'
              AND EXISTS (SELECT 1 FROM pg_class c WHERE c.relnamespace = n.oid AND c.relkind IN ('r', 'p'))
            ORDER BY n.nspname <> 'public', n.nspname
            """, context: "finding the schema to clone").rows().compactMap { $0.first ?? nil }
        if rows.first == "public" || rows.count <= 1 { return rows.first ?? "public" }
        throw RunError(
            "the source database has tables in several schemas (\(rows.joined(separator: ", "))) and none in public; this version of doppel clones one schema: name it with ?options=-csearch_path%3D\(rows[0]) in the source URL")
    }

    public func introspect(countingRows: Bool) throws -> Schema {
        try PostgresIntrospector(connection: connection, namespace: namespace).schema(countingRows: countingRows)
    }

    public func scan(unsafeSQL sql: String, body: (_ row: [Value]) throws -> Void) throws {
        try scan(unsafeSQL: sql, verbatimColumns: [], body: body)
    }

    public func scan(unsafeSQL sql: String, verbatimColumns: Set<Int>, body: (_ row: [Value]) throws -> Void) throws {
        // The result's column types decide how each field is decoded.
        let shape = try connection.execute("SELECT * FROM (\(sql)) AS doppel_shape LIMIT 0", context: "describing a table's query")
        let kinds = (0..<shape.columnCount).map { column in
            verbatimColumns.contains(column) ? .verbatim : CopyTextCodec.FieldKind(typeOID: shape.typeOID(column: column))
        }
        var row: [Value] = Array(repeating: .null, count: kinds.count)
        try connection.copyOut("COPY (\(sql)) TO STDOUT", context: "reading rows") { line in
            try CopyTextCodec.decodeRow(line, kinds: kinds, into: &row)
            try body(row)
        }
    }

    public func validate(unsafeSQL sql: String) throws {
        try connection.execute("SAVEPOINT doppel_validate")
        do {
            try connection.execute("EXPLAIN \(sql)")
            try connection.execute("RELEASE SAVEPOINT doppel_validate")
        } catch {
            _ = try? connection.execute("ROLLBACK TO SAVEPOINT doppel_validate")
            throw error
        }
    }

    public func queryOne(unsafeSQL sql: String) throws -> [Value]? {
        let result = try connection.execute(sql)
        guard result.rowCount > 0 else { return nil }
        return (0..<result.columnCount).map { column in
            guard let text = result.text(row: 0, column: column) else { return .null }
            switch CopyTextCodec.FieldKind(typeOID: result.typeOID(column: column)) {
            case .integer: return Int64(text).map(Value.integer) ?? .text(text)
            case .real: return Double(text).map(Value.real) ?? .text(text)
            case .boolean: return .integer(text == "t" ? 1 : 0)
            default: return .text(text)
            }
        }
    }
}
