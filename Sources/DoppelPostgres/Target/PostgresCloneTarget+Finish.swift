import DoppelCore
import Foundation

/// The last steps of a PostgreSQL clone before its commit: sequences continued, GRANTs and row-level security
/// with their roles mapped, the previous target's schemas dropped, and the new ones marked as doppel's.
extension PostgresCloneTarget {
    /// Sequences continue where the source's stand (`last_value`, `is_called`), or, where the clone holds a
    /// higher key than that (synthesized rows) or the source had no sequence (SQLite), past its highest key.
    func continueSequences(_ tables: [Table]) throws {
        let names = Set(tables.map(\.name))
        var continued: Set<String> = []
        for object in source.objects ?? [] where object.kind == .sequence {
            guard let state = object.sequenceState, object.table.map(names.contains) ?? true else { continue }
            let oid = try connection.execute(
                "SELECT setval($1::regclass, $2::bigint, $3::boolean), $1::regclass::oid::text", parameters: [quoted(object.name), state.lastValue, state.isCalled ? "true" : "false"],
                context: "continuing sequence \(object.name) where the source's stands").text(row: 0, column: 1)
            if let oid { continued.insert(oid) }
        }
        // Sequences a serial column owns in the source are owned again here, so they move and drop with it
        // (and `pg_get_serial_sequence` finds them below).
        for object in source.objects ?? [] where object.kind == .sequence && !object.definitionSQL.isEmpty {
            for table in tables where table.name == object.table {
                for column in table.columns where column.defaultSQL?.contains("nextval('\(object.name)'") ?? false
                    || column.defaultSQL?.contains("nextval('\(quoted(object.name))'") ?? false
                {
                    try connection.execute(
                        "ALTER SEQUENCE \(quoted(object.name)) OWNED BY \(StandardSQLDialect().quote(table: table)).\(connection.quote(column.name))",
                        context: "attaching sequence \(object.name)")
                }
            }
        }
        for table in tables {
            for column in table.columns where column.isAutoIncrementing {
                let quotedTable = StandardSQLDialect().quote(table: table), quotedColumn = connection.quote(column.name)
                let sequence = try connection.execute(
                    "SELECT pg_get_serial_sequence($1, $2)", parameters: [quotedTable, column.name],
                    context: "finding the sequence of \(table.name).\(column.name)").text(row: 0, column: 0)
                guard let sequence else { continue }
                let oid = try connection.execute("SELECT $1::regclass::oid::text", parameters: [sequence]).text(row: 0, column: 0) ?? ""
                if continued.contains(oid) {
                    // Where the source's sequence stands, unless the clone already holds that value or a higher one.
                    try connection.execute("""
                        SELECT setval($1::regclass, m) FROM (SELECT max(\(quotedColumn)) AS m FROM \(quotedTable)) AS highest, pg_sequence s, \(sequence) AS state
                        WHERE s.seqrelid = $1::regclass AND s.seqincrement > 0
                          AND m >= CASE WHEN state.is_called THEN state.last_value + s.seqincrement ELSE state.last_value END
                        """, parameters: [sequence], context: "continuing the sequence of \(table.name).\(column.name) past the clone's highest key")
                    continue
                }
                try connection.execute(
                    "SELECT setval($1::regclass, coalesce((SELECT max(\(quotedColumn)) FROM \(quotedTable)), 1), (SELECT max(\(quotedColumn)) IS NOT NULL FROM \(quotedTable)))",
                    parameters: [sequence], context: "continuing the sequence of \(table.name).\(column.name)")
            }
        }
    }

    /// Creates a GRANT or row-level security statement with its roles mapped through the policy's
    /// `roles`; roles the target lacks are left out with a warning, and a statement left with none is skipped.
    func createWithRoles(_ object: EngineObject) throws {
        guard let clause = object.roleClause else {
            try connection.execute(object.definitionSQL, context: "creating \(object.kind.rawValue) \(object.name)")
            return
        }
        var roles: [String] = []
        for role in clause.roles {
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
            clause.statement(naming: roles),
            context: "creating \(object.kind.rawValue) \(object.name)")
    }

    /// Drops the schemas moved aside, marks the new ones as Doppel's (keeping the comment they had) and
    /// gives them the previous owner and `USAGE` grant.
    func swap() throws {
        try markSchemas()
        for old in previous {
            let schema = connection.quote(old.name)
            do {
                try connection.execute("DROP SCHEMA \(connection.quote(old.aside)) CASCADE", context: "dropping the previous \(old.name)")
            } catch {
                guard error.state == .lockNotAvailable else { throw error }
                throw RunError(
                    "another session is using the previous clone's tables in schema \(old.name), and doppel waited \(PGConnection.lockTimeout) for it to let go; the target was left as it was. Retry when the sessions are done (pg_stat_activity lists them), or raise lock_timeout with ?options=-clock_timeout%3D60s in the target URL")
            }
            if old.publicUsage { try connection.execute("GRANT USAGE ON SCHEMA \(schema) TO PUBLIC") }
            // The previous owner (pg_database_owner for a stock `public`) owns the new schema, where the role may say so.
            if let owner = old.owner {
                try connection.execute("SAVEPOINT doppel_owner")
                do {
                    try connection.execute("ALTER SCHEMA \(schema) OWNER TO \(connection.quote(owner))")
                    try connection.execute("RELEASE SAVEPOINT doppel_owner")
                } catch {
                    try connection.execute("ROLLBACK TO SAVEPOINT doppel_owner")
                    warnings.append("schema \(old.name) was owned by \(owner); the clone's is owned by the connecting role (\(error.message))")
                }
            }
        }
        if previous.isEmpty && namespaces.contains("public") {
            try connection.execute("GRANT USAGE ON SCHEMA public TO PUBLIC")
        }
    }

    /// Each schema of the clone gets the comment it has (the source's), or else the one the previous target's
    /// had, without any earlier mark, and then this run's ``CloneMark`` line.
    func markSchemas() throws {
        for namespace in namespaces {
            let current = try connection.execute(
                "SELECT obj_description(oid, 'pg_namespace') FROM pg_namespace WHERE nspname = $1", parameters: [namespace]
            ).text(row: 0, column: 0)
            let kept = CloneMark.removingMark(from: current) ?? CloneMark.removingMark(from: previous.first { $0.name == namespace }?.comment)
            let comment = [kept, mark.commentLine].compactMap { $0 }.joined(separator: "\n")
            try connection.execute(
                "COMMENT ON SCHEMA \(connection.quote(namespace)) IS \(StandardSQLDialect().literal(comment))", context: "marking schema \(namespace) as doppel's")
        }
    }
}
