import DoppelCore

/// `COMMENT ON` every object the clone recreates: tables, views, columns, types, functions, aggregates,
/// operators, collations, sequences, indexes, constraints and triggers.
extension PostgresIntrospector {
    func comments() throws -> [EngineObject] {
        try relationComments() + otherComments()
    }

    /// Comments on tables, views and their columns.
    private func relationComments() throws -> [EngineObject] {
        let rows = try rows("""
            SELECT c.relname, c.relkind::text, a.attname, d.description
            FROM pg_description d
            JOIN pg_class c ON d.classoid = 'pg_class'::regclass AND d.objoid = c.oid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = d.objsubid AND d.objsubid > 0
            WHERE n.nspname = $1 AND c.relkind IN ('r', 'p', 'v', 'm') AND NOT c.relispartition AND (d.objsubid = 0 OR a.attname IS NOT NULL)
            ORDER BY 1, 3 NULLS FIRST
            """)
        return rows.map { row in
            let relation = row[0] ?? "", column = row[2]
            let kind = row[1] == "v" ? "VIEW" : row[1] == "m" ? "MATERIALIZED VIEW" : "TABLE"
            let target = column.map { "COLUMN \(sqlName(relation)).\(connection.quote($0))" } ?? "\(kind) \(sqlName(relation))"
            return EngineObject(
                kind: .comment, name: "comment on \(display(relation))\(column.map { "." + $0 } ?? "")",
                definitionSQL: "COMMENT ON \(target) IS \(StandardSQLDialect().literal(row[3] ?? ""))", table: display(relation), schema: namespace)
        }
    }

    /// Comments on the schema's other objects. `pg_identify_object` spells each object as SQL names it;
    /// constraints, triggers and indexes name the table they belong to (the partitioned table for a
    /// partition's), so a table the clone leaves out takes its comments with it. `dependencies` holds the
    /// commented object's identity: the target comments only on objects it created.
    private func otherComments() throws -> [EngineObject] {
        let rows = try rows("""
            SELECT o.type, o.identity, d.description,
                   CASE d.classoid
                     WHEN 'pg_constraint'::regclass THEN (SELECT CASE WHEN con.conrelid <> 0
                            THEN 'CONSTRAINT ' || quote_ident(con.conname) || ' ON ' || con.conrelid::regclass::text
                            ELSE 'CONSTRAINT ' || quote_ident(con.conname) || ' ON DOMAIN ' || con.contypid::regtype::text END
                          FROM pg_constraint con WHERE con.oid = d.objoid)
                     WHEN 'pg_trigger'::regclass THEN (SELECT 'TRIGGER ' || quote_ident(t.tgname) || ' ON ' || t.tgrelid::regclass::text FROM pg_trigger t WHERE t.oid = d.objoid)
                   END,
                   CASE d.classoid
                     WHEN 'pg_constraint'::regclass THEN (SELECT nullif(con.conrelid, 0) FROM pg_constraint con WHERE con.oid = d.objoid)
                     WHEN 'pg_trigger'::regclass THEN (SELECT t.tgrelid FROM pg_trigger t WHERE t.oid = d.objoid)
                     WHEN 'pg_class'::regclass THEN (SELECT i.indrelid FROM pg_index i WHERE i.indexrelid = d.objoid)
                   END::regclass::oid::text,
                   CASE d.classoid
                     WHEN 'pg_type'::regclass THEN (SELECT CASE WHEN t.typrelid <> 0 THEN 'class:' || t.typrelid ELSE 'type:' || t.oid END FROM pg_type t WHERE t.oid = d.objoid)
                     WHEN 'pg_proc'::regclass THEN 'proc:' || d.objoid
                     WHEN 'pg_operator'::regclass THEN 'operator:' || d.objoid
                     WHEN 'pg_collation'::regclass THEN 'collation:' || d.objoid
                     WHEN 'pg_class'::regclass THEN 'class:' || d.objoid
                   END
            FROM pg_description d, LATERAL pg_identify_object(d.classoid, d.objoid, d.objsubid) o
            WHERE o.schema = $1
              AND d.classoid IN ('pg_type'::regclass, 'pg_proc'::regclass, 'pg_operator'::regclass, 'pg_collation'::regclass,
                                 'pg_constraint'::regclass, 'pg_trigger'::regclass, 'pg_class'::regclass)
              AND (d.classoid <> 'pg_class'::regclass OR (SELECT relkind FROM pg_class WHERE oid = d.objoid) IN ('i', 'I', 'S'))
              AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = d.classoid AND e.objid = d.objoid AND e.deptype = 'e')
            ORDER BY 1, 2
            """)
        var tableNames: [String: String] = [:]
        return try rows.map { row in
            let type = row[0] ?? "", identity = row[1] ?? ""
            let target = row[3] ?? "\(type.uppercased()) \(identity)"
            var table: String?
            if let relation = row[4] {
                if let known = tableNames[relation] {
                    table = known
                } else {
                    let named = try connection.execute("""
                        SELECT c.relname, n.nspname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                        WHERE c.oid = coalesce(pg_partition_root($1::oid::regclass)::oid, $1::oid)
                        """, parameters: [relation], context: "reading comments").rows().first
                    table = named.map { display($0[0] ?? "", in: $0[1] ?? namespace) }
                    tableNames[relation] = table
                }
            }
            return EngineObject(
                kind: .comment, name: "comment on \(type) \(identity)",
                definitionSQL: "COMMENT ON \(target) IS \(StandardSQLDialect().literal(row[2] ?? ""))",
                table: table, schema: namespace, dependencies: table == nil ? row[5].map { [$0] } : nil)
        }
    }
}
