import DoppelCore
import Foundation

/// Writes a clone into a PostgreSQL database where nothing can see it half-made: one transaction builds
/// every object in a private staging schema, loads rows with `COPY … FROM STDIN`, adds keys, indexes,
/// sequences, views, triggers and policies after the load, and swaps the staging schema in as the target
/// schema (the previous one is renamed away and dropped) before it commits.
///
/// A run that fails or is killed rolls back (the server discards an unfinished transaction), so the
/// previous target stays exactly as it was and no staging schema outlives the run.
public final class PostgresCloneTarget: CloneTarget {
    public let connection: PGConnection
    /// The schema the clone becomes (`public` unless told otherwise).
    public let targetNamespace: String
    /// The private schema the clone is built in.
    public let stagingNamespace: String
    /// What could not be carried (roles a policy names that the target lacks, …), for the run's log.
    public private(set) var warnings: [String] = []
    public var stageHandler: (@Sendable (String) -> Void)?
    private let source: Schema
    private var createdTables: [Table] = []
    private var open = true
    /// Source role → target role; a nil target drops the role.
    private let roleMap: [String: String?]

    /// Connects (creating the database when it does not exist and the role may), begins the transaction
    /// and creates the staging schema.
    public init(url: String, source: Schema, targetNamespace: String = "public", roleMap: [String: String?] = [:]) throws {
        self.source = source
        self.roleMap = roleMap
        self.targetNamespace = targetNamespace
        connection = try Self.connectCreatingDatabase(url: url)
        stagingNamespace = "doppel_staging_\(getpid())_\(UInt32.random(in: 0...UInt32.max))"
        try connection.execute("BEGIN", context: "starting the clone's transaction")
        let staging = connection.quote(stagingNamespace)
        try connection.execute("SET LOCAL client_min_messages = warning; CREATE SCHEMA \(staging); SET LOCAL search_path TO \(staging)", context: "creating the staging schema \(stagingNamespace)")
    }

    static func connectCreatingDatabase(url: String) throws -> PGConnection {
        let missingDatabase: Bool
        do {
            return try PGConnection(url: url)
        } catch {
            missingDatabase = error.message.contains("database") && error.message.contains("does not exist")
            if !missingDatabase { throw error }
        }
        guard let (maintenanceURL, name) = PostgresURL.replacingDatabase(in: url, with: "postgres") else {
            throw RunError("the target database in \(ConnectionURL.postgres(url)) does not exist; create it, or give the URL as postgres://HOST/DATABASE so doppel can")
        }
        let maintenance = try PGConnection(url: maintenanceURL)
        do {
            try maintenance.execute("CREATE DATABASE \(maintenance.quote(name))", context: "creating the target database \(name) (the role needs CREATEDB, or create it first)")
        } catch {
            // Another run may have created it meanwhile.
            if error.state != .duplicateDatabase { throw error }
        }
        return try PGConnection(url: url)
    }

    public func createTables(_ tables: [Table]) throws {
        let objects = source.objects ?? []
        for object in objects where object.kind == .extension {
            try createExtension(object.name)
        }
        for kind in [EngineObject.Kind.enumType, .domain, .sequence, .function] {
            for object in objects where object.kind == kind {
                try connection.execute(object.definitionSQL, context: "creating \(kind.rawValue) \(object.name) in the clone")
            }
        }
        for table in tables {
            guard let definition = table.definitionSQL, !definition.isEmpty else {
                throw RunError("table \(table.name) has no PostgreSQL definition to recreate it from")
            }
            try connection.execute(definition, context: "creating table \(table.name) in the clone")
            createdTables.append(table)
        }
    }

    /// An extension the tables need: created in the staging schema, or, when the target schema already
    /// holds it, moved into the staging schema so it survives the swap.
    private func createExtension(_ name: String) throws {
        let existing = try connection.execute(
            "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = $1",
            parameters: [name], context: "looking for extension \(name)").rows().first?.first ?? nil
        if existing == nil {
            try connection.execute("CREATE EXTENSION \(connection.quote(name)) SCHEMA \(connection.quote(stagingNamespace))", context: "creating extension \(name) (the role needs the right to, or install it in the target database first)")
        } else if existing == targetNamespace {
            try connection.execute("ALTER EXTENSION \(connection.quote(name)) SET SCHEMA \(connection.quote(stagingNamespace))", context: "moving extension \(name) into the clone")
        }
    }

    public func writer(for table: Table, columns: [String]) throws -> any RowWriter {
        try writer(for: table, columns: columns, verbatimColumns: [])
    }

    public func writer(for table: Table, columns: [String], verbatimColumns: Set<Int>) throws -> any RowWriter {
        let list = columns.map(connection.quote).joined(separator: ", ")
        try connection.beginCopyIn("COPY \(connection.quote(table.name)) (\(list)) FROM STDIN", context: "loading table \(table.name)")
        return PostgresRowWriter(connection: connection, table: table.name, verbatim: columns.indices.map(verbatimColumns.contains))
    }

    public func commit() throws -> CommitReport {
        stageHandler?("indexes")
        let tables = createdTables
        let names = Set(tables.map(\.name))
        for table in tables {
            for index in table.indexes where index.origin != .createIndex {
                guard let definition = index.definitionSQL else { continue }
                try connection.execute(
                    "ALTER TABLE \(connection.quote(table.name)) ADD CONSTRAINT \(connection.quote(index.name)) \(definition)",
                    context: "adding \(index.origin == .primaryKey ? "the primary key" : "constraint \(index.name)") of \(table.name)")
            }
        }
        for table in tables {
            for index in table.indexes where index.origin == .createIndex {
                guard let definition = index.definitionSQL else { continue }
                try connection.execute(definition, context: "creating index \(index.name) on \(table.name)")
            }
            for check in table.checks {
                try connection.execute(
                    "ALTER TABLE \(connection.quote(table.name)) ADD CONSTRAINT \(connection.quote(check.name ?? "\(table.name)_check")) \(check.expression)",
                    context: "adding CHECK \(check.name ?? "") to \(table.name)")
            }
        }
        stageHandler?("checks")
        // Adding a foreign key checks every row against its parent.
        for table in tables {
            for key in table.foreignKeys where names.contains(key.referencedTable) {
                guard let definition = key.definitionSQL else { continue }
                try connection.execute(
                    "ALTER TABLE \(connection.quote(table.name)) ADD CONSTRAINT \(connection.quote(key.name ?? "\(table.name)_fkey")) \(definition)",
                    context: "adding foreign key \(key.name ?? "") of \(table.name) (a row references a parent row the clone does not have)")
            }
        }
        try continueSequences(tables)
        for view in source.views {
            try connection.execute(view.definitionSQL, context: "creating view \(view.name)")
            if view.definitionSQL.hasPrefix("CREATE MATERIALIZED VIEW") {
                try connection.execute("REFRESH MATERIALIZED VIEW \(connection.quote(view.name))", context: "filling materialized view \(view.name)")
            }
        }
        for trigger in source.triggers where names.contains(trigger.table) || source.views.contains(where: { $0.name == trigger.table }) {
            try connection.execute(trigger.definitionSQL, context: "creating trigger \(trigger.name) on \(trigger.table)")
        }
        let viewNames = Set(source.views.map(\.name))
        for object in source.objects ?? [] where object.kind == .rowSecurityPolicy && names.contains(object.table ?? "") {
            try createWithRoles(object)
        }
        for object in source.objects ?? [] where object.kind == .grant && (names.contains(object.table ?? "") || viewNames.contains(object.table ?? "") || object.definitionSQL.contains(" ON SEQUENCE ")) {
            try createWithRoles(object)
        }

        stageHandler?("rename")
        try swap()
        try connection.execute("COMMIT", context: "committing the clone")
        open = false
        let size = try? connection.execute("SELECT pg_database_size(current_database())::text").text(row: 0, column: 0).flatMap { Int64($0) }
        return CommitReport(foreignKeyViolations: 0, integrity: "ok", bytes: size ?? nil)
    }

    /// Serial sequences and identity columns continue past the highest key the clone holds.
    private func continueSequences(_ tables: [Table]) throws {
        for table in tables {
            for column in table.columns where column.isAutoIncrementing {
                let quotedTable = connection.quote(table.name), quotedColumn = connection.quote(column.name)
                let sequence = try connection.execute(
                    "SELECT pg_get_serial_sequence($1, $2)", parameters: [quotedTable, column.name],
                    context: "finding the sequence of \(table.name).\(column.name)").text(row: 0, column: 0)
                guard let sequence else { continue }
                try connection.execute(
                    "SELECT setval($1::regclass, coalesce((SELECT max(\(quotedColumn)) FROM \(quotedTable)), 1), (SELECT max(\(quotedColumn)) IS NOT NULL FROM \(quotedTable)))",
                    parameters: [sequence], context: "continuing the sequence of \(table.name).\(column.name)")
            }
        }
        // Sequences a serial column owns in the source are owned again here, so they move and drop with it.
        for object in source.objects ?? [] where object.kind == .sequence {
            for table in tables {
                for column in table.columns where column.defaultSQL?.contains("nextval('\(object.name)'") ?? false
                    || column.defaultSQL?.contains("nextval('\(connection.quote(object.name))'") ?? false
                {
                    try connection.execute(
                        "ALTER SEQUENCE \(connection.quote(object.name)) OWNED BY \(connection.quote(table.name)).\(connection.quote(column.name))",
                        context: "attaching sequence \(object.name)")
                    try connection.execute(
                        "SELECT setval($1::regclass, coalesce((SELECT max(\(connection.quote(column.name))) FROM \(connection.quote(table.name))), 1), (SELECT max(\(connection.quote(column.name))) IS NOT NULL FROM \(connection.quote(table.name))))",
                        parameters: [connection.quote(object.name)], context: "continuing sequence \(object.name)")
                }
            }
        }
    }

    /// Creates a GRANT or row-level security statement with its roles mapped through the policy's
    /// `roles`; roles the target lacks are left out with a warning, and a statement left with none is skipped.
    private func createWithRoles(_ object: EngineObject) throws {
        guard let sourceRoles = object.roles else {
            try connection.execute(object.definitionSQL, context: "creating \(object.kind.rawValue) \(object.name)")
            return
        }
        var roles: [String] = []
        for role in sourceRoles {
            if role == "PUBLIC" { roles.append("PUBLIC"); continue }
            let mapped: String
            if let entry = roleMap[role] {
                guard let entry else { continue }  // `role: ~` drops it
                mapped = entry
            } else {
                mapped = role
            }
            let exists = try connection.execute("SELECT 1 FROM pg_roles WHERE rolname = $1", parameters: [mapped]).rowCount > 0
            if exists {
                roles.append(connection.quote(mapped))
            } else {
                warnings.append("\(object.kind == .grant ? "GRANT" : "row-level security policy") \(object.name) names role \(mapped), which the target lacks; left out (map it with `roles: { \(role): TARGET_ROLE }` in the policy)")
            }
        }
        guard !roles.isEmpty else { return }
        try connection.execute(
            object.definitionSQL.replacingOccurrences(of: "{roles}", with: roles.joined(separator: ", ")),
            context: "creating \(object.kind.rawValue) \(object.name)")
    }

    /// Renames the previous target schema away, the staging schema into its place, and drops the previous one.
    private func swap() throws {
        let exists = try connection.execute("SELECT 1 FROM pg_namespace WHERE nspname = $1", parameters: [targetNamespace]).rowCount > 0
        let target = connection.quote(targetNamespace)
        var grantUsage = targetNamespace == "public"
        var owner: String?
        var comment: String?
        if exists {
            let row = try connection.execute(
                "SELECT pg_get_userbyid(nspowner), obj_description(oid, 'pg_namespace') FROM pg_namespace WHERE nspname = $1",
                parameters: [targetNamespace]).rows().first
            owner = row?[0] ?? nil
            comment = row?[1] ?? nil
            let publicUsage = try connection.execute(
                "SELECT has_schema_privilege('public', $1, 'USAGE')::text", parameters: [targetNamespace]).text(row: 0, column: 0)
            grantUsage = publicUsage == "true"
            let old = connection.quote("doppel_old_\(stagingNamespace.dropFirst("doppel_staging_".count))")
            try connection.execute("ALTER SCHEMA \(target) RENAME TO \(old)", context: "moving the previous clone aside (the role must own schema \(targetNamespace))")
            try connection.execute("ALTER SCHEMA \(connection.quote(stagingNamespace)) RENAME TO \(target)", context: "swapping the clone in")
            try connection.execute("DROP SCHEMA \(old) CASCADE", context: "dropping the previous clone")
        } else {
            try connection.execute("ALTER SCHEMA \(connection.quote(stagingNamespace)) RENAME TO \(target)", context: "swapping the clone in")
        }
        if grantUsage { try connection.execute("GRANT USAGE ON SCHEMA \(target) TO PUBLIC") }
        if let comment { try connection.execute("COMMENT ON SCHEMA \(target) IS \(StandardSQLDialect().literal(comment))") }
        // The previous schema's owner (pg_database_owner for a stock `public`) owns the new one, where the role may say so.
        if let owner {
            try connection.execute("SAVEPOINT doppel_owner")
            do {
                try connection.execute("ALTER SCHEMA \(target) OWNER TO \(connection.quote(owner))")
                try connection.execute("RELEASE SAVEPOINT doppel_owner")
            } catch {
                try connection.execute("ROLLBACK TO SAVEPOINT doppel_owner")
                warnings.append("schema \(targetNamespace) was owned by \(owner); the clone's is owned by the connecting role (\(error.message))")
            }
        }
    }

    public func abandon() {
        guard open else { return }
        open = false
        _ = try? connection.execute("ROLLBACK")
    }
}

/// Streams rows of one table into `COPY … FROM STDIN`, a batch per message.
final class PostgresRowWriter: RowWriter {
    private let connection: PGConnection
    private let table: String
    private let verbatim: [Bool]
    private var buffer: [UInt8] = []

    init(connection: PGConnection, table: String, verbatim: [Bool]) {
        self.connection = connection
        self.table = table
        self.verbatim = verbatim
        buffer.reserveCapacity(1 << 16)
    }

    func write(_ batch: RowBatch) throws {
        buffer.removeAll(keepingCapacity: true)
        for index in 0..<batch.rowCount {
            CopyTextCodec.encodeRow(batch.row(index), verbatim: verbatim, into: &buffer)
        }
        try buffer.withUnsafeBytes { bytes in try connection.sendCopyData(bytes) }
    }

    func close() throws {
        try connection.endCopy(context: "loading table \(table)")
    }
}
