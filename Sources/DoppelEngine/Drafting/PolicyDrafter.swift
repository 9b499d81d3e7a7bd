import DoppelConnectors
package import DoppelCore
import DoppelDetection
import DoppelMasking
import DoppelPolicy
import Foundation

/// `doppel init`: drafts a complete policy for a live source from its schema and a bounded sample of each
/// table, then runs `doppel check` on the draft and moves a column to its next candidate rule wherever the
/// check refuses the first, so the draft clones as written.
///
/// Nothing is written to the source; sampled values stay in memory while their table is classified and
/// reach neither the draft, its comments nor a log (detection keeps counts).
package struct PolicyDrafter {
    /// The most rows read per table.
    package var sampleLimit: Int
    /// Told of each table as its sample is read: (table, position from 1, table count).
    package var progress: ((String, Int, Int) -> Void)?

    package init(sampleLimit: Int = 1000, progress: ((String, Int, Int) -> Void)? = nil) {
        self.sampleLimit = sampleLimit
        self.progress = progress
    }

    /// Drafts a policy for `url`, checked as `doppel check --source` would check it.
    package func draft(source url: ConnectionURL) throws -> PolicyDraft {
        let source = try DatabaseOpener.openSource(url)
        let schema = try source.introspect(countingRows: false)
        var draft = try draft(schema: schema, source: source, describedAs: url.description)
        try check(&draft, schema: schema, source: source)
        return draft
    }

    /// The draft before checking: every table's columns classified from their names and a sample.
    func draft(schema: Schema, source: any SourceDatabase, describedAs name: String) throws -> PolicyDraft {
        let detector = try PersonalDataDetector.standard()
        let referenced = Self.referencedColumns(in: schema)
        var tables: [PolicyDraft.TableDraft] = []
        for (position, table) in schema.tables.enumerated() {
            progress?(table.name, position + 1, schema.tables.count)
            tables.append(try draft(table, schema: schema, source: source, detector: detector, referenced: referenced))
        }
        return PolicyDraft(tables: tables, source: name, sampleLimit: sampleLimit, seed: UInt64.random(in: 1...UInt64(Int64.max)))
    }

    /// One table's draft from its names and a sample of at most ``sampleLimit`` rows.
    /// - Parameter referenced: ``referencedColumns(in:)`` of the schema.
    func draft(
        _ table: Table, schema: Schema, source: any SourceDatabase, detector: PersonalDataDetector, referenced: [String: [String]]
    ) throws -> PolicyDraft.TableDraft {
        let sample = try TableSample(of: table, from: source, limit: sampleLimit)
        let inherited = schema.inheritedColumns(of: table)
        let unique = Set(table.uniqueKeys.filter { $0.count == 1 }.flatMap { $0 })
            .union(table.indexes.filter { $0.isUnique && $0.columns.count == 1 }.flatMap(\.columns))
        var columns: [PolicyDraft.ColumnDraft] = []
        for (index, column) in sample.columns.enumerated() {
            if let parent = inherited[column.name] {
                columns.append(.init(name: column.name, detection: nil, candidates: [], inheritedFrom: parent, keyNote: nil))
                continue
            }
            let detection = detector.detect(ColumnDescription(table: table.name, column: column, siblings: table.columns.map(\.name)), values: sample.values(at: index), sampleLimit: sampleLimit)
            let isKey = table.primaryKey.contains(column.name)
            let referencedBy = referenced["\(table.name).\(column.name)"] ?? []
            let candidates = DraftedEntry.candidates(
                for: detection.kind, isReferenced: !referencedBy.isEmpty, isKey: isKey,
                isUnique: table.primaryKey == [column.name] || unique.contains(column.name), listedValue: Self.listedValue(of: column, in: table))
            var notes: [String] = []
            if isKey { notes.append(table.primaryKey.count == 1 ? "primary key" : "part of the primary key") }
            if !referencedBy.isEmpty { notes.append("referenced by " + referencedBy.prefix(3).joined(separator: ", ") + (referencedBy.count > 3 ? ", …" : "")) }
            columns.append(.init(
                name: column.name, detection: detection, candidates: candidates, inheritedFrom: nil,
                keyNote: notes.isEmpty ? nil : notes.joined(separator: ", ")))
        }
        return .init(name: table.name, sampledRows: sample.rows.count, columns: columns)
    }

    /// Runs `doppel check` on the draft; each column the check refuses moves to its next candidate, until the
    /// check passes or no refused column has a candidate left. The diagnostics of the last check stay in the draft.
    func check(_ draft: inout PolicyDraft, schema: Schema, source: any SourceDatabase) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("doppel-init-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("policy.yaml").path
        for _ in 0..<8 {
            let text = PolicyDraftText(draft)
            try text.text.write(toFile: path, atomically: true, encoding: .utf8)
            let diagnostics = try PolicyCheck.diagnostics(policyPath: path, schema: schema, source: source, target: nil)
            draft.diagnostics = diagnostics.map { diagnostic in
                var renamed = diagnostic
                renamed.location?.file = "the draft"
                return renamed
            }
            var moved = false
            for diagnostic in diagnostics where diagnostic.severity == .error {
                guard let line = diagnostic.location?.line, let place = text.columnAtLine[line] else { continue }
                let column = draft.tables[place.table].columns[place.column]
                if column.chosen + 1 < column.candidates.count {
                    draft.tables[place.table].columns[place.column].chosen += 1
                    moved = true
                }
            }
            if !moved { return }
        }
    }

    /// The first value a CHECK `IN (…)` of `table` allows `column`, as text (`'M'` → `M`, `1` → `1`).
    static func listedValue(of column: Column, in table: Table) -> String? {
        switch ColumnChecks(column: column, table: table).allowedValues?.values.first {
        case .text(let text): return text
        case .number(let number): return number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        case nil: return nil
        }
    }

    /// `table.column` → the `child.column`s that reference it.
    static func referencedColumns(in schema: Schema) -> [String: [String]] {
        var referenced: [String: [String]] = [:]
        for child in schema.tables {
            for key in child.foreignKeys {
                guard let parent = schema.table(named: key.referencedTable) else { continue }
                for (column, parentColumn) in zip(key.columns, parent.referencedColumns(of: key)) {
                    referenced["\(parent.name).\(parentColumn)", default: []].append("\(child.name).\(column)")
                }
            }
        }
        return referenced
    }
}
