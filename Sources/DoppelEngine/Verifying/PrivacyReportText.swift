import Foundation
import DoppelFakers
import DoppelPolicy

/// `doppel verify`'s text: one line per personal column, then the verdict.
public enum PrivacyReportText {
    /// The report as a person reads it; counts only.
    public static func render(_ report: PrivacyReport) -> String {
        var lines = ["Privacy check of the clone: \(report.columns.count) personal column(s), \(report.cellsScanned) text cell(s) searched for high-entropy values"]
        for finding in report.columns {
            var parts: [String] = []
            if let kept = finding.keptOwnValue {
                parts.append(kept == 0 ? "no row kept its value" : "\(kept) row(s) KEPT their own value")
            } else if let note = finding.ownRowNote {
                parts.append("own rows not matched (\(note))")
            }
            var equal = "\(finding.equalToASourceValue) of \(finding.cloneValues) value(s) equal a source value of the column"
            if let expected = finding.expectedByChance {
                equal += String(format: " (%.0f expected by chance from the fake's list)", expected)
            } else if finding.rule == "fake", let kind = FakeKind(pii: finding.kind.rawValue), PrivacyVerifier.placeKinds.contains(kind) {
                equal += " (fake places are drawn in the source row's own country, so they meet source places by design; not estimated)"
            }
            parts.append(equal)
            if let found = finding.foundInClone {
                parts.append(found == 0 ? "found nowhere else in the clone" : "found in \(found) clone cell(s) (\(finding.foundIn.joined(separator: ", ")))")
            }
            let verdict = finding.leaks ? "LEAK" : (finding.keptOwnValue ?? 0) > 0 ? "kept" : "ok"
            lines.append("  \(verdict.padding(toLength: 4, withPad: " ", startingAt: 0)) \(finding.column) [\(finding.kind.rawValue), \(finding.rule)]: " + parts.joined(separator: "; "))
        }
        for note in report.notChecked { lines.append("  not checked: \(note)") }
        let kept = report.columns.filter { $0.keptByPolicy && !$0.leaks && ($0.keptOwnValue ?? 0) > 0 }.count
        if kept > 0 { lines.append("(\(kept) column(s) marked `kept`: the policy keeps them as they are, by its `rule: keep`)") }
        lines.append(report.passed
            ? "passed: no row kept its personal value and no high-entropy source value appears in the clone"
            : "FAILED: personal values of the source are in the clone (counts above; values are never printed)")
        return lines.joined(separator: "\n")
    }
}
