package import DoppelCore
import Foundation

/// Carries a schema read from another engine (PostgreSQL) into SQLite: each table's `CREATE TABLE` in
/// SQLite's terms, indexes on plain columns, and a warning for everything SQLite cannot express.
///
/// Type mapping (by logical type): integer → `INTEGER`; real → `REAL`; decimal → `NUMERIC` (with its
/// precision kept in the declared type); boolean → `BOOLEAN` (values 1 and 0); text, enum, uuid, json,
/// arrays, interval and other types → `TEXT` (the source's text form); bytes → `BLOB`; date → `DATE`,
/// timestamp → `TIMESTAMP`, time → `TIME` (ISO 8601 text). Identity and serial columns become plain
/// integer keys. A generated column stays generated when its expression is a ``PortableExpression``,
/// else it is a plain column holding the source's values (named in a warning). CHECK constraints, expression and partial indexes, views, triggers, functions,
/// extensions, sequences and row-level security are left out, each named in a warning.
package enum SQLiteSchemaTranslation {
    /// - Parameter types: types the policy chose (`carry_as`), by table and column, instead of the mapping.
    package static func translate(_ schema: Schema, types: [String: [String: String]] = [:]) -> (schema: Schema, warnings: [String]) {
        guard schema.engine != "sqlite" else { return (schema, []) }
        var warnings: [String] = []
        let dialect = StandardSQLDialect()
        var tables: [Table] = []
        for var table in schema.tables {
            var lines: [String] = []
            var translatedGenerated: [String: GeneratedColumn?] = [:]
            for column in table.columns {
                let chosen = types[table.name]?[column.name]
                if chosen == nil && (column.logicalType == .any || column.declaredType.hasSuffix("[]")) {
                    warnings.append("\(table.name).\(column.name) (\(column.declaredType)) has no SQLite equivalent: it is carried as TEXT in the source's text form; `carry_as:` on the column chooses another type")
                }
                var line = "\(dialect.quote(column.name)) \(chosen ?? sqliteType(of: column))"
                if !column.isNullable { line += " NOT NULL" }
                if let defaultSQL = column.defaultSQL, let literal = portableDefault(defaultSQL) { line += " DEFAULT \(literal)" }
                let portable = PortableExpression.carrying(column, of: table, into: "SQLite", warnings: &warnings)
                if let portable { line += " GENERATED ALWAYS AS (\(portable.sql)) STORED" }
                lines.append(line)
                translatedGenerated[column.name] = portable.map { GeneratedColumn(expression: $0.sql, storage: .stored) }
            }
            // Generated where the expression carries; a plain column holding the source's values otherwise.
            table.columns = table.columns.map { column in
                var column = column
                column.generated = translatedGenerated[column.name] ?? nil
                return column
            }
            if !table.primaryKey.isEmpty {
                lines.append("PRIMARY KEY (\(table.primaryKey.map(dialect.quote).joined(separator: ", ")))")
            }
            for index in table.indexes where index.origin == .uniqueConstraint && index.isUnique && index.partitionSQL == nil {
                lines.append("CONSTRAINT \(dialect.quote(index.name)) UNIQUE (\(index.columns.map(dialect.quote).joined(separator: ", ")))")
            }
            for key in table.foreignKeys {
                var line = "FOREIGN KEY (\(key.columns.map(dialect.quote).joined(separator: ", "))) REFERENCES \(dialect.quote(key.referencedTable))"
                if !key.referencedColumns.isEmpty { line += " (\(key.referencedColumns.map(dialect.quote).joined(separator: ", ")))" }
                if key.onDelete != .noAction { line += " ON DELETE \(key.onDelete.rawValue)" }
                if key.onUpdate != .noAction { line += " ON UPDATE \(key.onUpdate.rawValue)" }
                if key.isDeferrable { line += " DEFERRABLE" + (key.isInitiallyDeferred ? " INITIALLY DEFERRED" : "") }
                if let name = key.name { line = "CONSTRAINT \(dialect.quote(name)) " + line }
                lines.append(line)
            }
            for check in table.checks {
                warnings.append("CHECK constraint \(check.name ?? "?") on \(table.name) (\(check.expression)) is not carried to SQLite")
            }
            table.checks = []
            table.definitionSQL = "CREATE TABLE \(dialect.quote(table.name)) (\n  " + lines.joined(separator: ",\n  ") + "\n)"
            var carried: Set<[String]> = []
            table.indexes = table.indexes.compactMap { index in
                guard index.origin == .createIndex else { return index }
                // An index that PostgreSQL declares on each partition is one index of the SQLite table.
                if index.partitionSQL != nil && carried.contains(index.columns + [index.isUnique ? "unique" : ""]) { return nil }
                // A unique index on lower(column) is a case-insensitive one: COLLATE NOCASE in SQLite.
                if index.columns.count == 1, let folded = Index.caseFoldedColumn(in: index.columns[0]), table.column(named: folded) != nil, !index.isPartial {
                    var index = index
                    index.definitionSQL = "CREATE \(index.isUnique ? "UNIQUE " : "")INDEX \(dialect.quote(index.name)) ON \(dialect.quote(table.name)) (\(dialect.quote(folded)) COLLATE NOCASE)"
                    return index
                }
                let plain = index.columns.allSatisfy { name in table.column(named: name) != nil }
                guard plain, !index.isPartial, !index.columns.isEmpty,
                    index.definitionSQL?.contains("USING btree") ?? true
                else {
                    warnings.append("index \(index.name) on \(table.name) (\(index.definitionSQL ?? "")) has expressions, a WHERE clause or a non-btree method; left out of the SQLite clone")
                    return nil
                }
                var index = index
                index.definitionSQL = "CREATE \(index.isUnique ? "UNIQUE " : "")INDEX \(dialect.quote(index.name)) ON \(dialect.quote(table.name)) (\(index.columns.map(dialect.quote).joined(separator: ", ")))"
                carried.insert(index.columns + [index.isUnique ? "unique" : ""])
                return index
            }
            table.isStrict = false
            table.isWithoutRowID = false
            tables.append(table)
        }
        for view in schema.views { warnings.append("view \(view.name) is not carried to SQLite (its SQL is PostgreSQL's)") }
        for trigger in schema.triggers { warnings.append("trigger \(trigger.name) on \(trigger.table) is not carried to SQLite") }
        for object in schema.objects ?? [] where object.kind != .sequence && object.kind != .comment {
            warnings.append("\(object.kind.rawValue) \(object.name) is not carried to SQLite")
        }
        return (Schema(engine: "sqlite", tables: tables), warnings)
    }

    /// The SQLite declared type for a column read from another engine.
    package static func sqliteType(of column: Column) -> String {
        let declared = column.declaredType.lowercased()
        switch column.logicalType {
        case .integer: return "INTEGER"
        case .real: return "REAL"
        case .decimal: return declared.hasPrefix("numeric(") ? "NUMERIC" + declared.dropFirst("numeric".count) : "NUMERIC"
        case .boolean: return "BOOLEAN"
        case .blob: return "BLOB"
        case .date: return "DATE"
        case .timestamp: return "TIMESTAMP"
        case .time: return "TIME"
        case .text:
            if declared.hasPrefix("character varying(") { return "VARCHAR" + declared.dropFirst("character varying".count) }
            if declared.hasPrefix("character(") { return "CHAR" + declared.dropFirst("character".count) }
            return "TEXT"
        case .uuid, .json, .any: return "TEXT"
        }
    }

    /// A default SQLite understands as written: a number, a quoted string without a cast, NULL, TRUE/FALSE.
    static func portableDefault(_ sql: String) -> String? {
        let text = sql.trimmingCharacters(in: .whitespaces)
        if Double(text) != nil || text.uppercased() == "NULL" { return text }
        if text == "true" { return "1" }
        if text == "false" { return "0" }
        if text.hasPrefix("'"), let castStart = text.range(of: "'::") {
            return String(text[..<castStart.lowerBound]) + "'"
        }
        if text.hasPrefix("'"), text.hasSuffix("'") { return text }
        return nil
    }
}
