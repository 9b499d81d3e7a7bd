import Foundation
import DoppelCore

/// The one-screen summary at the end of a clone.
public enum SummaryText {
    /// Unverified foreign keys listed one per line, at most this many (`--summary-json` has them all).
    static let listedUnverifiedKeys = 20

    /// The end-of-run screen for a clone or a synthesis.
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
        lines.append(contentsOf: verificationLines(summary))
        return lines.joined(separator: "\n")
    }

    /// What the clone verified, measured against the source's foreign keys; a check that did not run says so.
    static func verificationLines(_ summary: CloneSummary) -> [String] {
        let sqlite = summary.target.hasPrefix("sqlite:")
        let total = summary.foreignKeysVerified + summary.foreignKeysUnverified.count
        var keys: String
        if total == 0 {
            keys = "foreign keys: the source declares none on the cloned tables"
        } else if sqlite {
            keys = "foreign keys: \(summary.foreignKeysVerified) of \(total) declared by the source verified in the clone by foreign_key_check "
                + "(\(summary.foreignKeyViolations) violations)"
        } else {
            keys = "foreign keys: \(summary.foreignKeysVerified) of \(total) declared by the source validated by the server as each was added"
        }
        let integrity = sqlite ? "integrity_check: \(summary.integrity ?? "not run")" : "integrity check: \(summary.integrity ?? "not run (PostgreSQL has none)")"
        keys += "; " + integrity
        if !sqlite { keys += "; swapped in one transaction" }
        var lines = [keys]
        for key in summary.foreignKeysUnverified.prefix(listedUnverifiedKeys) {
            lines.append("  not verified: \(key)")
        }
        if summary.foreignKeysUnverified.count > listedUnverifiedKeys {
            lines.append("  … and \(summary.foreignKeysUnverified.count - listedUnverifiedKeys) more not verified (all of them are in --summary-json)")
        }
        return lines
    }
}
