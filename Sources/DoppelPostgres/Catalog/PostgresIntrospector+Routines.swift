import DoppelCore
import Foundation

/// Functions, procedures, aggregates, operators and casts: what views, defaults, checks and triggers call.
/// Objects an extension owns come with the extension, and functions PostgreSQL makes for a type (a range's
/// constructors) come with the type, so neither is read.
extension PostgresIntrospector {
    /// Functions and procedures with `pg_get_functiondef`, each named without its schema when it lives in
    /// the primary one.
    func functions(oids: [String]) throws -> [EngineObject] {
        try oids.compactMap { oid in
            let row = try connection.execute("""
                SELECT p.proname, n.nspname, format('%I.%I', n.nspname, p.proname), pg_get_functiondef(p.oid)
                FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE p.oid = $1::oid AND p.prokind <> 'a'
                  -- built-in functions (tsvector_update_trigger) and extensions' own come with the server or the extension
                  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
                  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype IN ('e', 'i'))
                """, parameters: [oid], context: "reading functions").rows().first
            guard let row, let name = row[0], let qualified = row[2], var definition = row[3] else { return nil }
            // pg_get_functiondef always qualifies the name: unqualify it when it lives in the schema being read.
            if row[1] == primary {
                for keyword in ["FUNCTION", "PROCEDURE"] {
                    if let range = definition.range(of: "\(keyword) \(qualified)(") {
                        definition.replaceSubrange(range, with: "\(keyword) \(connection.quote(name))(")
                    }
                }
            }
            return EngineObject(kind: .function, name: display(name, in: row[1] ?? namespace), definitionSQL: definition, schema: row[1], catalogID: "proc:\(oid)")
        }
    }

    /// The schema's functions and procedures (not aggregates), oldest first.
    func functionOIDs() throws -> [String] {
        try rows("""
            SELECT p.oid::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE n.nspname = $1 AND p.prokind IN ('f', 'p', 'w') ORDER BY p.oid
            """).compactMap { $0[0] }
    }

    /// `CREATE AGGREGATE` for each aggregate of the schema, from `pg_aggregate` (PostgreSQL has no
    /// `pg_get_aggregatedef`): transition, final, combine, serial and moving-aggregate functions, initial
    /// values, sort operator, parallel safety; ordered-set and hypothetical-set aggregates too.
    func aggregates() throws -> [EngineObject] {
        try rows("""
            SELECT p.oid::text, p.proname, pg_get_function_arguments(p.oid), a.aggkind::text,
                   a.aggtransfn::regproc::text, format_type(a.aggtranstype, NULL), a.aggtransspace::text,
                   nullif(a.aggfinalfn, 0)::regproc::text, a.aggfinalextra::text, a.aggfinalmodify::text,
                   nullif(a.aggcombinefn, 0)::regproc::text, nullif(a.aggserialfn, 0)::regproc::text, nullif(a.aggdeserialfn, 0)::regproc::text,
                   a.agginitval,
                   nullif(a.aggmtransfn, 0)::regproc::text, nullif(a.aggminvtransfn, 0)::regproc::text,
                   CASE WHEN a.aggmtranstype <> 0 THEN format_type(a.aggmtranstype, NULL) END, a.aggmtransspace::text,
                   nullif(a.aggmfinalfn, 0)::regproc::text, a.aggmfinalextra::text, a.aggmfinalmodify::text, a.aggminitval,
                   CASE WHEN a.aggsortop <> 0 THEN (SELECT format('OPERATOR(%I.%s)', on2.nspname, o.oprname) FROM pg_operator o JOIN pg_namespace on2 ON on2.oid = o.oprnamespace WHERE o.oid = a.aggsortop) END,
                   p.proparallel::text
            FROM pg_proc p JOIN pg_aggregate a ON a.aggfnoid = p.oid JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE n.nspname = $1
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
            ORDER BY p.oid
            """).map { row in
            let name = row[1] ?? ""
            let literal = { (text: String) in StandardSQLDialect().literal(text) }
            let modify = ["r": "READ_ONLY", "s": "SHAREABLE", "w": "READ_WRITE"]
            var options = ["SFUNC = \(row[4] ?? "")", "STYPE = \(row[5] ?? "")"]
            if let space = row[6], space != "0" { options.append("SSPACE = \(space)") }
            if let final = row[7] {
                options.append("FINALFUNC = \(final)")
                if row[8] == "true" { options.append("FINALFUNC_EXTRA") }
                if let mode = row[9].flatMap({ modify[$0] }), mode != "READ_ONLY" || row[3] != "n" { options.append("FINALFUNC_MODIFY = \(mode)") }
            }
            if let combine = row[10] { options.append("COMBINEFUNC = \(combine)") }
            if let serial = row[11] { options.append("SERIALFUNC = \(serial)") }
            if let deserial = row[12] { options.append("DESERIALFUNC = \(deserial)") }
            if let initial = row[13] { options.append("INITCOND = \(literal(initial))") }
            if let moving = row[14] {
                options.append("MSFUNC = \(moving)")
                if let inverse = row[15] { options.append("MINVFUNC = \(inverse)") }
                if let type = row[16] { options.append("MSTYPE = \(type)") }
                if let space = row[17], space != "0" { options.append("MSSPACE = \(space)") }
                if let final = row[18] {
                    options.append("MFINALFUNC = \(final)")
                    if row[19] == "true" { options.append("MFINALFUNC_EXTRA") }
                }
                if let initial = row[21] { options.append("MINITCOND = \(literal(initial))") }
            }
            if let sort = row[22] { options.append("SORTOP = \(sort)") }
            if row[3] == "h" { options.append("HYPOTHETICAL") }
            switch row[23] {
            case "s": options.append("PARALLEL = SAFE")
            case "r": options.append("PARALLEL = RESTRICTED")
            default: break
            }
            return EngineObject(
                kind: .aggregate, name: display(name),
                definitionSQL: "CREATE AGGREGATE \(sqlName(name))(\(row[2] ?? "*")) (\(options.joined(separator: ", ")))",
                schema: namespace, catalogID: "proc:\(row[0] ?? "0")")
        }
    }

    /// `CREATE OPERATOR` for each operator of the schema, with its commutator and negator (which may be
    /// itself or come later: PostgreSQL makes a shell for an operator named before it exists).
    func operators() throws -> [EngineObject] {
        try rows("""
            SELECT o.oid::text, o.oprname, o.oprcode::regproc::text,
                   CASE WHEN o.oprleft <> 0 THEN format_type(o.oprleft, NULL) END,
                   CASE WHEN o.oprright <> 0 THEN format_type(o.oprright, NULL) END,
                   (SELECT format('OPERATOR(%I.%s)', cn.nspname, c.oprname) FROM pg_operator c JOIN pg_namespace cn ON cn.oid = c.oprnamespace WHERE c.oid = o.oprcom),
                   (SELECT format('OPERATOR(%I.%s)', nn.nspname, ng.oprname) FROM pg_operator ng JOIN pg_namespace nn ON nn.oid = ng.oprnamespace WHERE ng.oid = o.oprnegate),
                   nullif(o.oprrest, 0)::regproc::text, nullif(o.oprjoin, 0)::regproc::text, o.oprcanhash::text, o.oprcanmerge::text
            FROM pg_operator o JOIN pg_namespace n ON n.oid = o.oprnamespace
            WHERE n.nspname = $1 AND o.oprcode <> 0
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_operator'::regclass AND d.objid = o.oid AND d.deptype = 'e')
            ORDER BY o.oid
            """).map { row in
            let symbol = row[1] ?? ""
            var options = ["FUNCTION = \(row[2] ?? "")"]
            if let left = row[3] { options.append("LEFTARG = \(left)") }
            if let right = row[4] { options.append("RIGHTARG = \(right)") }
            if let commutator = row[5] { options.append("COMMUTATOR = \(commutator)") }
            if let negator = row[6] { options.append("NEGATOR = \(negator)") }
            if let restrict = row[7] { options.append("RESTRICT = \(restrict)") }
            if let join = row[8] { options.append("JOIN = \(join)") }
            if row[9] == "true" { options.append("HASHES") }
            if row[10] == "true" { options.append("MERGES") }
            let qualified = namespace == primary ? symbol : "\(connection.quote(namespace)).\(symbol)"
            return EngineObject(
                kind: .operator, name: display(symbol) + "(\(row[3] ?? "NONE"), \(row[4] ?? "NONE"))",
                definitionSQL: "CREATE OPERATOR \(qualified) (\(options.joined(separator: ", ")))",
                schema: namespace, catalogID: "operator:\(row[0] ?? "0")")
        }
    }

    /// User-defined casts that involve a type or function of this schema (each read once: with the schema
    /// of its source type, else of its target type, else of its function).
    func casts() throws -> [EngineObject] {
        try rows("""
            SELECT c.oid::text, format_type(c.castsource, NULL), format_type(c.casttarget, NULL), c.castmethod::text,
                   CASE WHEN c.castfunc <> 0 THEN c.castfunc::regprocedure::text END, c.castcontext::text
            FROM pg_cast c
            JOIN pg_type s ON s.oid = c.castsource JOIN pg_namespace sn ON sn.oid = s.typnamespace
            JOIN pg_type t ON t.oid = c.casttarget JOIN pg_namespace tn ON tn.oid = t.typnamespace
            LEFT JOIN pg_proc f ON f.oid = c.castfunc LEFT JOIN pg_namespace fn ON fn.oid = f.pronamespace
            WHERE c.oid >= 16384
              AND CASE WHEN sn.nspname NOT IN ('pg_catalog', 'information_schema') THEN sn.nspname
                       WHEN tn.nspname NOT IN ('pg_catalog', 'information_schema') THEN tn.nspname
                       ELSE fn.nspname END = $1
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_cast'::regclass AND d.objid = c.oid AND d.deptype IN ('e', 'i'))
            ORDER BY c.oid
            """).map { row in
            let method: String
            switch row[3] {
            case "i": method = "WITH INOUT"
            case "b": method = "WITHOUT FUNCTION"
            default: method = "WITH FUNCTION \(row[4] ?? "")"
            }
            let context = row[5] == "a" ? " AS ASSIGNMENT" : row[5] == "i" ? " AS IMPLICIT" : ""
            let types = "(\(row[1] ?? "") AS \(row[2] ?? ""))"
            return EngineObject(
                kind: .cast, name: types, definitionSQL: "CREATE CAST \(types) \(method)\(context)",
                schema: namespace, catalogID: "cast:\(row[0] ?? "0")")
        }
    }
}
