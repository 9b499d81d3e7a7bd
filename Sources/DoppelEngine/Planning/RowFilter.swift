import DoppelCore
import DoppelPolicy

/// Pushes a policy's `where` clauses down to the source, with their consequences: a row whose parent row
/// is not copied is dropped too (or, with `orphans: null`, keeps the row and nulls its reference),
/// through every level, through self-references (a recursive query) and through cycles (a recursive
/// query of the rows a cycle drops, which follows drops around the cycle until none is added).
struct RowFilter {
    let schema: Schema
    let policy: Policy
    let dialect: any SQLDialect
    let graph: ForeignKeyGraph

    /// Tables whose rows may not all be copied.
    private(set) var filtered: Set<String> = []

    init(schema: Schema, policy: Policy, dialect: any SQLDialect, graph: ForeignKeyGraph) {
        self.schema = schema
        self.policy = policy
        self.dialect = dialect
        self.graph = graph
        // A table is filtered by its own `where`, by being empty, or by a (non-self) parent that is filtered.
        var filtered = Set<String>()
        var changed = true
        while changed {
            changed = false
            for table in schema.tables where !filtered.contains(table.name) {
                let tablePolicy = policy.table(named: table.name)
                var isFiltered = tablePolicy?.whereSQL != nil || tablePolicy?.mode == .empty || tablePolicy?.mode == .skip
                if !isFiltered {
                    isFiltered = table.foreignKeys.contains { key in
                        key.referencedTable != table.name && filtered.contains(key.referencedTable)
                            && !(tablePolicy?.orphans == .null && nullable(key, of: table))
                    }
                }
                if isFiltered {
                    filtered.insert(table.name)
                    changed = true
                }
            }
        }
        self.filtered = filtered
    }

    /// Whether `orphans: null` can cut this reference: one nullable column is enough (MATCH SIMPLE).
    private func nullable(_ key: ForeignKey, of table: Table) -> Bool {
        key.columns.contains { table.column(named: $0)?.isNullable ?? true }
    }

    /// The key columns `orphans: null` sets to NULL: the nullable ones.
    private func nullableColumns(of key: ForeignKey, in table: Table) -> [String] {
        key.columns.filter { table.column(named: $0)?.isNullable ?? true }
    }

    /// The filtered cycle both tables belong to, if they share one.
    private func filteredCycle(of child: String, and parent: String) -> (index: Int, cycle: ForeignKeyGraph.Cycle)? {
        guard let index = graph.cycles.firstIndex(where: { $0.tables.contains(child) && $0.tables.contains(parent) }),
            graph.cycles[index].tables.contains(where: filtered.contains)
        else { return nil }
        return (index, graph.cycles[index])
    }

    /// The select query for `table`: `selectList` expressions over alias `t0`, with every filter.
    /// - Parameter extraSelect: expressions on alias `t0` selected after the columns (what a subset's membership reads).
    /// - Parameter extraCondition: one more condition on alias `t0` (a block range for a parallel read).
    func query(for table: Table, columns: [Column], extraSelect: [String] = [], extraCondition: String? = nil) -> (sql: String, reasons: [String]) {
        var counter = 0
        var ctes: [String] = []
        var reasons: [String] = []
        let tablePolicy = policy.table(named: table.name)
        if let whereSQL = tablePolicy?.whereSQL { reasons.append("where \(whereSQL)") }

        var nulledColumns: [String: String] = [:]  // column → CASE expression
        var conditions: [String] = []
        if let whereSQL = tablePolicy?.whereSQL { conditions.append("(\(whereSQL))") }
        for key in table.foreignKeys where filtered.contains(key.referencedTable) || key.referencedTable == table.name && filtered.contains(table.name) {
            guard let parent = schema.table(named: key.referencedTable) else { continue }
            let exists = parentExists(key, of: table, alias: "t0", parent: parent, counter: &counter, ctes: &ctes, stack: [table.name])
            let keyIsNull = key.columns.map { "t0.\(dialect.quote($0)) IS NULL" }.joined(separator: " OR ")
            if tablePolicy?.orphans == .null, nullable(key, of: table) {
                for column in nullableColumns(of: key, in: table) {
                    nulledColumns[column] = "CASE WHEN \(exists) THEN t0.\(dialect.quote(column)) END"
                }
                reasons.append("references to dropped rows of \(parent.name) set to NULL")
            } else {
                conditions.append("(\(keyIsNull) OR \(exists))")
                reasons.append("rows whose \(parent.name) row is not copied are dropped")
            }
        }
        if let extraCondition { conditions.append(extraCondition) }
        let selectList = (columns.map { column in
            nulledColumns[column.name] ?? "t0.\(dialect.quote(column.name))"
        } + extraSelect).joined(separator: ", ")
        var sql = ctes.isEmpty ? "" : "WITH RECURSIVE " + ctes.joined(separator: ", ") + " "
        sql += "SELECT \(selectList) FROM \(dialect.from(table: table)) AS t0"
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        return (sql, reasons)
    }

    /// SQL that is true when the row of `parent` that `key` (of `child`, aliased `alias`) points to is copied.
    private func parentExists(
        _ key: ForeignKey, of child: Table, alias: String, parent: Table, counter: inout Int, ctes: inout [String], stack: [String]
    ) -> String {
        let parentPolicy = policy.table(named: parent.name)
        if parentPolicy?.mode == .empty || parentPolicy?.mode == .skip { return "0 = 1" }
        let referenced = parent.referencedColumns(of: key)
        counter += 1
        let parentAlias = "t\(counter)"
        let join = zip(referenced, key.columns).map { "\(parentAlias).\(dialect.quote($0)) = \(alias).\(dialect.quote($1))" }
        if let (index, cycle) = filteredCycle(of: child.name, and: parent.name) {
            // Inside a filtered cycle: the parent row exists and the cycle's recursive query did not drop it.
            let dropped = droppedCTE(index, cycle, counter: &counter, ctes: &ctes, stack: stack)
            counter += 1
            let droppedAlias = "t\(counter)"
            return "(EXISTS (SELECT 1 FROM \(dialect.from(table: parent)) AS \(parentAlias) WHERE " + join.joined(separator: " AND ")
                + ") AND NOT EXISTS (SELECT 1 FROM \(dropped) AS \(droppedAlias) WHERE \(droppedAlias).t = \(tag(parent.name, referenced))"
                + " AND \(droppedAlias).k = \(keyText(key.columns, alias: alias))))"
        }
        let selfReferences = parent.foreignKeys.filter { $0.referencedTable == parent.name }
        if !selfReferences.isEmpty && filtered.contains(parent.name) && !stack.contains(parent.name + "#tree") {
            // A filtered self-referencing table: its kept rows are the ones reachable from kept roots.
            let cte = keptTreeCTE(parent, counter: &counter, ctes: &ctes, stack: stack)
            let keyColumns = referenced.enumerated().map { "\(cte).k\($0.offset) = \(alias).\(dialect.quote(key.columns[$0.offset]))" }
            return "EXISTS (SELECT 1 FROM \(cte) WHERE " + keyColumns.joined(separator: " AND ") + ")"
        }
        let conditions = join + ownConditions(of: parent, alias: parentAlias, counter: &counter, ctes: &ctes, stack: stack + [parent.name])
        return "EXISTS (SELECT 1 FROM \(dialect.from(table: parent)) AS \(parentAlias) WHERE " + conditions.joined(separator: " AND ") + ")"
    }

    /// The conditions that keep a row of `table` (aliased `alias`) apart from its self-references; with
    /// `insideCycles: false`, apart from every key into its own cycle too (the conditions that seed the cycle's drops).
    private func ownConditions(
        of table: Table, alias: String, counter: inout Int, ctes: inout [String], stack: [String], insideCycles: Bool = true
    ) -> [String] {
        var conditions: [String] = []
        let tablePolicy = policy.table(named: table.name)
        if let whereSQL = tablePolicy?.whereSQL { conditions.append("(\(whereSQL))") }
        if tablePolicy?.mode == .empty || tablePolicy?.mode == .skip { conditions.append("0 = 1") }
        for key in table.foreignKeys where filtered.contains(key.referencedTable) {
            let inCycle = filteredCycle(of: table.name, and: key.referencedTable) != nil
            if key.referencedTable == table.name && !inCycle { continue }
            if inCycle && !insideCycles { continue }
            // A key back into a table already on the path closes a cycle the recursive query covers.
            guard inCycle || !stack.contains(key.referencedTable), let parent = schema.table(named: key.referencedTable) else { continue }
            if tablePolicy?.orphans == .null, nullable(key, of: table) { continue }
            let exists = parentExists(key, of: table, alias: alias, parent: parent, counter: &counter, ctes: &ctes, stack: stack)
            let keyIsNull = key.columns.map { "\(alias).\(dialect.quote($0)) IS NULL" }.joined(separator: " OR ")
            conditions.append("(\(keyIsNull) OR \(exists))")
        }
        return conditions
    }

    /// A recursive CTE of the referenced-key values of the kept rows of a self-referencing table.
    private func keptTreeCTE(_ table: Table, counter: inout Int, ctes: inout [String], stack: [String]) -> String {
        counter += 1
        let name = "kept\(counter)"
        let selfKeys = table.foreignKeys.filter { $0.referencedTable == table.name }
        // Rows are identified by the columns the self-reference points to (usually the primary key).
        let identifying = selfKeys.first.map { table.referencedColumns(of: $0) } ?? table.primaryKey
        let columnsList = identifying.indices.map { "k\($0)" }.joined(separator: ", ")
        let rootAlias = "t\(counter)r"
        let stepAlias = "t\(counter)s"
        var rootConditions = ownConditions(of: table, alias: rootAlias, counter: &counter, ctes: &ctes, stack: stack + [table.name, table.name + "#tree"])
        var stepConditions = ownConditions(of: table, alias: stepAlias, counter: &counter, ctes: &ctes, stack: stack + [table.name, table.name + "#tree"])
        let orphansNull = policy.table(named: table.name)?.orphans == .null
        for key in selfKeys {
            let isNull = key.columns.map { "\(rootAlias).\(dialect.quote($0)) IS NULL" }.joined(separator: " OR ")
            if orphansNull { continue }
            rootConditions.append("(\(isNull))")
        }
        if orphansNull {
            // With `orphans: null` a row's own conditions decide; its self-reference is nulled if needed.
            let select = identifying.map { "\(rootAlias).\(dialect.quote($0))" }.joined(separator: ", ")
            ctes.append("\(name)(\(columnsList)) AS (SELECT \(select) FROM \(dialect.from(table: table)) AS \(rootAlias)"
                + (rootConditions.isEmpty ? "" : " WHERE " + rootConditions.joined(separator: " AND ")) + ")")
            return name
        }
        guard let key = selfKeys.first else { return name }
        let select = identifying.map { "\(rootAlias).\(dialect.quote($0))" }.joined(separator: ", ")
        let stepSelect = identifying.map { "\(stepAlias).\(dialect.quote($0))" }.joined(separator: ", ")
        let link = key.columns.enumerated().map { "\(stepAlias).\(dialect.quote($0.element)) = \(name).k\($0.offset)" }.joined(separator: " AND ")
        stepConditions.insert(link, at: 0)
        ctes.append(
            "\(name)(\(columnsList)) AS (SELECT \(select) FROM \(dialect.from(table: table)) AS \(rootAlias)"
                + (rootConditions.isEmpty ? "" : " WHERE " + rootConditions.joined(separator: " AND "))
                + " UNION SELECT \(stepSelect) FROM \(dialect.from(table: table)) AS \(stepAlias) JOIN \(name) ON \(link)"
                + (stepConditions.count > 1 ? " WHERE " + stepConditions.dropFirst().joined(separator: " AND ") : "") + ")")
        return name
    }

    /// A recursive CTE (`t`: which table and key, `k`: the key as text) of the rows of a filtered cycle that
    /// are not copied: rows failing their own conditions (their `where`, parents outside the cycle), then,
    /// until nothing is added, rows whose parent inside the cycle is among them (or, under `orphans: null`
    /// with a nullable key, nothing: the reference is nulled instead).
    private func droppedCTE(_ index: Int, _ cycle: ForeignKeyGraph.Cycle, counter: inout Int, ctes: inout [String], stack: [String]) -> String {
        let name = "doppel_cycle\(index)"
        if ctes.contains(where: { $0.hasPrefix(name + "(") }) || stack.contains(name) { return name }
        let tables = cycle.tables.compactMap { schema.table(named: $0) }
        // Every key set of a cycle's table that a key inside the cycle references: what a dropped row is known by.
        var keySets: [String: [[String]]] = [:]
        for key in cycle.keys {
            guard let parent = schema.table(named: key.foreignKey.referencedTable) else { continue }
            let referenced = parent.referencedColumns(of: key.foreignKey)
            if !(keySets[parent.name] ?? []).contains(referenced) { keySets[parent.name, default: []].append(referenced) }
        }
        var seeds: [String] = []
        var steps: [String] = []
        for table in tables {
            guard let sets = keySets[table.name] else { continue }
            counter += 1
            let alias = "t\(counter)"
            let conditions = ownConditions(of: table, alias: alias, counter: &counter, ctes: &ctes, stack: stack + [name], insideCycles: false)
            if !conditions.isEmpty {
                for set in sets {
                    seeds.append("SELECT \(tag(table.name, set)), \(keyText(set, alias: alias)) FROM \(dialect.from(table: table)) AS \(alias) WHERE ("
                        + conditions.joined(separator: " AND ") + ") IS NOT TRUE")
                }
            }
            let orphansNull = policy.table(named: table.name)?.orphans == .null
            for key in cycle.keys where key.edge.table == table.name {
                if orphansNull && nullable(key.foreignKey, of: table) { continue }
                guard let parent = schema.table(named: key.foreignKey.referencedTable) else { continue }
                for set in sets {
                    steps.append("SELECT \(tag(table.name, set)) AS t, \(keyText(set, alias: "c")) AS k, \(tag(parent.name, parent.referencedColumns(of: key.foreignKey))) AS pt, "
                        + "\(keyText(key.foreignKey.columns, alias: "c")) AS pk FROM \(dialect.from(table: table)) AS c")
                }
            }
        }
        var body = seeds.isEmpty ? "SELECT CAST(NULL AS TEXT), CAST(NULL AS TEXT) WHERE 1 = 0" : seeds.joined(separator: " UNION ")
        if !steps.isEmpty {
            body += " UNION SELECT x.t, x.k FROM (" + steps.joined(separator: " UNION ALL ") + ") AS x JOIN \(name) AS d ON d.t = x.pt AND d.k = x.pk"
        }
        ctes.append("\(name)(t, k) AS (\(body))")
        return name
    }

    /// Which table and key set a dropped row is recorded under, as a text literal.
    private func tag(_ table: String, _ columns: [String]) -> String {
        "CAST(" + dialect.literal(table + "(" + columns.joined(separator: ",") + ")") + " AS TEXT)"
    }

    /// The values of `columns` of `alias` as one text, each prefixed by its length (so no two keys read
    /// the same); NULL when any of them is NULL, which (MATCH SIMPLE) references nothing.
    private func keyText(_ columns: [String], alias: String) -> String {
        columns.map { column in
            let text = "CAST(\(alias).\(dialect.quote(column)) AS TEXT)"
            return "CAST(LENGTH(\(text)) AS TEXT) || ':' || \(text)"
        }.joined(separator: " || ',' || ")
    }
}
