import DoppelCore
import DoppelPolicy

/// Prepares every query of a plan against the source, inside its read-only snapshot and without reading
/// a row, so a `where` that does not run there is reported at its place before anything is written.
/// `doppel check --source` and `doppel clone` share it.
enum PlanQueryCheck {
    /// One diagnostic per table whose query the source refuses because of its `where`.
    /// - Throws: what the source refuses in a query without a `where` (a damaged table, lost privileges).
    static func diagnostics(of plan: ClonePlan, policy: Policy, source: any SourceDatabase) throws -> [PolicyDiagnostic] {
        var problems: [PolicyDiagnostic] = []
        for step in plan.steps where step.mode == .mask {
            do {
                try source.validate(unsafeSQL: step.selectSQL)
            } catch {
                let reason = (error as? any DatabaseEngineError)?.message ?? "\(error)"
                let tablePolicy = policy.table(named: step.table.name)
                if let start = policy.subset?.start(of: step.table.name), start.whereSQL != nil {
                    problems.append(PolicyDiagnostic(
                        .error, "the start point `\(step.table.name)` of `subset` does not run on the source: \(reason)", at: start.location,
                        suggestion: "write it in the source's SQL, naming columns of `\(step.table.name)`"))
                    continue
                }
                guard let location = tablePolicy?.whereLocation else {
                    throw RunError("cannot read table \(step.table.name): \(reason)")
                }
                // The `where` itself, or a parent's whose conditions this table's query repeats.
                problems.append(PolicyDiagnostic(
                    .error, "the `where` of `\(step.table.name)` does not run on the source: \(reason)", at: location,
                    suggestion: "write it in the source's SQL, naming columns of `\(step.table.name)`"))
            }
        }
        return problems
    }
}
