import DoppelCore
import DoppelDetection
import DoppelPolicy
import Foundation

/// The YAML of a ``PolicyDraft``, with a comment on every column saying why it got its rule, and the line
/// each column's entry is on (so a diagnostic of `doppel check` leads back to the column).
struct PolicyDraftText {
    /// The policy file's text.
    let text: String
    /// The 1-based line of each column's entry: (table index, column index).
    let columnAtLine: [Int: (table: Int, column: Int)]

    init(_ draft: PolicyDraft) {
        var lines: [String] = [
            "# Drafted by `doppel init` from \(draft.source).",
            "# Detection read at most \(draft.sampleLimit) rows per table, offline, and kept counts, never values.",
            "# Review every `pii:` line, then run `doppel check --policy FILE --source URL` before each clone.",
            "version: 1",
            "seed: \(draft.seed)",
            "secret: env:DOPPEL_SECRET",
            "unlisted: fail",
            "",
            draft.tables.isEmpty ? "tables: {}" : "tables:",
        ]
        var columnAtLine: [Int: (table: Int, column: Int)] = [:]
        for (tableIndex, table) in draft.tables.enumerated() {
            let first = lines.count
            let block = Self.tableLines(table, indent: 2)
            lines += block.lines
            for (offset, columnIndex) in block.columnAtOffset { columnAtLine[first + offset + 1] = (tableIndex, columnIndex) }
        }
        text = lines.joined(separator: "\n") + "\n"
        self.columnAtLine = columnAtLine
    }

    /// One table's block, its key indented by `indent` spaces, and the offset of each column's entry line.
    static func tableLines(_ table: PolicyDraft.TableDraft, indent: Int) -> (lines: [String], columnAtOffset: [Int: Int]) {
        let margin = String(repeating: " ", count: indent)
        let sampled = table.sampledRows == 0 ? "no rows sampled: decided by names" : "\(table.sampledRows) row(s) sampled"
        var lines = ["\(margin)\(key(table.name)):\(pad(indent + key(table.name).count + 1))# \(sampled)"]
        let written = table.columns.filter { $0.inheritedFrom == nil }
        lines.append(margin + (written.isEmpty ? "  columns: {}" : "  columns:"))
        var columnAtOffset: [Int: Int] = [:]
        for (columnIndex, column) in table.columns.enumerated() {
            if let parent = column.inheritedFrom {
                lines.append("\(margin)    # \(key(column.name)): references \(parent) and inherits its rule")
                continue
            }
            lines.append(columnLine(column, indent: indent + 4))
            columnAtOffset[lines.count - 1] = columnIndex
        }
        return (lines, columnAtOffset)
    }

    /// A column's entry line with its comment, indented by `indent` spaces.
    static func columnLine(_ column: PolicyDraft.ColumnDraft, indent: Int) -> String {
        let head = String(repeating: " ", count: indent) + "\(key(column.name)): \(column.entry.yaml)"
        return head + pad(head.count) + "# " + comment(for: column)
    }

    /// Why the column got its entry: the key's role, the detection's verdict and reason, and a fallback taken.
    static func comment(for column: PolicyDraft.ColumnDraft) -> String {
        var parts: [String] = []
        if let note = column.keyNote { parts.append(note) }
        if let detection = column.detection {
            if let kind = detection.kind {
                parts.append("\(kind.rawValue) (confidence \(String(format: "%.2f", detection.confidence))): \(detection.reason)")
            } else {
                parts.append("not personal: \(detection.reason)")
            }
        }
        if column.chosen > 0 { parts.append("`\(column.candidates[0].rule)` did not pass `doppel check` here") }
        return parts.joined(separator: "; ")
    }

    /// A name as a YAML key: plain when it is a simple identifier, else double-quoted.
    static func key(_ name: String) -> String {
        let simple = name.first.map { $0.isLetter || $0 == "_" } ?? false
            && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "." || $0 == "-") }
        let reserved = ["true", "false", "null", "yes", "no", "on", "off", "y", "n", "~"].contains(name.lowercased())
        if simple && !reserved { return name }
        var quoted = "\""
        for scalar in name.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            case "\t": quoted += "\\t"
            default:
                if scalar.value < 0x20 { quoted += String(format: "\\x%02X", scalar.value) } else { quoted.unicodeScalars.append(scalar) }
            }
        }
        return quoted + "\""
    }

    /// Spaces that bring a line of `length` characters to the comment column (at least two).
    static func pad(_ length: Int) -> String {
        String(repeating: " ", count: max(2, 56 - length))
    }
}
