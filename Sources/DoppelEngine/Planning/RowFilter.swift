import DoppelCore
import DoppelPolicy

/// Pushes a policy's `where` clauses down to the source, with their consequences: a row whose parent row
/// is not copied is dropped too (or, with `orphans: null`, keeps the row and nulls its reference),
/// through every level, through self-references (a recursive query) and, as far as the order allows,
/// through cycles.
struct RowFilter {
    let schema: Schema
    let policy: Policy
    let dialect: any SQLDialect
    let unlistedMode: TablePolicy.Mode

    /// Tables whose rows may not all be copied.
    private(set) var filtered: Set<String> = []

    init(schema: Schema, policy: Policy, dialect: any SQLDialect, order: [String]) {
        self.schema = schema
        self.policy = policy
        self.dialect = dialect
        self.unlistedMode = .mask
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

    private func nullable(_ key: ForeignKey, of table: Table) -> Bool {
        key.columns.allSatisfy { table.column(named: $0)?.isNullable ?? true }
    }

    /// The select query for `table`: `selectList` expressions over alias `t0`, with every filter.
    /// - Parameter extraCondition: one more condition on alias `t0` (a block range for a parallel read).
    func query(for table: Table, columns: [Column], extraCondition: String? = nil) -> (sql: String, reasons: [String]) {
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
                for column in key.columns {
                    nulledColumns[column] = "CASE WHEN \(exists) THEN t0.\(dialect.quote(column)) END"
                }
                reasons.append("references to dropped rows of \(parent.name) set to NULL")
            } else {
                conditions.append("(\(keyIsNull) OR \(exists))")
                reasons.append("rows whose \(parent.name) row is not copied are dropped")
            }
        }
        if let extraCondition { conditions.append(extraCondition) }
        let selectList = columns.map { column in
            nulledColumns[column.name] ?? "t0.\(dialect.quote(column.name))"
        }.joined(separator: ", ")
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

    /// The conditions that keep a row of `table` (aliased `alias`) apart from its self-references.
    private func ownConditions(of table: Table, alias: String, counter: inout Int, ctes: inout [String], stack: [String]) -> [String] {
        var conditions: [String] = []
        let tablePolicy = policy.table(named: table.name)
        if let whereSQL = tablePolicy?.whereSQL { conditions.append("(\(whereSQL))") }
        for key in table.foreignKeys where key.referencedTable != table.name && filtered.contains(key.referencedTable) {
            // A key back into a table already on the path is a cycle: stop there; the final check guards it.
            guard !stack.contains(key.referencedTable), let parent = schema.table(named: key.referencedTable) else { continue }
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
}
