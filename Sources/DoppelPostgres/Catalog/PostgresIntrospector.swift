import DoppelCore
import Foundation

/// Reads a PostgreSQL schema (namespace) from `pg_catalog` into the engine-neutral ``Schema``, keeping
/// PostgreSQL's own definitions (`format_type`, `pg_get_constraintdef`, `pg_get_indexdef`,
/// `pg_get_viewdef`, `pg_get_triggerdef`, `pg_get_functiondef`) so a PostgreSQL target recreates every
/// object exactly.
///
/// The connection's `search_path` is set to the primary schema first, so definitions name its objects
/// without qualification and objects of other schemas qualified; the target rebuilds every schema under
/// its own name with the same `search_path`, so the definitions mean the same there.
struct PostgresIntrospector {
    let connection: PGConnection
    /// The schema (namespace) to read.
    let namespace: String
    /// The source's primary schema (on the `search_path`): its objects are named without qualification.
    let primary: String

    /// The name Doppel and policies use: `table` in the primary schema, `schema.table` elsewhere.
    func display(_ name: String, in schema: String? = nil) -> String {
        let schema = schema ?? namespace
        return schema == primary ? name : schema + "." + name
    }

    /// The name as SQL: quoted, and qualified outside the primary schema.
    func sqlName(_ name: String, in schema: String? = nil) -> String {
        let schema = schema ?? namespace
        return schema == primary ? connection.quote(name) : connection.quote(schema) + "." + connection.quote(name)
    }

    func schema(countingRows: Bool) throws -> Schema {
        try connection.execute("SET search_path TO \(connection.quote(primary))", context: "reading the schema \(namespace)")
        let relations = try rows("""
            SELECT c.oid::text, c.relname, c.relkind::text, c.reltuples::bigint::text, coalesce(pg_get_partkeydef(c.oid), ''),
                   (c.relkind = 'r' AND EXISTS (SELECT 1 FROM pg_inherits i WHERE i.inhparent = c.oid))::text
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND NOT c.relispartition
            ORDER BY c.relname
            """)
        var tables: [Table] = []
        var objects: [EngineObject] = try (namespace == primary ? extensions() : []) + collations() + types() + sequences()
        for relation in relations {
            let oid = relation[0] ?? "0", name = relation[1] ?? ""
            var table = try self.table(oid: oid, name: name, partitionKey: relation[4] ?? "")
            table.catalogID = "class:\(oid)"
            if relation[5] == "true" { table.hasInheritingTables = true }
            if countingRows {
                let count = try connection.execute("SELECT count(*) FROM \(relation[5] == "true" ? "ONLY " : "")\(sqlName(name))", context: "counting rows of \(display(name))")
                table.rowCount = Int64(count.text(row: 0, column: 0) ?? "")
            } else if let estimate = Int64(relation[3] ?? ""), estimate >= 0 {
                table.rowCount = estimate
            }
            tables.append(table)
            objects += try policies(oid: oid, table: name)
        }
        let views = try rows("""
            SELECT c.relname, c.relkind::text, pg_get_viewdef(c.oid), c.oid::text
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = $1 AND c.relkind IN ('v', 'm') ORDER BY c.oid
            """).map { row -> View in
            let name = row[0] ?? "", materialized = row[1] == "m", oid = row[3] ?? "0"
            let body = (row[2] ?? "").trimmingSuffix(";")
            return View(
                name: display(name),
                definitionSQL: "CREATE \(materialized ? "MATERIALIZED VIEW" : "VIEW") \(sqlName(name)) AS\(body)\(materialized ? " WITH NO DATA" : "")",
                catalogID: "class:\(oid)", indexes: materialized ? try viewIndexes(oid: oid, name: name) : nil)
        }
        let triggerRows = try rows("""
            SELECT t.tgname, c.relname, pg_get_triggerdef(t.oid), t.tgfoid::text
            FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = $1 AND NOT t.tgisinternal ORDER BY c.relname, t.tgname
            """)
        // Every function of the schema (defaults, checks and views may call them), then the trigger functions
        // that live elsewhere.
        var functionOIDs = try functionOIDs()
        let triggers = triggerRows.map { row -> Trigger in
            if let function = row[3], !functionOIDs.contains(function) { functionOIDs.append(function) }
            return Trigger(name: row[0] ?? "", table: display(row[1] ?? ""), definitionSQL: row[2] ?? "")
        }
        objects += try functions(oids: functionOIDs) + aggregates() + operators() + casts()
        objects += try grants()
        objects += try comments()
        return Schema(engine: "postgres", tables: tables, views: views, triggers: triggers, objects: objects)
    }

    /// An index on a partitioned table (`ON ONLY`, as `pg_get_indexdef` writes it) is recreated on the
    /// whole partition tree. Definitions keep their schema qualification: the target rebuilds every schema
    /// under its own name.
    func wholeTree(_ definition: String) -> String {
        definition.replacingOccurrences(of: " ON ONLY ", with: " ON ")
    }

    func rows(_ sql: String, _ extra: [String?] = []) throws -> [[String?]] {
        try connection.execute(sql, parameters: [namespace] + extra, context: "reading the catalog of schema \(namespace)").rows()
    }

    private func table(oid: String, name: String, partitionKey: String) throws -> Table {
        let columnRows = try connection.execute("""
            SELECT a.attnum::text, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull::text,
                   pg_get_expr(d.adbin, d.adrelid), a.attidentity::text, a.attgenerated::text,
                   coalesce(bt.typname, t.typname), t.typtype::text, t.typcategory::text, bt.typcategory::text,
                   CASE WHEN a.attcollation <> 0 AND a.attcollation <> t.typcollation
                        THEN (SELECT format('%I.%I', cn.nspname, co.collname) FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace WHERE co.oid = a.attcollation) END,
                   a.attislocal::text
            FROM pg_attribute a
            JOIN pg_type t ON t.oid = a.atttypid
            LEFT JOIN pg_type bt ON t.typtype = 'd' AND bt.oid = t.typbasetype
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE a.attrelid = $1::oid AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY a.attnum
            """, parameters: [oid], context: "reading the columns of \(name)").rows()
        var namesByNumber: [String: String] = [:]
        var columns: [Column] = []
        var columnDefinitions: [String] = []
        for row in columnRows {
            let number = row[0] ?? "", columnName = row[1] ?? "", type = row[2] ?? "text"
            let notNull = row[3] == "true", defaultSQL = row[4], identity = row[5] ?? "", generatedKind = row[6] ?? ""
            namesByNumber[number] = columnName
            let category = row[8] == "d" ? (row[10] ?? "") : (row[9] ?? "")
            let logical = Self.logicalType(typeName: row[7] ?? "", typeKind: row[8] ?? "", category: category, formatted: type)
            var generated: GeneratedColumn?
            var definition = "\(connection.quote(columnName)) \(type)"
            if let collation = row[11] { definition += " COLLATE \(collation)" }
            if generatedKind == "s" {
                generated = GeneratedColumn(expression: defaultSQL, storage: .stored)
                definition += " GENERATED ALWAYS AS (\(defaultSQL ?? "NULL")) STORED"
            } else if identity == "a" || identity == "d" {
                definition += " GENERATED \(identity == "a" ? "ALWAYS" : "BY DEFAULT") AS IDENTITY"
                if let options = try identityOptions(tableOID: oid, column: columnName) { definition += " (\(options))" }
            } else if let defaultSQL {
                definition += " DEFAULT \(defaultSQL)"
            }
            if notNull { definition += " NOT NULL" }
            // A column inherited from a parent table (INHERITS) comes with the parent's definition.
            if row[12] != "false" { columnDefinitions.append(definition) }
            columns.append(Column(
                name: columnName, declaredType: type, logicalType: logical, isNullable: !notNull,
                defaultSQL: generated == nil ? defaultSQL : nil, generated: generated,
                isAutoIncrementing: !identity.isEmpty || (defaultSQL?.hasPrefix("nextval(") ?? false)))
        }
        func names(_ numbers: String?) -> [String] {
            // int2vector / int2[] text: {1,2} or "1 2"
            (numbers ?? "").split(whereSeparator: { $0 == "," || $0 == " " || $0 == "{" || $0 == "}" }).compactMap { namesByNumber[String($0)] }
        }
        let constraintRows = try connection.execute("""
            SELECT con.conname, con.contype::text, pg_get_constraintdef(con.oid), con.conkey::text, fc.relname,
                   con.confkey::text, con.confupdtype::text, con.confdeltype::text, con.condeferrable::text, con.condeferred::text,
                   con.confrelid::text, con.conindid::text, fn.nspname
            FROM pg_constraint con LEFT JOIN pg_class fc ON fc.oid = con.confrelid LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace
            WHERE con.conrelid = $1::oid AND con.conislocal ORDER BY con.contype, con.conname
            """, parameters: [oid], context: "reading the constraints of \(name)").rows()
        var primaryKey: [String] = []
        var uniqueKeys: [[String]] = []
        var foreignKeys: [ForeignKey] = []
        var checks: [CheckConstraint] = []
        var indexes: [Index] = []
        var constraintIndexOIDs: Set<String> = []
        for row in constraintRows {
            let constraintName = row[0] ?? "", kind = row[1] ?? "", definition = row[2] ?? ""
            if let indexOID = row[11], indexOID != "0", kind != "f" { constraintIndexOIDs.insert(indexOID) }
            switch kind {
            case "p":
                primaryKey = names(row[3])
                indexes.append(Index(name: constraintName, columns: primaryKey, isUnique: true, origin: .primaryKey, definitionSQL: definition))
            case "u":
                let keyColumns = names(row[3])
                uniqueKeys.append(keyColumns)
                indexes.append(Index(name: constraintName, columns: keyColumns, isUnique: true, origin: .uniqueConstraint, definitionSQL: definition))
            case "x":
                indexes.append(Index(name: constraintName, columns: names(row[3]), isUnique: false, origin: .uniqueConstraint, definitionSQL: definition))
            case "f":
                let referenced = try referencedColumnNames(tableOID: row[10] ?? "0", numbers: row[5])
                foreignKeys.append(ForeignKey(
                    name: constraintName, columns: names(row[3]), referencedTable: display(row[4] ?? "", in: row[12] ?? namespace), referencedColumns: referenced,
                    onDelete: Self.action(row[7]), onUpdate: Self.action(row[6]),
                    isDeferrable: row[8] == "true", isInitiallyDeferred: row[9] == "true", definitionSQL: definition))
            case "c":
                checks.append(CheckConstraint(name: constraintName, expression: definition))
            default:
                continue
            }
        }
        let indexRows = try connection.execute("""
            SELECT i.indexrelid::text, ic.relname, i.indisunique::text, pg_get_indexdef(i.indexrelid), (i.indpred IS NOT NULL)::text,
                   i.indkey::text
            FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
            WHERE i.indrelid = $1::oid ORDER BY ic.relname
            """, parameters: [oid], context: "reading the indexes of \(name)").rows()
        for row in indexRows where !constraintIndexOIDs.contains(row[0] ?? "") {
            let unique = row[2] == "true"
            let numbers = (row[5] ?? "").split(separator: " ").map(String.init)
            // An expression is attribute 0: its text, as the index definition spells it.
            let terms = try numbers.enumerated().map { position, number in
                number == "0"
                    ? try connection.execute("SELECT pg_get_indexdef($1::oid, $2::int, false)", parameters: [row[0], String(position + 1)]).text(row: 0, column: 0) ?? ""
                    : namesByNumber[number] ?? number
            }
            let keyColumns = numbers.contains("0") ? zip(numbers, terms).map { number, term in number == "0" ? "(\(term))" : term } : names(row[5])
            // A unique index on plain columns, or on lower()/upper() of one column (case-insensitively
            // unique, so unique), makes its columns a unique key; other expressions do not.
            if unique && row[4] != "true" {
                let plain = numbers.enumerated().map { position, number in
                    number == "0" ? Index.caseFoldedColumn(in: terms[position]) : namesByNumber[number]
                }
                if !plain.isEmpty, plain.allSatisfy({ $0 != nil }) { uniqueKeys.append(plain.compactMap { $0 }) }
            }
            indexes.append(Index(
                name: row[1] ?? "", columns: keyColumns, isUnique: unique, origin: .createIndex, isPartial: row[4] == "true",
                definitionSQL: row[3].map(wholeTree)))
        }
        var partitionKeyColumns: [String]?
        if !partitionKey.isEmpty {
            partitionKeyColumns = try connection.execute(
                "SELECT partattrs::text FROM pg_partitioned_table WHERE partrelid = $1::oid", parameters: [oid],
                context: "reading the partition key of \(name)").text(row: 0, column: 0).map(names)
            let declared = try partitionDeclarations(of: oid, name: name)
            foreignKeys += declared.foreignKeys
            checks += declared.checks
            indexes += declared.indexes
            // A key every partition's rows keep unique: rules and generation must keep it so, as a unique key.
            for index in declared.indexes where index.isUnique && index.origin != .createIndex && !uniqueKeys.contains(index.columns) {
                uniqueKeys.append(index.columns)
            }
        }
        var definition = "CREATE TABLE \(sqlName(name)) (\n    " + columnDefinitions.joined(separator: ",\n    ") + "\n)"
        let parents = try connection.execute("""
            SELECT string_agg(CASE WHEN n.nspname = $2 THEN quote_ident(c.relname) ELSE format('%I.%I', n.nspname, c.relname) END, ', ' ORDER BY i.inhseqno)
            FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhparent JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE i.inhrelid = $1::oid AND c.relkind = 'r'
            """, parameters: [oid, primary], context: "reading the parents of \(name)").text(row: 0, column: 0)
        if let parents { definition += " INHERITS (\(parents))" }
        if !partitionKey.isEmpty {
            definition += " PARTITION BY \(partitionKey)"
            definition += try partitions(of: oid, name: name).map { ";\n" + $0 }.joined()
        }
        var table = Table(
            name: display(name), schema: namespace, columns: columns, primaryKey: primaryKey, foreignKeys: foreignKeys,
            uniqueKeys: uniqueKeys, checks: checks, indexes: indexes, definitionSQL: definition)
        table.partitionKeyColumns = partitionKeyColumns
        return table
    }

    /// `CREATE TABLE … PARTITION OF …` for each partition (and, recursively, sub-partition) of a table.
    private func partitions(of oid: String, name: String) throws -> [String] {
        let rows = try connection.execute("""
            SELECT c.oid::text, c.relname, pg_get_expr(c.relpartbound, c.oid), coalesce(pg_get_partkeydef(c.oid), ''), n.nspname
            FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE i.inhparent = $1::oid ORDER BY c.relname
            """, parameters: [oid], context: "reading the partitions of \(name)").rows()
        return try rows.flatMap { row -> [String] in
            let child = row[1] ?? ""
            var statement = "CREATE TABLE \(sqlName(child, in: row[4] ?? namespace)) PARTITION OF \(sqlName(name)) \(row[2] ?? "DEFAULT")"
            if let key = row[3], !key.isEmpty { statement += " PARTITION BY \(key)" }
            return [statement] + (row[3]?.isEmpty == false ? try partitions(of: row[0] ?? "0", name: child) : [])
        }
    }

    func referencedColumnNames(tableOID: String, numbers: String?) throws -> [String] {
        let wanted = (numbers ?? "").split(whereSeparator: { $0 == "," || $0 == "{" || $0 == "}" }).map(String.init)
        guard !wanted.isEmpty else { return [] }
        let rows = try connection.execute(
            "SELECT attnum::text, attname FROM pg_attribute WHERE attrelid = $1::oid AND attnum > 0",
            parameters: [tableOID], context: "reading referenced columns").rows()
        let byNumber = Dictionary(rows.map { ($0[0] ?? "", $0[1] ?? "") }, uniquingKeysWith: { first, _ in first })
        return wanted.compactMap { byNumber[$0] }
    }

    static func action(_ code: String?) -> ForeignKey.Action {
        switch code {
        case "r": return .restrict
        case "c": return .cascade
        case "n": return .setNull
        case "d": return .setDefault
        default: return .noAction
        }
    }

    /// What a PostgreSQL type means to Doppel, from its name, kind (`b`ase, `e`num, `d`omain, …) and category.
    static func logicalType(typeName: String, typeKind: String, category: String, formatted: String) -> LogicalType {
        if formatted.hasSuffix("[]") { return .text }
        switch typeName {
        case "int2", "int4", "int8", "oid": return .integer
        case "float4", "float8": return .real
        case "numeric", "money": return .decimal
        case "bool": return .boolean
        case "bytea": return .blob
        case "date": return .date
        case "timestamp", "timestamptz": return .timestamp
        case "time", "timetz": return .time
        case "uuid": return .uuid
        case "json", "jsonb": return .json
        default:
            if typeKind == "e" { return .text }
            switch category {
            case "S": return .text
            case "N": return .decimal
            case "B": return .boolean
            case "D": return .timestamp
            default: return .any
            }
        }
    }
}

extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        var text = self
        while text.hasSuffix(suffix) { text.removeLast(suffix.count) }
        return text
    }
}
