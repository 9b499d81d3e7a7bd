import DoppelCore

/// What a schema of the target holds before a clone replaces it: its comment (where Doppel leaves its
/// ``CloneMark``) and the objects in it, for refusing to replace a schema Doppel did not write; and its owner
/// and `USAGE` grant, which the clone's schema takes over.
struct PostgresSchemaContents {
    var comment: String?
    var owner: String?
    /// Whether `PUBLIC` has `USAGE` on it.
    var publicUsage: Bool
    /// Labels of what is in the schema (`table important`, `extension pgcrypto`), an extension's members counted as the extension.
    var objects: [String]

    /// Reads the schema `name`; nil when the target has no such schema.
    static func read(_ name: String, on connection: PGConnection) throws -> PostgresSchemaContents? {
        guard let row = try connection.execute(
            """
            SELECT oid::text, obj_description(oid, 'pg_namespace'), pg_get_userbyid(nspowner), has_schema_privilege('public', oid, 'USAGE')::text
            FROM pg_namespace WHERE nspname = $1
            """, parameters: [name],
            context: "looking for schema \(name) in the target"
        ).rows().first, let oid = row[0] else { return nil }
        let objects = try connection.execute("""
            WITH members AS (SELECT classid, objid FROM pg_depend WHERE deptype = 'e')
            SELECT label FROM (
              SELECT 1 AS sort, CASE c.relkind WHEN 'v' THEN 'view ' WHEN 'm' THEN 'materialized view ' WHEN 'S' THEN 'sequence '
                                               WHEN 'f' THEN 'foreign table ' ELSE 'table ' END || c.relname AS label
              FROM pg_class c WHERE c.relnamespace = $1::oid AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND NOT c.relispartition
                AND NOT EXISTS (SELECT 1 FROM members m WHERE m.classid = 'pg_class'::regclass AND m.objid = c.oid)
              UNION ALL
              SELECT 2, 'function ' || p.proname FROM pg_proc p WHERE p.pronamespace = $1::oid
                AND NOT EXISTS (SELECT 1 FROM members m WHERE m.classid = 'pg_proc'::regclass AND m.objid = p.oid)
              UNION ALL
              SELECT 3, 'type ' || t.typname FROM pg_type t WHERE t.typnamespace = $1::oid
                AND (t.typtype IN ('e', 'd', 'r') OR (t.typtype = 'c' AND (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c'))
                AND NOT EXISTS (SELECT 1 FROM members m WHERE m.classid = 'pg_type'::regclass AND m.objid = t.oid)
              UNION ALL
              SELECT 4, 'extension ' || e.extname FROM pg_extension e WHERE e.extnamespace = $1::oid AND e.extname <> 'plpgsql'
            ) listed ORDER BY sort, label
            """, parameters: [oid], context: "listing what schema \(name) of the target holds").rows().compactMap { $0[0] }
        return PostgresSchemaContents(comment: row[1] ?? nil, owner: row[2] ?? nil, publicUsage: row[3] == "true", objects: objects)
    }

    /// Whether Doppel wrote this schema (its comment carries a mark).
    var isDoppels: Bool { CloneMark.isMarked(comment: comment) }

    /// What refuses a clone over this schema, or nil when the clone may replace it.
    func refusal(schema: String, target: String, replacing: Bool) -> TargetRefused? {
        guard !isDoppels, !objects.isEmpty, !replacing else { return nil }
        let shown = objects.prefix(5).joined(separator: ", ") + (objects.count > 5 ? " and \(objects.count - 5) more" : "")
        return TargetRefused(
            "schema \(schema) of the target \(target) holds what doppel did not write (\(shown)); nothing was written. Pass --replace to replace the schema with the clone, or point --target at another database")
    }
}
