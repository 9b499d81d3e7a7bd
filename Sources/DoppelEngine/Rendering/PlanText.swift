import DoppelCore
import DoppelPolicy

/// `doppel clone --dry-run`: the plan, table by table, in the order it would be written.
public enum PlanText {
    /// The plan, table by table, as `doppel clone --dry-run` shows it; `skipped` are tables left out.
    public static func render(_ plan: ClonePlan, skipped: [String]) -> String {
        var lines = ["Plan (nothing written): \(plan.steps.count) tables, parents before children"] + SubsetText.header(plan)
        for (number, step) in plan.steps.enumerated() {
            let rows = step.sourceRows.map { "\($0) rows in source" } ?? "rows unknown"
            lines.append("")
            lines.append("\(number + 1). \(step.table.name)  mode: \(step.mode.rawValue)  (\(rows))")
            for reason in step.filterReasons { lines.append("   filter: \(reason)") }
            lines += SubsetText.lines(for: step, in: plan)
            guard step.mode == .mask else { continue }
            for column in step.columns {
                let inherited = column.inheritedFrom.map { "  (inherited from \($0))" } ?? ""
                var parameters = column.policy.parameters.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value.text)" }
                if column.policy.unique { parameters.append("unique") }
                let details = parameters.isEmpty ? "" : " {" + parameters.joined(separator: ", ") + "}"
                lines.append("   \(column.column.name): \(column.ruleName)\(details)\(inherited)")
            }
        }
        if !skipped.isEmpty {
            lines.append("")
            lines.append("skipped: " + skipped.joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }
}
