import DoppelCore

/// The objects of a schema beside its tables: extensions, sequences, identity options, GRANTs and row-level
/// security policies, each read from `pg_catalog` with PostgreSQL's own definitions.
extension PostgresIntrospector {
    func extensions() throws -> [EngineObject] {
        try connection.execute("SELECT extname FROM pg_extension WHERE extname <> 'plpgsql' ORDER BY extname", context: "reading extensions").rows()
            .map { row in
                let name = row[0] ?? ""
                return EngineObject(kind: .extension, name: name, definitionSQL: "CREATE EXTENSION IF NOT EXISTS \(connection.quote(name))")
            }
    }

    /// Every sequence of the schema with where it stands (`last_value`, `is_called`, read in the snapshot),
    /// so the clone continues where the source does. A standalone or serial sequence comes with its
    /// `CREATE SEQUENCE`; an identity column's sequence is created by its column (``identityOptions``), so
    /// its definition is empty and it names its table.
    func sequences() throws -> [EngineObject] {
        try rows("""
            SELECT c.relname, format_type(s.seqtypid, NULL), s.seqincrement::text, s.seqmin::text, s.seqmax::text, s.seqstart::text,
                   s.seqcache::text, s.seqcycle::text, c.oid::text, format('%I.%I', n.nspname, c.relname),
                   (SELECT tc.relname FROM pg_depend d JOIN pg_class tc ON tc.oid = d.refobjid
                     WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.refclassid = 'pg_class'::regclass AND d.deptype = 'i'),
                   (SELECT tn.nspname FROM pg_depend d JOIN pg_class tc ON tc.oid = d.refobjid JOIN pg_namespace tn ON tn.oid = tc.relnamespace
                     WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.refclassid = 'pg_class'::regclass AND d.deptype = 'i'),
                   (SELECT tn.nspname || chr(31) || tc.relname FROM pg_depend d JOIN pg_class tc ON tc.oid = d.refobjid JOIN pg_namespace tn ON tn.oid = tc.relnamespace
                     WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.refclassid = 'pg_class'::regclass AND d.deptype = 'a' AND d.refobjsubid > 0)
            FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = $1
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
            ORDER BY c.relname
            """).map { row in
            let name = row[0] ?? ""
            let state = try connection.execute(
                "SELECT last_value::text, is_called::text FROM \(row[9] ?? sqlName(name))", context: "reading where sequence \(display(name)) stands"
            ).rows().first.map { SequenceState(lastValue: $0[0] ?? "1", isCalled: $0[1] == "true") }
            if let identityTable = row[10] {
                return EngineObject(
                    kind: .sequence, name: display(name), definitionSQL: "", table: display(identityTable, in: row[11] ?? namespace),
                    schema: namespace, catalogID: "class:\(row[8] ?? "0")", sequenceState: state)
            }
            let definition = "CREATE SEQUENCE \(sqlName(name)) AS \(row[1] ?? "bigint") INCREMENT BY \(row[2] ?? "1") MINVALUE \(row[3] ?? "1") MAXVALUE \(row[4] ?? "9223372036854775807") START WITH \(row[5] ?? "1") CACHE \(row[6] ?? "1")\(row[7] == "true" ? " CYCLE" : "")"
            // A serial column's sequence names the table that owns it (`OWNED BY`), so it moves and drops with it.
            let owner = row[12]?.split(separator: "\u{1F}").map(String.init)
            return EngineObject(
                kind: .sequence, name: display(name), definitionSQL: definition,
                table: owner.flatMap { $0.count == 2 ? display($0[1], in: $0[0]) : nil }, schema: namespace, catalogID: "class:\(row[8] ?? "0")",
                sequenceState: state)
        }
    }

    /// The options of an identity column's sequence, as `GENERATED … AS IDENTITY (…)` takes them, so the
    /// clone's sequence has the source's name, steps and bounds.
    func identityOptions(tableOID: String, column: String) throws -> String? {
        let row = try connection.execute("""
            SELECT c.relname, n.nspname, s.seqincrement::text, s.seqmin::text, s.seqmax::text, s.seqstart::text, s.seqcache::text, s.seqcycle::text
            FROM pg_depend d JOIN pg_class c ON c.oid = d.objid JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_sequence s ON s.seqrelid = c.oid
            JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
            WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass AND d.deptype = 'i'
              AND d.refobjid = $1::oid AND a.attname = $2 AND c.relkind = 'S'
            """, parameters: [tableOID, column], context: "reading the identity sequence of \(column)").rows().first
        guard let row, let name = row[0] else { return nil }
        let sequence = (row[1] ?? namespace) == primary ? connection.quote(name) : connection.quote(row[1] ?? namespace) + "." + connection.quote(name)
        return "SEQUENCE NAME \(sequence) START WITH \(row[5] ?? "1") INCREMENT BY \(row[2] ?? "1") MINVALUE \(row[3] ?? "1") MAXVALUE \(row[4] ?? "9223372036854775807") CACHE \(row[6] ?? "1")\(row[7] == "true" ? " CYCLE" : " NO CYCLE")"
    }

    /// Privileges granted on tables, views and sequences to roles other than their owner.
    func grants() throws -> [EngineObject] {
        let rows = try rows("""
            SELECT c.relname, c.relkind::text, CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(a.grantee) END,
                   a.is_grantable::text, string_agg(a.privilege_type, ', ' ORDER BY a.privilege_type)
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace, aclexplode(c.relacl) a
            WHERE n.nspname = $1 AND c.relkind IN ('r', 'p', 'v', 'm', 'S') AND a.grantee <> c.relowner
            GROUP BY 1, 2, 3, 4 ORDER BY 1, 3
            """)
        return rows.map { row in
            let object = row[0] ?? "", role = row[2] ?? "PUBLIC"
            let kind = row[1] == "S" ? "SEQUENCE" : "TABLE"
            let clause = RoleClause(
                roles: [role], head: "GRANT \(row[4] ?? "SELECT") ON \(kind) \(sqlName(object)) TO ", tail: row[3] == "true" ? " WITH GRANT OPTION" : "")
            return EngineObject(
                kind: .grant, name: "\(row[4] ?? "") on \(display(object)) to \(role)", definitionSQL: clause.statement(naming: quoted(clause.roles)),
                table: display(object), roleClause: clause, schema: namespace)
        }
    }

    func policies(oid: String, table: String) throws -> [EngineObject] {
        let enabled = try connection.execute(
            "SELECT relrowsecurity::text, relforcerowsecurity::text FROM pg_class WHERE oid = $1::oid", parameters: [oid],
            context: "reading row-level security of \(table)").rows().first
        var objects: [EngineObject] = []
        if enabled?[0] == "true" {
            objects.append(EngineObject(
                kind: .rowSecurityPolicy, name: "\(display(table)) row level security",
                definitionSQL: "ALTER TABLE \(sqlName(table)) ENABLE ROW LEVEL SECURITY", table: display(table), schema: namespace))
        }
        let rows = try connection.execute("""
            SELECT p.polname, p.polpermissive::text,
                   CASE p.polcmd WHEN 'r' THEN 'SELECT' WHEN 'a' THEN 'INSERT' WHEN 'w' THEN 'UPDATE' WHEN 'd' THEN 'DELETE' ELSE 'ALL' END,
                   (SELECT string_agg(CASE WHEN r = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(r) END, chr(31)) FROM unnest(p.polroles) r),
                   pg_get_expr(p.polqual, p.polrelid), pg_get_expr(p.polwithcheck, p.polrelid)
            FROM pg_policy p WHERE p.polrelid = $1::oid ORDER BY p.polname
            """, parameters: [oid], context: "reading row-level security policies of \(table)").rows()
        for row in rows {
            let name = row[0] ?? ""
            let roles = (row[3] ?? "PUBLIC").split(separator: "\u{1F}").map(String.init)
            var tail = ""
            if let using = row[4] { tail += " USING (\(using))" }
            if let check = row[5] { tail += " WITH CHECK (\(check))" }
            let clause = RoleClause(
                roles: roles,
                head: "CREATE POLICY \(connection.quote(name)) ON \(sqlName(table)) AS \(row[1] == "true" ? "PERMISSIVE" : "RESTRICTIVE") FOR \(row[2] ?? "ALL") TO ",
                tail: tail)
            objects.append(EngineObject(
                kind: .rowSecurityPolicy, name: name, definitionSQL: clause.statement(naming: quoted(clause.roles)), table: display(table),
                roleClause: clause, schema: namespace))
        }
        return objects
    }

    /// Roles as identifiers in a statement: quoted, but for `PUBLIC`, which is a keyword.
    private func quoted(_ roles: [String]) -> [String] {
        roles.map { $0 == "PUBLIC" ? $0 : connection.quote($0) }
    }
}
