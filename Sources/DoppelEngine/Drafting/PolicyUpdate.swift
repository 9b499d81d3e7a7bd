import DoppelConnectors
package import DoppelCore
import DoppelPolicy
import Foundation

/// `doppel init --update FILE`: brings a policy up to date with its source for a nightly refresh, editing the
/// file's text in place so every hand edit and comment stays. Columns and tables the source gained get the
/// entries `doppel init` drafts (under their table's columns, or as a new table block at the end of
/// `tables:`); entries the source no longer has are marked with a comment above them, for a person to remove.
package struct PolicyUpdate {
    /// The file's new text.
    package var text: String
    /// `table.column` of each entry added.
    package var added: [String] = []
    /// Tables added as a whole.
    package var addedTables: [String] = []
    /// Entries marked because the source no longer has them (`table` or `table.column`).
    package var dropped: [String] = []
    /// Entries that could not be placed in the file's layout (a table written in flow style), with the line to add by hand.
    package var notPlaced: [String] = []

    /// Whether the update changes nothing.
    package var isEmpty: Bool { added.isEmpty && addedTables.isEmpty && dropped.isEmpty && notPlaced.isEmpty }

    static let droppedMark = "# doppel init --update:"

    /// The update of the policy at `path` against the source at `url`, drafting with `drafter`.
    package static func make(policyPath path: String, source url: ConnectionURL, drafter: PolicyDrafter) throws -> PolicyUpdate {
        guard let data = FileManager.default.contents(atPath: path), let original = String(data: data, encoding: .utf8) else {
            throw UsageError("cannot read the policy \(path); --update takes a policy file written before (by `doppel init --out` or by hand)")
        }
        let (loaded, diagnostics) = PolicyLoader().load(text: original, file: path)
        guard let policy = loaded, !diagnostics.contains(where: { $0.severity == .error }) else { throw PolicyProblems(diagnostics) }
        let source = try DatabaseOpener.openSource(url)
        let schema = try source.introspect(countingRows: false)
        let (covered, _) = PolicyExpansion.expand(policy, schema: schema)
        let draft = try drafter.draft(schema: schema, source: source, describedAs: url.description)

        var lines = original.components(separatedBy: "\n")
        var update = PolicyUpdate(text: original)
        var insertions: [(after: Int, lines: [String])] = []  // 1-based line numbers
        var marks: [(before: Int, line: String)] = []

        for table in draft.tables {
            let own = policy.table(named: table.name).flatMap { $0.location.file == path ? $0 : nil }
            guard let coveredTable = covered.table(named: table.name) else {
                guard policy.unlisted == .fail else { continue }
                // A table the source gained: a block after the file's last table.
                if let last = policy.tables.filter({ $0.location.file == path }).max(by: { $0.location.line < $1.location.line }) {
                    let indent = last.location.column - 1
                    let end = blockEnd(after: last.location.line, indent: indent, in: lines)
                    insertions.append((end, PolicyDraftText.tableLines(table, indent: indent).lines))
                    update.addedTables.append(table.name)
                } else {
                    update.notPlaced.append("table \(table.name): the file lists no table to place it after; `doppel init` drafts it")
                }
                continue
            }
            guard coveredTable.mode == .mask else { continue }
            let missing = table.columns.filter { $0.inheritedFrom == nil && coveredTable.column(named: $0.name) == nil }
            guard !missing.isEmpty else { continue }
            let written = own?.columns.filter { $0.location.file == path } ?? []
            // Columns written in block style, one key a line: the last one's key starts its line. In flow style
            // (`columns: { id: keep }`) nothing is edited; the entries are listed to add by hand.
            guard let last = written.max(by: { $0.location.line < $1.location.line }),
                  lines[last.location.line - 1].prefix(while: { $0 == " " }).count == last.location.column - 1
            else {
                update.notPlaced += missing.map { "\(table.name).\($0.name): add `\(PolicyDraftText.key($0.name)): \($0.entry.yaml)` under its columns" }
                continue
            }
            let indent = last.location.column - 1
            let end = blockEnd(after: last.location.line, indent: indent, in: lines)
            insertions.append((end, missing.map { PolicyDraftText.columnLine($0, indent: indent) }))
            update.added += missing.map { "\(table.name).\($0.name)" }
        }

        // Entries the source no longer has, in this file.
        for table in policy.tables where table.location.file == path {
            guard let sourceTable = schema.table(named: table.name) else {
                marks.append((table.location.line, "\(droppedMark) table \(table.name) is no longer in the source; remove this entry"))
                update.dropped.append(table.name)
                continue
            }
            for column in table.columns where column.location.file == path && sourceTable.column(named: column.name) == nil {
                marks.append((column.location.line, "\(droppedMark) column \(table.name).\(column.name) is no longer in the source; remove this entry"))
                update.dropped.append("\(table.name).\(column.name)")
            }
        }

        // Edits from the bottom up, so earlier line numbers stay valid; a mark already there is not repeated.
        var edits: [(line: Int, order: Int, apply: (inout [String]) -> Void)] = []
        for insertion in insertions {
            edits.append((insertion.after, 1, { $0.insert(contentsOf: insertion.lines, at: insertion.after) }))
        }
        for mark in marks {
            let indent = String(lines[mark.before - 1].prefix { $0 == " " })
            if mark.before >= 2, lines[mark.before - 2].trimmingCharacters(in: .whitespaces).hasPrefix(droppedMark) { continue }
            edits.append((mark.before - 1, 0, { $0.insert(indent + mark.line, at: mark.before - 1) }))
        }
        for edit in edits.sorted(by: { ($0.line, $0.order) > ($1.line, $1.order) }) { edit.apply(&lines) }
        update.text = lines.joined(separator: "\n")
        return update
    }

    /// The last line (1-based) of the block whose key is at `line` with `indent` spaces: the lines after it that
    /// are indented deeper (or blank, when deeper lines follow them).
    static func blockEnd(after line: Int, indent: Int, in lines: [String]) -> Int {
        var end = line
        var index = line  // 0-based index of the line after `line`
        while index < lines.count {
            let text = lines[index]
            if text.trimmingCharacters(in: .whitespaces).isEmpty {
                index += 1
                continue
            }
            let depth = text.prefix { $0 == " " }.count
            guard depth > indent else { break }
            end = index + 1
            index += 1
        }
        return end
    }
}
