import Foundation
public import DoppelCore

/// `doppel inspect`'s readable summary of a schema: tables with rows, columns, keys and references.
public enum SchemaText {
    /// The schema as `doppel inspect` shows it; `source` names where it was read.
    public static func render(_ schema: Schema, source: String) -> String {
        var lines: [String] = []
        let rows = schema.tables.compactMap(\.rowCount).reduce(0, +)
        lines.append("\(source): \(schema.engine), \(schema.tables.count) tables, \(rows) rows, \(schema.views.count) views, \(schema.triggers.count) triggers")
        for table in schema.tables {
            lines.append("")
            var flags: [String] = []
            if table.isWithoutRowID { flags.append("WITHOUT ROWID") }
            if table.isStrict { flags.append("STRICT") }
            let rowText = table.rowCount.map { "\($0) rows" } ?? "rows unknown"
            lines.append("\(table.name)  (\(rowText)\(flags.isEmpty ? "" : ", " + flags.joined(separator: ", ")))")
            let width = table.columns.map(\.name.count).max() ?? 0
            for column in table.columns {
                var notes: [String] = []
                if table.primaryKey.contains(column.name) { notes.append(table.primaryKey.count > 1 ? "PK(\(table.primaryKey.firstIndex(of: column.name).map { $0 + 1 } ?? 0))" : "PK") }
                if !column.isNullable { notes.append("NOT NULL") }
                if column.isAutoIncrementing { notes.append("auto") }
                if let generated = column.generated { notes.append("GENERATED \(generated.storage.rawValue.uppercased())") }
                if let value = column.defaultSQL { notes.append("DEFAULT \(value)") }
                for key in table.foreignKeys where key.columns == [column.name] {
                    notes.append("→ \(key.referencedTable)(\(key.referencedColumns.joined(separator: ", ")))")
                }
                let type = column.declaredType.isEmpty ? "(no type)" : column.declaredType
                lines.append("  \(column.name.padding(toLength: width, withPad: " ", startingAt: 0))  \(type) [\(column.logicalType.rawValue)]\(notes.isEmpty ? "" : "  " + notes.joined(separator: " "))")
            }
            for key in table.foreignKeys where key.columns.count > 1 {
                lines.append("  FOREIGN KEY (\(key.columns.joined(separator: ", "))) → \(key.referencedTable)(\(key.referencedColumns.joined(separator: ", ")))")
            }
            for key in table.foreignKeys where key.onDelete != .noAction || key.isDeferrable {
                var parts = ["  (\(key.columns.joined(separator: ", "))) →", key.referencedTable]
                if key.onDelete != .noAction { parts.append("ON DELETE \(key.onDelete.rawValue)") }
                if key.isDeferrable { parts.append(key.isInitiallyDeferred ? "DEFERRABLE INITIALLY DEFERRED" : "DEFERRABLE") }
                lines.append(parts.joined(separator: " "))
            }
            // An expression index has no plain columns: it is shown on its INDEX line, by its expression.
            for unique in table.uniqueKeys where !unique.isEmpty { lines.append("  UNIQUE (\(unique.joined(separator: ", ")))") }
            for check in table.checks { lines.append("  " + checkText(check.expression)) }
            for index in table.indexes where index.origin == .createIndex {
                let key = index.columns.isEmpty ? keyText(of: index) : "(\(index.columns.joined(separator: ", ")))"
                lines.append("  INDEX \(index.name) \(key)\(index.isUnique ? " UNIQUE" : "")\(index.isPartial ? " partial" : "")")
            }
        }
        if !schema.views.isEmpty {
            lines.append("")
            lines.append("views: " + schema.views.map { $0.isMaterialized ? "\($0.name) (materialized)" : $0.name }.joined(separator: ", "))
        }
        if !schema.triggers.isEmpty {
            lines.append("triggers: " + schema.triggers.map { "\($0.name) on \($0.table)" }.joined(separator: ", "))
        }
        let objects = (schema.objects ?? []).filter { $0.kind != .comment && $0.kind != .grant && !$0.definitionSQL.isEmpty }
        if !objects.isEmpty {
            // Named as `leave_out:` takes them.
            lines.append("objects: " + objects.map(\.label).joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }

    /// `CHECK (…)`, whether the engine gave the bare condition (SQLite) or the whole clause (PostgreSQL).
    static func checkText(_ expression: String) -> String {
        expression.uppercased().hasPrefix("CHECK") ? expression : "CHECK (\(expression))"
    }

    /// The key of an index over expressions, from its definition: `(lower(email))`.
    static func keyText(of index: Index) -> String {
        guard let definition = index.definitionSQL else { return "(expressions)" }
        let start = definition.range(of: " USING ")?.upperBound ?? definition.range(of: " ON ")?.upperBound ?? definition.startIndex
        guard let open = definition[start...].firstIndex(of: "(") else { return "(expressions)" }
        var text = String(definition[open...])
        if let whereClause = text.range(of: " WHERE ") { text = String(text[..<whereClause.lowerBound]) }
        return text
    }
}
