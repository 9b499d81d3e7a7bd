/// What each object of a PostgreSQL database needs to exist first, read from `pg_depend` as `pg_dump`
/// reads it, with every catalog row mapped to the object Doppel creates:
/// a view's rewrite rule and a column default to their table, a table's row type to the table, an array
/// type to its element type, a domain's constraint to the domain, a partition to its partitioned table.
///
/// Only normal dependencies (`n`) count: automatic ones include a serial sequence owned by its column,
/// which would make a cycle with the column's default.
enum PostgresDependencies {
    /// Object identity → the identities it depends on (both as ``DoppelCore/EngineObject/catalogID``).
    static func read(_ connection: PGConnection) throws -> [String: [String]] {
        let owner = { (classColumn: String, objectColumn: String) in
            """
            CASE \(classColumn)
              WHEN 'pg_class'::regclass THEN 'class:' || coalesce(pg_partition_root(\(objectColumn)::regclass)::oid, \(objectColumn))
              WHEN 'pg_type'::regclass THEN (
                SELECT CASE WHEN t.typrelid <> 0 THEN 'class:' || coalesce(pg_partition_root(t.typrelid::regclass)::oid, t.typrelid)
                            WHEN t.typcategory = 'A' AND t.typelem <> 0 THEN
                              (SELECT CASE WHEN e.typrelid <> 0 THEN 'class:' || e.typrelid ELSE 'type:' || e.oid END FROM pg_type e WHERE e.oid = t.typelem)
                            ELSE 'type:' || t.oid END
                FROM pg_type t WHERE t.oid = \(objectColumn))
              WHEN 'pg_proc'::regclass THEN 'proc:' || \(objectColumn)
              WHEN 'pg_rewrite'::regclass THEN (SELECT 'class:' || r.ev_class FROM pg_rewrite r WHERE r.oid = \(objectColumn))
              WHEN 'pg_attrdef'::regclass THEN (SELECT 'class:' || coalesce(pg_partition_root(a.adrelid::regclass)::oid, a.adrelid) FROM pg_attrdef a WHERE a.oid = \(objectColumn))
              WHEN 'pg_collation'::regclass THEN 'collation:' || \(objectColumn)
              WHEN 'pg_operator'::regclass THEN 'operator:' || \(objectColumn)
              WHEN 'pg_cast'::regclass THEN 'cast:' || \(objectColumn)
              WHEN 'pg_constraint'::regclass THEN (SELECT CASE WHEN c.contypid <> 0 THEN 'type:' || c.contypid END FROM pg_constraint c WHERE c.oid = \(objectColumn))
            END
            """
        }
        let rows = try connection.execute("""
            SELECT DISTINCT dependent.id, referenced.id
            FROM pg_depend d
            CROSS JOIN LATERAL (SELECT \(owner("d.classid", "d.objid")) AS id) dependent
            CROSS JOIN LATERAL (SELECT \(owner("d.refclassid", "d.refobjid")) AS id) referenced
            WHERE d.deptype = 'n' AND d.objid >= 16384 AND d.refobjid >= 16384
              AND dependent.id IS NOT NULL AND referenced.id IS NOT NULL AND dependent.id <> referenced.id
            """, context: "reading the dependencies between objects (pg_depend)").rows()
        var dependencies: [String: [String]] = [:]
        for row in rows {
            guard let dependent = row[0], let referenced = row[1] else { continue }
            dependencies[dependent, default: []].append(referenced)
        }
        return dependencies
    }
}
