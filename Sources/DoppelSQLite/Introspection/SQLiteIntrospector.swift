import DoppelCore
import Foundation

/// Reads a SQLite database's schema from `sqlite_schema` and the table pragmas into a ``Schema``.
struct SQLiteIntrospector {
    let connection: SQLiteConnection
    private let dialect = StandardSQLDialect()

    func schema(countingRows: Bool) throws(SQLiteError) -> Schema {
        let entries = try connection.rows(
            "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY rowid", context: "reading the schema")
        var tables: [Table] = []
        var views: [View] = []
        var triggers: [Trigger] = []
        var indexDefinitions: [String: String] = [:]
        for entry in entries {
            guard case .text(let type) = entry[0], case .text(let name) = entry[1] else { continue }
            let sql = entry[3].textRepresentation
            switch type {
            case "index": if let sql { indexDefinitions[name] = sql }
            case "view": views.append(View(name: name, definitionSQL: sql ?? ""))
            case "trigger":
                triggers.append(Trigger(name: name, table: entry[2].textRepresentation ?? "", definitionSQL: sql ?? ""))
            default: break
            }
        }
        let tableFlags = try self.tableFlags()
        for entry in entries {
            guard case .text("table") = entry[0], case .text(let name) = entry[1] else { continue }
            if name.hasPrefix("sqlite_") { continue }  // sqlite_sequence, sqlite_stat1: internal
            if name == CloneMark.sqliteMarkerTable { continue }  // the mark of a clone, not the data's
            let sql = entry[3].textRepresentation ?? ""
            if sql.uppercased().hasPrefix("CREATE VIRTUAL TABLE") { continue }
            tables.append(
                try table(
                    named: name, definition: sql, flags: tableFlags[name], indexDefinitions: indexDefinitions,
                    countingRows: countingRows))
        }
        return Schema(engine: "sqlite", tables: tables, views: views, triggers: triggers)
    }

    /// `WITHOUT ROWID` and `STRICT` per table, from `PRAGMA table_list` (SQLite 3.37+); empty when unavailable.
    private func tableFlags() throws(SQLiteError) -> [String: (withoutRowID: Bool, strict: Bool)] {
        guard let rows = try? connection.rows("SELECT name, wr, strict FROM pragma_table_list WHERE schema = 'main'") else {
            return [:]
        }
        var flags: [String: (Bool, Bool)] = [:]
        for row in rows {
            guard case .text(let name) = row[0], case .integer(let wr) = row[1], case .integer(let strict) = row[2] else { continue }
            flags[name] = (wr != 0, strict != 0)
        }
        return flags
    }

    private func table(
        named name: String, definition: String, flags: (withoutRowID: Bool, strict: Bool)?,
        indexDefinitions: [String: String], countingRows: Bool
    ) throws(SQLiteError) -> Table {
        let quoted = dialect.literal(name)
        let parser = SQLiteDefinitionParser(definition)
        let withoutRowID = flags?.withoutRowID ?? definition.uppercased().contains("WITHOUT ROWID")
        let strict = flags?.strict ?? false

        // cid, name, type, notnull, dflt_value, pk, hidden
        let columnClauses = parser.columnClauses()
        let columnRows = try connection.rows("SELECT * FROM pragma_table_xinfo(\(quoted))", context: "reading columns of \(name)")
        var columns: [Column] = []
        var keyed: [(position: Int64, name: String)] = []
        for row in columnRows {
            let columnName = row[1].textRepresentation ?? ""
            let declared = row[2].textRepresentation ?? ""
            let hidden = row[6].integerValue ?? 0
            if hidden == 1 { continue }  // hidden columns of virtual tables
            let pkPosition = row[5].integerValue ?? 0
            if pkPosition > 0 { keyed.append((pkPosition, columnName)) }
            let clauses = columnClauses[columnName] ?? columnClauses.first { $0.key.caseInsensitiveCompare(columnName) == .orderedSame }?.value
            var generated: GeneratedColumn?
            if hidden == 2 || hidden == 3 {
                generated = GeneratedColumn(expression: clauses?.generatedExpression, storage: hidden == 3 ? .stored : .virtual)
            }
            columns.append(
                Column(
                    name: columnName, declaredType: declared, logicalType: SQLiteTypeAffinity.logicalType(of: declared),
                    affinity: SQLiteTypeAffinity.affinity(of: declared),
                    isNullable: (row[3].integerValue ?? 0) == 0,
                    defaultSQL: row[4].textRepresentation, generated: generated, collation: clauses?.collation))
        }
        let primaryKey = keyed.sorted { $0.position < $1.position }.map(\.name)
        // A single INTEGER PRIMARY KEY column of a rowid table is the rowid: never NULL, assigned by SQLite.
        if primaryKey.count == 1, !withoutRowID, let index = columns.firstIndex(where: { $0.name == primaryKey[0] }),
            columns[index].declaredType.uppercased() == "INTEGER"
        {
            columns[index].isAutoIncrementing = true
            columns[index].isNullable = false
        }
        if withoutRowID {
            for index in columns.indices where primaryKey.contains(columns[index].name) { columns[index].isNullable = false }
        }

        let foreignKeys = try self.foreignKeys(of: name, parser: parser)
        var uniqueKeys: [[String]] = []
        var indexes: [Index] = []
        // seq, name, unique, origin, partial
        let indexRows = try connection.rows("SELECT * FROM pragma_index_list(\(quoted))", context: "reading indexes of \(name)")
        for row in indexRows.reversed() {
            guard let indexName = row[1].textRepresentation else { continue }
            let isUnique = (row[2].integerValue ?? 0) != 0
            let originCode = row[3].textRepresentation ?? "c"
            let isPartial = (row[4].integerValue ?? 0) != 0
            let keyColumns = try connection.rows(
                "SELECT name FROM pragma_index_info(\(dialect.literal(indexName))) ORDER BY seqno",
                context: "reading index \(indexName)"
            ).map { $0[0].textRepresentation ?? "(expression)" }
            let origin: Index.Origin = originCode == "pk" ? .primaryKey : originCode == "u" ? .uniqueConstraint : .createIndex
            if isUnique, !isPartial, origin != .primaryKey, !keyColumns.contains("(expression)") {
                uniqueKeys.append(keyColumns)
            }
            indexes.append(
                Index(
                    name: indexName, columns: keyColumns, isUnique: isUnique, origin: origin, isPartial: isPartial,
                    definitionSQL: indexDefinitions[indexName]))
        }
        var rowCount: Int64?
        if countingRows {
            rowCount = try connection.rows("SELECT count(*) FROM \(dialect.quote(name))", context: "counting rows of \(name)")
                .first?.first?.integerValue
        }
        return Table(
            name: name, columns: columns, primaryKey: primaryKey, foreignKeys: foreignKeys, uniqueKeys: uniqueKeys,
            checks: parser.checkConstraints().map { CheckConstraint(name: $0.name, expression: $0.expression) },
            indexes: indexes, isWithoutRowID: withoutRowID, isStrict: strict, rowCount: rowCount,
            definitionSQL: definition)
    }

    private func foreignKeys(of table: String, parser: SQLiteDefinitionParser) throws(SQLiteError) -> [ForeignKey] {
        // id, seq, table, from, to, on_update, on_delete, match
        let rows = try connection.rows(
            "SELECT * FROM pragma_foreign_key_list(\(dialect.literal(table))) ORDER BY id, seq",
            context: "reading foreign keys of \(table)")
        var grouped: [(id: Int64, rows: [[Value]])] = []
        for row in rows {
            let id = row[0].integerValue ?? 0
            if let last = grouped.indices.last, grouped[last].id == id {
                grouped[last].rows.append(row)
            } else {
                grouped.append((id, [row]))
            }
        }
        // SQLite numbers foreign keys in reverse declaration order; the parser sees them in declaration order.
        let clauses = parser.referenceClauses()
        return grouped.sorted { $0.id > $1.id }.enumerated().map { offset, group in
            let first = group.rows[0]
            let targets = group.rows.compactMap { $0[4].textRepresentation }
            let clause: (deferrable: Bool, initiallyDeferred: Bool) = clauses.count == grouped.count ? clauses[offset] : (false, false)
            return ForeignKey(
                columns: group.rows.map { $0[3].textRepresentation ?? "" },
                referencedTable: first[2].textRepresentation ?? "",
                referencedColumns: targets.count == group.rows.count ? targets : [],
                onDelete: ForeignKey.Action(rawValue: first[6].textRepresentation ?? "") ?? .noAction,
                onUpdate: ForeignKey.Action(rawValue: first[5].textRepresentation ?? "") ?? .noAction,
                isDeferrable: clause.deferrable, isInitiallyDeferred: clause.initiallyDeferred)
        }
    }
}

extension Value {
    var integerValue: Int64? {
        if case .integer(let number) = self { return number }
        return nil
    }
}
