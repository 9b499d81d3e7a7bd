package import DoppelCore
import Foundation

/// A PostgreSQL database opened as a clone's source: every query runs inside one
/// `REPEATABLE READ READ ONLY` transaction (one consistent snapshot, which also works on a hot
/// standby), and tables are streamed with `COPY (…) TO STDOUT`. The source is never written.
package final class PostgresSource: SourceDatabase, BlockRangeReading {
    package let connection: PGConnection
    /// The schemas (namespaces) read: every schema with tables, or those on a `search_path` the URL sets.
    package let namespaces: [String]
    /// The schema whose objects go unqualified (`public`, or the first of the `search_path`); tables
    /// elsewhere are named `schema.table`.
    package let primary: String
    package var dialect: any SQLDialect { StandardSQLDialect() }

    private let url: String

    /// Connects and opens the snapshot; with `snapshot` (from ``exportSnapshot()``), the snapshot of another
    /// session, so parallel readers see the same data.
    package init(url: String, namespaces: [String]? = nil, snapshot: String? = nil) throws {
        self.url = url
        connection = try PGConnection(url: url)
        try connection.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", context: "opening a read-only snapshot of \(connection.displayURL)")
        if let snapshot {
            try connection.execute("SET TRANSACTION SNAPSHOT \(StandardSQLDialect().literal(snapshot))", context: "sharing the snapshot of the first connection")
        }
        try connection.execute("SET LOCAL bytea_output = 'hex'; SET LOCAL DateStyle = 'ISO, YMD'; SET LOCAL IntervalStyle = 'postgres'; SET LOCAL extra_float_digits = 3")
        let found = try namespaces ?? Self.namespacesToRead(connection)
        self.namespaces = found
        primary = found.first ?? "public"
    }

    /// Whether tables can be read in block ranges (`ctid` range scans, PostgreSQL 14 and later).
    package var readsBlockRanges: Bool { connection.serverVersion >= 140_000 }

    /// Another connection reading the same snapshot and schema, for a parallel reader.
    package func sibling() throws -> PostgresSource {
        let snapshot = try connection.execute("SELECT pg_export_snapshot()", context: "exporting the snapshot for parallel readers").text(row: 0, column: 0)
        let other = try PostgresSource(url: url, namespaces: namespaces, snapshot: snapshot)
        try other.connection.execute("SET search_path TO \(connection.quote(primary))")
        return other
    }

    package func siblingReader() throws -> any BlockRangeReading {
        try sibling()
    }

    /// Kept columns travel in COPY text, undecoded, to a PostgreSQL target.
    package var transferEncoding: TransferEncoding? { .postgresCopyText }

    /// The number of blocks (pages) a table occupies.
    package func blockCount(of table: Table) throws -> Int {
        let result = try connection.execute(
            "SELECT (pg_relation_size(to_regclass($1)) / current_setting('block_size')::bigint)::text",
            parameters: [dialect.quote(table: table)], context: "measuring \(table.name)")
        return Int(result.text(row: 0, column: 0) ?? "") ?? 0
    }

    deinit {
        _ = try? connection.execute("COMMIT")
    }

    /// The schemas with tables (or types), primary first: the ones on the URL's own `search_path` when it
    /// sets one, else every non-system schema, `public` first.
    static func namespacesToRead(_ connection: PGConnection) throws -> [String] {
        let all = try connection.execute("""
            SELECT n.nspname FROM pg_namespace n
            WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%' AND n.nspname NOT LIKE 'doppel\\_%'
              AND (EXISTS (SELECT 1 FROM pg_class c WHERE c.relnamespace = n.oid AND c.relkind IN ('r', 'p', 'v', 'm'))
                   OR EXISTS (SELECT 1 FROM pg_type t WHERE t.typnamespace = n.oid AND t.typtype IN ('e', 'd')))
            ORDER BY n.nspname <> 'public', n.nspname
            """, context: "finding the schemas to clone").rows().compactMap { $0.first ?? nil }
        let path = try connection.execute("SELECT current_setting('search_path'), array_to_string(current_schemas(false), chr(31))").rows().first
        if let setting = path?[0], setting != "\"$user\", public", let listed = path?[1]?.split(separator: "\u{1F}").map(String.init), !listed.isEmpty {
            return listed
        }
        return all.isEmpty ? ["public"] : all
    }

    package func introspect(countingRows: Bool) throws -> Schema {
        var merged = Schema(engine: "postgres", tables: [], objects: [])
        for namespace in namespaces {
            let part = try PostgresIntrospector(connection: connection, namespace: namespace, primary: primary).schema(countingRows: countingRows)
            merged.tables += part.tables
            merged.views += part.views
            merged.triggers += part.triggers
            merged.objects = (merged.objects ?? []) + (part.objects ?? [])
        }
        // Every object learns what it needs first, across schemas: the target creates them in that order.
        let dependencies = try PostgresDependencies.read(connection)
        for index in merged.tables.indices {
            merged.tables[index].dependencies = merged.tables[index].catalogID.flatMap { dependencies[$0] }
        }
        for index in merged.views.indices {
            merged.views[index].dependencies = merged.views[index].catalogID.flatMap { dependencies[$0] }
        }
        merged.objects = merged.objects?.map { object in
            var object = object
            if let id = object.catalogID { object.dependencies = dependencies[id] }
            return object
        }
        return merged
    }

    package func scan(unsafeSQL sql: String, body: (_ row: [Value]) throws -> Void) throws {
        try scan(unsafeSQL: sql, verbatim: .none, body: body)
    }

    package func scan(unsafeSQL sql: String, verbatim: VerbatimColumns, body: (_ row: [Value]) throws -> Void) throws {
        precondition(verbatim.fit(transferEncoding), "verbatim columns in \(verbatim.encoding?.name ?? "-") reach a COPY text source")
        // The result's column types decide how each field is decoded.
        let shape = try connection.execute("SELECT * FROM (\(sql)) AS doppel_shape LIMIT 0", context: "describing a table's query")
        let kinds = (0..<shape.columnCount).map { column in
            verbatim.contains(column) ? .verbatim : CopyTextCodec.FieldKind(typeOID: shape.typeOID(column: column))
        }
        var row: [Value] = Array(repeating: .null, count: kinds.count)
        try connection.copyOut("COPY (\(sql)) TO STDOUT", context: "reading rows") { line in
            try CopyTextCodec.decodeRow(line, kinds: kinds, into: &row)
            try body(row)
        }
    }

    package func validate(unsafeSQL sql: String) throws {
        try connection.execute("SAVEPOINT doppel_validate")
        do {
            try connection.execute("EXPLAIN \(sql)")
            try connection.execute("RELEASE SAVEPOINT doppel_validate")
        } catch {
            _ = try? connection.execute("ROLLBACK TO SAVEPOINT doppel_validate")
            throw error
        }
    }

    package func queryOne(unsafeSQL sql: String) throws -> [Value]? {
        let result = try connection.execute(sql)
        guard result.rowCount > 0 else { return nil }
        return try (0..<result.columnCount).map { column in
            guard var text = result.text(row: 0, column: column) else { return .null }
            let kind = CopyTextCodec.FieldKind(typeOID: result.typeOID(column: column))
            return try text.withUTF8 { bytes in try CopyTextCodec.value(of: bytes, kind: kind) }
        }
    }

    package var rowAddressing: (any RowAddressing)? { TupleIDAddressing() }

    /// The table's relations and indexes, summed over its partitions (`pg_partition_tree`, PostgreSQL 12).
    package func storedBytes(of table: Table) throws -> Int64? {
        let name = StandardSQLDialect().literal(dialect.quote(table: table))
        // pg_partition_tree lists a partitioned table's tree; a plain table's size is its own.
        let sql = "SELECT coalesce((SELECT sum(pg_total_relation_size(relid)) FROM pg_partition_tree(\(name)::regclass)), pg_total_relation_size(\(name)::regclass))::bigint"
        guard case .integer(let bytes)? = try queryOne(unsafeSQL: sql)?.first else { return nil }
        return bytes
    }
}
