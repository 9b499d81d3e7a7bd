package import DoppelCore
import Foundation

/// Writes a clone into a PostgreSQL database where nothing can see it half-made: one transaction moves
/// each schema the clone replaces aside (renamed `doppel_old_…`), builds every object under the source's own
/// schema names, loads rows with `COPY … FROM STDIN`, adds keys, indexes, sequences, views, triggers, policies
/// and grants after the load, drops the schemas it moved aside, and commits. Until the commit, every other
/// session still sees the previous target (catalog changes are transactional).
///
/// A run that fails or is killed rolls back (the server discards an unfinished transaction), so the
/// previous target stays exactly as it was and nothing of the run remains.
package final class PostgresCloneTarget: CloneTarget {
    package let connection: PGConnection
    /// The schemas the clone builds, primary first (`public` for a clone of a SQLite source).
    package let namespaces: [String]
    /// The schema on the `search_path`, whose objects are named without qualification.
    package let primary: String
    /// What could not be carried (roles a policy names that the target lacks, …), for the run's log.
    package internal(set) var warnings: [String] = []
    package var stageHandler: (@Sendable (CloneStage) -> Void)?
    let source: Schema
    var createdTables: [Table] = []
    /// Views in the order they were created (a view after the views it reads).
    var createdViews: [View] = []
    private var open = true
    /// Source role → target role; a nil target drops the role.
    let roleMap: [String: String?]
    /// The previous target's schemas, moved aside until the commit drops them.
    var previous: [(name: String, aside: String, owner: String?, comment: String?, publicUsage: Bool)] = []
    /// What the clone's schemas say of the run that wrote them.
    let mark: CloneMark
    /// The target database, when this run created it: dropped again if the run does not finish.
    private var createdDatabase: CreatedDatabase?

    /// Connects (creating the database when it does not exist and the role may), takes the target's lock,
    /// begins the transaction, moves the schemas the clone replaces aside and creates them anew.
    /// - Parameters:
    ///   - sourceIdentity: the source's ``PGConnection/databaseIdentity()``, when the source is
    ///     PostgreSQL: a target that turns out to be the same database is refused before anything is done.
    ///   - claim: the mark the clone's schemas carry, and whether a schema Doppel did not write may be replaced.
    /// - Throws: ``TargetRefused`` when another run holds the target's lock, or (without `--replace`) a schema
    ///   the clone would replace holds objects and no Doppel mark. A database the run created is dropped again.
    package init(url: String, source: Schema, roleMap: [String: String?] = [:], sourceIdentity: String? = nil, claim: TargetClaim = TargetClaim()) throws {
        self.source = source
        self.roleMap = roleMap
        self.mark = claim.mark
        primary = source.tables.first { !$0.isQualified }?.schema ?? "public"
        var namespaces = [primary]
        for name in source.tables.compactMap(\.schema) + (source.objects ?? []).compactMap(\.schema)
        where !namespaces.contains(name) && name != "information_schema" && !name.hasPrefix("pg_") {
            namespaces.append(name)
        }
        self.namespaces = namespaces
        let (connection, created) = try Self.connectCreatingDatabase(url: url)
        self.connection = connection
        do {
            if let sourceIdentity, try connection.databaseIdentity() == sourceIdentity {
                throw UsageError(
                    "the target \(connection.displayURL) is the source database (the same server and database under another spelling); a clone never overwrites its source. Name another database")
            }
            try PostgresTargetLock.take(on: connection, started: claim.mark.started)
            // A database this run created is dropped if the run does not finish, but only once the run holds
            // its lock: before that, another run may have taken it over.
            createdDatabase = created
            // Function bodies are checked when called, not when created: one may name a table created after it.
            try connection.execute("BEGIN; SET LOCAL client_min_messages = warning; SET LOCAL check_function_bodies = off", context: "starting the clone's transaction")
            let run = "\(getpid())_\(UInt32.random(in: 0...UInt32.max))"
            for (position, namespace) in namespaces.enumerated() {
                guard let contents = try PostgresSchemaContents.read(namespace, on: connection) else {
                    try connection.execute("CREATE SCHEMA \(connection.quote(namespace))", context: "creating schema \(namespace) (the role needs CREATE on the database)")
                    continue
                }
                if let refusal = contents.refusal(schema: namespace, target: connection.displayURL, replacing: claim.replacesForeignTarget) {
                    throw refusal
                }
                let aside = "doppel_old_\(run)_\(position)"
                try connection.execute(
                    "ALTER SCHEMA \(connection.quote(namespace)) RENAME TO \(connection.quote(aside))",
                    context: "moving the previous \(namespace) aside (the role must own schema \(namespace))")
                previous.append((namespace, aside, contents.owner, contents.comment, contents.publicUsage))
                try connection.execute("CREATE SCHEMA \(connection.quote(namespace))", context: "creating schema \(namespace) (the role needs CREATE on the database)")
            }
            try connection.execute("SET LOCAL search_path TO \(connection.quote(primary))")
        } catch {
            _ = try? connection.execute("ROLLBACK")
            createdDatabase?.drop(leaving: connection)
            throw error
        }
    }

    /// A name as Doppel shows it (`sales.orders` outside the primary schema) as SQL.
    func quoted(_ name: String) -> String {
        for namespace in namespaces where namespace != primary && name.hasPrefix(namespace + ".") {
            return connection.quote(namespace) + "." + connection.quote(String(name.dropFirst(namespace.count + 1)))
        }
        return connection.quote(name)
    }

    /// Connects to the target, creating its database first when it does not exist (and saying so).
    ///
    /// Whether the database is missing is asked of the server (`pg_database`, from the maintenance
    /// database `postgres`), not read from the error: libpq gives no SQLSTATE for a connection that failed
    /// (3D000 `invalid_catalog_name` reaches only its message), and the message follows the server's
    /// `lc_messages`. A failure for any other reason, or one where that cannot be asked, is thrown as it was.
    ///
    /// - Parameter connect: opens a connection; tests replace it to word the server's answers differently.
    static func connectCreatingDatabase(
        url: String, connect: (String) throws(PostgresError) -> PGConnection = { url throws(PostgresError) in try PGConnection(url: url) }
    ) throws -> (PGConnection, CreatedDatabase?) {
        let failure: PostgresError
        do {
            return (try connect(url), nil)
        } catch {
            failure = error
        }
        guard failure.isConnectionFailure, let (maintenanceURL, name) = PostgresURL.replacingDatabase(in: url, with: "postgres"),
            let maintenance = try? connect(maintenanceURL),
            let found = try? maintenance.execute("SELECT 1 FROM pg_database WHERE datname = $1", parameters: [name], context: "looking for the target database"),
            found.rows().isEmpty
        else { throw failure }
        var created: CreatedDatabase?
        do {
            try maintenance.execute("CREATE DATABASE \(maintenance.quote(name))", context: "creating the target database \(name) (the role needs CREATEDB, or create it first)")
            created = CreatedDatabase(maintenanceURL: maintenanceURL, name: name)
        } catch {
            // Another run may have created it meanwhile.
            if error.state != .duplicateDatabase { throw error }
        }
        do {
            return (try connect(url), created)
        } catch {
            created?.drop(leaving: nil)
            throw error
        }
    }

    /// Creates extensions, then types, sequences, functions, aggregates, operators, casts, tables and views
    /// in the order their dependencies give (as `pg_dump`'s pre-data section does): a function may take a
    /// table's row type, a view may call an aggregate, a domain may sit on a domain. Rows come next;
    /// keys, indexes, triggers and the rest after them, in ``commit()``.
    package func createTables(_ tables: [Table]) throws {
        let objects = source.objects ?? []
        for object in objects where object.kind == .extension {
            try createExtension(object.name)
        }
        for table in tables where table.definitionSQL?.isEmpty ?? true {
            throw RunError("table \(table.name) has no PostgreSQL definition to recreate it from")
        }
        let preferred: [EngineObject.Kind] = [.collation, .enumType, .domain, .compositeType, .rangeType, .sequence, .function, .aggregate, .operator]
        var items: [SchemaItem] = preferred.flatMap { kind in
            objects.filter { $0.kind == kind && !$0.definitionSQL.isEmpty }.map(SchemaItem.object)
        }
        items += tables.map(SchemaItem.table) + source.views.map(SchemaItem.view)
        items += objects.filter { $0.kind == .cast }.map(SchemaItem.object)
        for item in DependencyOrder.sorted(items, id: \.catalogID, dependencies: \.dependencies) {
            try create(item.definitionSQL, label: item.description, leavable: !item.isTable)
            switch item {
            case .table(let table): createdTables.append(table)
            case .view(let view): createdViews.append(view)
            case .object: break
            }
        }
    }

    /// Runs an object's statement; when the target refuses it, the error names the object and how to do
    /// without it (`leave_out:` in the policy, or `mode: skip` for a table). The transaction is then rolled
    /// back: nothing is written.
    func create(_ sql: String, label: String, leavable: Bool = true) throws {
        do {
            try connection.execute(sql, context: "creating \(label) in the clone")
        } catch {
            var error = error
            let wayOut = leavable
                ? "the target was left as it was; if the clone can do without it, add `leave_out: [\"\(label)\"]` to the policy"
                : "the target was left as it was; `mode: skip` on the table leaves it out"
            error.hint = [error.hint, wayOut].compactMap { $0 }.joined(separator: "; ")
            throw error
        }
    }

    /// An extension the tables need: created in the primary schema, or, when one of the schemas moved aside
    /// holds it, moved back under that schema's name so it survives the drop.
    private func createExtension(_ name: String) throws {
        let existing = try connection.execute(
            "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = $1",
            parameters: [name], context: "looking for extension \(name)").rows().first?.first ?? nil
        if existing == nil {
            try connection.execute("CREATE EXTENSION \(connection.quote(name)) SCHEMA \(connection.quote(primary))", context: "creating extension \(name) (the role needs the right to, or install it in the target database first)")
        } else if let moved = previous.first(where: { $0.aside == existing }) {
            try connection.execute("ALTER EXTENSION \(connection.quote(name)) SET SCHEMA \(connection.quote(moved.name))", context: "keeping extension \(name)")
        }
    }

    package func writer(for table: Table, columns: [String]) throws -> any RowWriter {
        try writer(for: table, columns: columns, verbatim: .none)
    }

    /// Verbatim columns arrive in COPY text, as a PostgreSQL source reads them.
    package var transferEncoding: TransferEncoding? { .postgresCopyText }

    package func writer(for table: Table, columns: [String], verbatim: VerbatimColumns) throws -> any RowWriter {
        precondition(verbatim.fit(transferEncoding), "verbatim columns in \(verbatim.encoding?.name ?? "-") reach a COPY text target")
        let list = columns.map(connection.quote).joined(separator: ", ")
        try connection.beginCopyIn("COPY \(StandardSQLDialect().quote(table: table)) (\(list)) FROM STDIN", context: "loading table \(table.name)")
        return PostgresRowWriter(connection: connection, table: table.name, verbatim: verbatim)
    }

    package func commit() throws -> CommitReport {
        stageHandler?(.indexes)
        let tables = createdTables
        let names = Set(tables.map(\.name))
        // A key, check or index a partition declares (not its partitioned table) goes back on that partition.
        for table in tables {
            for index in table.indexes where index.origin != .createIndex {
                guard let definition = index.definitionSQL else { continue }
                let owner = index.partitionSQL ?? StandardSQLDialect().quote(table: table)
                try connection.execute(
                    "ALTER TABLE \(owner) ADD CONSTRAINT \(connection.quote(index.name)) \(definition)",
                    context: "adding \(index.origin == .primaryKey ? "the primary key" : "constraint \(index.name)") of \(index.partitionSQL ?? table.name)")
            }
        }
        for table in tables {
            for index in table.indexes where index.origin == .createIndex {
                guard let definition = index.definitionSQL else { continue }
                try connection.execute(definition, context: "creating index \(index.name) on \(index.partitionSQL ?? table.name)")
            }
            for check in table.checks {
                let owner = check.partitionSQL ?? StandardSQLDialect().quote(table: table)
                try connection.execute(
                    "ALTER TABLE \(owner) ADD CONSTRAINT \(connection.quote(check.name ?? "\(table.name)_check")) \(check.expression)",
                    context: "adding CHECK \(check.name ?? "") to \(check.partitionSQL ?? table.name)")
            }
        }
        stageHandler?(.checks)
        // Adding a foreign key checks every row against its parent, unless it is added NOT VALID (as the source declares it).
        var verifiedKeys: [ForeignKeyReference] = []
        var unverifiedKeys: [UnverifiedForeignKey] = []
        for table in tables {
            for key in table.foreignKeys where names.contains(key.referencedTable) {
                guard let definition = key.definitionSQL else { continue }
                if definition.uppercased().hasSuffix("NOT VALID") {
                    unverifiedKeys.append(UnverifiedForeignKey(
                        ForeignKeyReference(key, of: table.name),
                        reason: "the source declares it NOT VALID, and so does the clone: PostgreSQL did not check the rows against it"))
                } else {
                    verifiedKeys.append(ForeignKeyReference(key, of: table.name))
                }
                let declarations = key.partitions
                    ?? [PartitionDeclaration(partitionSQL: StandardSQLDialect().quote(table: table), name: key.name ?? "\(table.name)_fkey")]
                for declaration in declarations {
                    try connection.execute(
                        "ALTER TABLE \(declaration.partitionSQL) ADD CONSTRAINT \(connection.quote(declaration.name)) \(definition)",
                        context: "adding foreign key \(declaration.name) of \(key.partitions == nil ? table.name : declaration.partitionSQL) (a row references a parent row the clone does not have)")
                }
            }
        }
        try continueSequences(tables)
        // Materialized views were created empty with the tables; they are filled (each after those it reads) and indexed now.
        for view in createdViews where view.isMaterialized {
            try create("REFRESH MATERIALIZED VIEW \(quoted(view.name))", label: view.label)
            for index in view.indexes ?? [] {
                guard let definition = index.definitionSQL else { continue }
                try connection.execute(definition, context: "creating index \(index.name) on materialized view \(view.name)")
            }
        }
        for trigger in source.triggers where names.contains(trigger.table) || source.views.contains(where: { $0.name == trigger.table }) {
            try create(trigger.definitionSQL, label: trigger.label)
        }
        let viewNames = Set(source.views.map(\.name))
        for object in source.objects ?? [] where object.kind == .rowSecurityPolicy && names.contains(object.table ?? "") {
            try createWithRoles(object)
        }
        // Comments on objects the clone holds: a table's or view's (and their columns', constraints', indexes'),
        // or another object's that was created.
        let createdObjects = Set((source.objects ?? []).compactMap(\.catalogID))
        for object in source.objects ?? [] where object.kind == .comment {
            let holds = object.table.map { names.contains($0) || viewNames.contains($0) }
                ?? (object.dependencies ?? []).allSatisfy(createdObjects.contains)
            guard holds else { continue }
            try connection.execute(object.definitionSQL, context: "adding \(object.name)")
        }
        for object in source.objects ?? [] where object.kind == .grant && (names.contains(object.table ?? "") || viewNames.contains(object.table ?? "") || object.definitionSQL.contains(" ON SEQUENCE ")) {
            try createWithRoles(object)
        }

        stageHandler?(.rename)
        try swap()
        try connection.execute("COMMIT", context: "committing the clone")
        open = false
        let size = try? connection.execute("SELECT pg_database_size(current_database())::text").text(row: 0, column: 0).flatMap { Int64($0) }
        // PostgreSQL has no integrity check of a database's pages to run: none is claimed.
        return CommitReport(
            foreignKeyViolations: 0, verifiedForeignKeys: verifiedKeys, unverifiedForeignKeys: unverifiedKeys, integrity: nil, bytes: size ?? nil)
    }

    package func abandon() {
        guard open else { return }
        open = false
        _ = try? connection.execute("ROLLBACK")
        createdDatabase?.drop(leaving: connection)
        createdDatabase = nil
    }
}
