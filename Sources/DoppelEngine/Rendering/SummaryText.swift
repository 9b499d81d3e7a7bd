import Foundation

/// The one-screen summary at the end of a clone.
public enum SummaryText {
    public static func render(_ summary: CloneSummary) -> String {
        var lines = [(summary.source.hasPrefix("model ") ? "Synthesized from " : "Cloned ") + "\(summary.source) → \(summary.target)"]
        let width = max(summary.tables.map(\.table.count).max() ?? 5, 5)
        lines.append("  " + "table".padding(toLength: width, withPad: " ", startingAt: 0) + "  mode        rows       seconds")
        for table in summary.tables {
            lines.append("  " + table.table.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                + table.mode.padding(toLength: 10, withPad: " ", startingAt: 0) + "  "
                + String(table.rowsWritten).padding(toLength: 9, withPad: " ", startingAt: 0) + "  "
                + String(format: "%.2f", table.seconds))
        }
        if !summary.skippedTables.isEmpty { lines.append("  skipped: " + summary.skippedTables.joined(separator: ", ")) }
        let memory = summary.peakMemoryBytes.map { String(format: ", peak memory %.0f MB", Double($0) / 1_048_576) } ?? ""
        lines.append(String(format: "%lld rows in %.2f s (%.0f rows/s)", summary.rowsWritten, summary.seconds, summary.rowsPerSecond) + memory)
        if summary.target.hasPrefix("sqlite:") {
            lines.append("foreign_key_check: \(summary.foreignKeyViolations) violations, integrity_check: \(summary.integrity)")
        } else {
            lines.append("every key, foreign key and CHECK validated by the server as it was added; swapped in one transaction")
        }
        return lines.joined(separator: "\n")
    }
}
