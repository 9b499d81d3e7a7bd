import Foundation

/// `doppel report`'s text form.
package enum FidelityText {
    package static func render(_ report: FidelityReport) -> String {
        func percent(_ value: Double?) -> String { value.map { String(format: "%5.1f %%", $0 * 100) } ?? "    n/a" }
        func count(_ name: String) -> Int { report.details[name]?.filter { $0.score != nil }.count ?? 0 }
        var lines = [
            "Quality (SDMetrics QualityReport definitions)",
            "  overall              \(percent(report.overall))",
            "  column shapes        \(percent(report.columnShapes))   \(count("Column Shapes")) columns",
            "  column pair trends   \(percent(report.columnPairTrends))   \(count("Column Pair Trends")) related pairs",
            "  cardinality          \(percent(report.cardinality))   \(count("Cardinality")) relationships",
            "  intertable trends    \(percent(report.intertableTrends))   \(count("Intertable Trends")) related pairs",
        ]
        let orphans = report.orphans.values.reduce(0, +)
        lines.append("Referential validity: \(orphans) orphaned references" + (orphans == 0 ? "" : " (" + report.orphans.filter { $0.value > 0 }.map { "\($0.key): \($0.value)" }.sorted().joined(separator: ", ") + ")"))
        lines.append(String(format: "Privacy: %.2f %% of the copy's rows equal a source row in every column besides keys", report.copiedRowFraction * 100))
        for (table, copied) in report.copiedRows.sorted(by: { $0.key < $1.key }) where copied.copied > 0 {
            lines.append(String(format: "  %@: %d of %d rows (the source holds %d distinct rows in those columns)", table, copied.copied, copied.rows, copied.distinctSourceRows))
        }
        let worst = (report.details["Column Shapes"] ?? []).filter { $0.score != nil }.sorted { ($0.score ?? 0) < ($1.score ?? 0) }.prefix(5)
        if !worst.isEmpty {
            lines.append("Least similar columns:")
            for detail in worst { lines.append(String(format: "  %@.%@ %@ %.3f", detail.table, detail.columns[0], detail.metric, detail.score ?? 0)) }
        }
        return lines.joined(separator: "\n")
    }
}
