import DoppelCore

/// Collations and the user-defined types a schema holds: enums, domains (over domains too), composite and
/// range types, each with its catalog identity for dependency ordering.
extension PostgresIntrospector {
    /// Enums, domains, composite and range types, in creation order (oid) as a first guess; the target
    /// orders them by their dependencies.
    func types() throws -> [EngineObject] {
        try rows("""
            SELECT t.oid::text, t.typname, t.typtype::text,
                   (SELECT string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid),
                   format_type(t.typbasetype, t.typtypmod), t.typnotnull::text,
                   (SELECT string_agg('CONSTRAINT ' || quote_ident(c.conname) || ' ' || pg_get_constraintdef(c.oid), ' ' ORDER BY c.conname)
                      FROM pg_constraint c WHERE c.contypid = t.oid),
                   pg_get_expr(t.typdefaultbin, 0),
                   CASE WHEN t.typcollation <> 0 AND t.typcollation <> bt.typcollation
                        THEN (SELECT format('%I.%I', cn.nspname, co.collname) FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace WHERE co.oid = t.typcollation) END,
                   (SELECT string_agg(quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod)
                              || CASE WHEN a.attcollation <> 0 AND a.attcollation <> at.typcollation
                                      THEN ' COLLATE ' || (SELECT format('%I.%I', cn.nspname, co.collname) FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace WHERE co.oid = a.attcollation)
                                      ELSE '' END, ', ' ORDER BY a.attnum)
                      FROM pg_attribute a JOIN pg_type at ON at.oid = a.atttypid
                      WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped),
                   format_type(r.rngsubtype, NULL),
                   CASE WHEN r.rngsubopc IS NOT NULL AND NOT (SELECT opcdefault FROM pg_opclass WHERE oid = r.rngsubopc)
                        THEN (SELECT format('%I.%I', on2.nspname, oc.opcname) FROM pg_opclass oc JOIN pg_namespace on2 ON on2.oid = oc.opcnamespace WHERE oc.oid = r.rngsubopc) END,
                   CASE WHEN r.rngcollation <> 0 AND r.rngcollation <> (SELECT typcollation FROM pg_type WHERE oid = r.rngsubtype)
                        THEN (SELECT format('%I.%I', cn.nspname, co.collname) FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace WHERE co.oid = r.rngcollation) END,
                   CASE WHEN r.rngcanonical <> 0 THEN r.rngcanonical::regproc::text END,
                   CASE WHEN r.rngsubdiff <> 0 THEN r.rngsubdiff::regproc::text END,
                   CASE WHEN r.rngmultitypid <> 0 THEN (SELECT typname FROM pg_type WHERE oid = r.rngmultitypid) END,
                   t.typrelid::text
            FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
            LEFT JOIN pg_type bt ON bt.oid = t.typbasetype
            LEFT JOIN pg_class tc ON tc.oid = t.typrelid
            LEFT JOIN pg_range r ON r.rngtypid = t.oid
            WHERE n.nspname = $1 AND (t.typtype IN ('e', 'd', 'r') OR (t.typtype = 'c' AND tc.relkind = 'c'))
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')
            ORDER BY t.oid
            """).map { row in
            let oid = row[0] ?? "0", name = row[1] ?? ""
            switch row[2] {
            case "e":
                return EngineObject(
                    kind: .enumType, name: display(name), definitionSQL: "CREATE TYPE \(sqlName(name)) AS ENUM (\(row[3] ?? ""))",
                    schema: namespace, catalogID: "type:\(oid)")
            case "c":
                // A composite type is a pg_class row too: what depends on it names the class.
                return EngineObject(
                    kind: .compositeType, name: display(name), definitionSQL: "CREATE TYPE \(sqlName(name)) AS (\(row[9] ?? ""))",
                    schema: namespace, catalogID: "class:\(row[16] ?? "0")")
            case "r":
                var options = ["SUBTYPE = \(row[10] ?? "text")"]
                if let opclass = row[11] { options.append("SUBTYPE_OPCLASS = \(opclass)") }
                if let collation = row[12] { options.append("COLLATION = \(collation)") }
                if let canonical = row[13] { options.append("CANONICAL = \(canonical)") }
                if let difference = row[14] { options.append("SUBTYPE_DIFF = \(difference)") }
                if let multirange = row[15] { options.append("MULTIRANGE_TYPE_NAME = \(sqlName(multirange))") }
                return EngineObject(
                    kind: .rangeType, name: display(name), definitionSQL: "CREATE TYPE \(sqlName(name)) AS RANGE (\(options.joined(separator: ", ")))",
                    schema: namespace, catalogID: "type:\(oid)")
            default:
                var definition = "CREATE DOMAIN \(sqlName(name)) AS \(row[4] ?? "text")"
                if let collation = row[8] { definition += " COLLATE \(collation)" }
                if let defaultSQL = row[7] { definition += " DEFAULT \(defaultSQL)" }
                if row[5] == "true" { definition += " NOT NULL" }
                if let constraints = row[6] { definition += " " + constraints }
                return EngineObject(kind: .domain, name: display(name), definitionSQL: definition, schema: namespace, catalogID: "type:\(oid)")
            }
        }
    }

    /// Collations the schema defines (ICU or libc), read through `to_jsonb` so the same query serves the
    /// catalog columns of every server version (`colliculocale` in 15–16, `colllocale` from 17).
    func collations() throws -> [EngineObject] {
        try rows("""
            SELECT c.oid::text, c.collname, c.collprovider::text, c.collisdeterministic::text,
                   coalesce(to_jsonb(c) ->> 'colllocale', to_jsonb(c) ->> 'colliculocale'),
                   to_jsonb(c) ->> 'collcollate', to_jsonb(c) ->> 'collctype', to_jsonb(c) ->> 'collicurules'
            FROM pg_collation c JOIN pg_namespace n ON n.oid = c.collnamespace
            WHERE n.nspname = $1
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_collation'::regclass AND d.objid = c.oid AND d.deptype = 'e')
            ORDER BY c.oid
            """).compactMap { row in
            let name = row[1] ?? ""
            let literal = { (text: String) in StandardSQLDialect().literal(text) }
            var options: [String]
            switch row[2] {
            case "i":
                options = ["provider = icu", "locale = \(literal(row[4] ?? row[5] ?? "und"))"]
                if let rules = row[7] { options.append("rules = \(literal(rules))") }
            case "c":
                options = ["provider = libc", "lc_collate = \(literal(row[5] ?? "C"))", "lc_ctype = \(literal(row[6] ?? row[5] ?? "C"))"]
            default:
                return nil
            }
            if row[3] == "false" { options.append("deterministic = false") }
            return EngineObject(
                kind: .collation, name: display(name), definitionSQL: "CREATE COLLATION \(sqlName(name)) (\(options.joined(separator: ", ")))",
                schema: namespace, catalogID: "collation:\(row[0] ?? "0")")
        }
    }
}
