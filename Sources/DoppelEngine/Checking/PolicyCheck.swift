public import DoppelCore
public import DoppelPolicy
import Foundation
import DoppelConnectors

/// `doppel check`: every problem a clone with this policy would meet that the policy and the schema can
/// show, at once, with file:line:column. It runs what `clone` runs before writing: the policy's
/// validation, the plan (order, filters, cycles) and, with a live source, every query prepared in the
/// source's read-only snapshot.
public enum PolicyCheck {
    /// Checks the policy at `policyPath` against a live source. With `target`, what depends on the target's
    /// engine is checked too (generated columns it cannot compute, objects it cannot express under
    /// `unsupported: fail`); without, those are warnings for a target of the other engine.
    ///
    /// With the source at hand, a column the policy does not cover is suggested the entry `doppel init` drafts for
    /// it; with `scan`, each column the policy keeps is sampled, and one whose values look personal is an error.
    public static func run(policyPath: String, source url: ConnectionURL, target: ConnectionURL? = nil, scan: Bool = false) throws -> [PolicyDiagnostic] {
        let source = try DatabaseOpener.openSource(url)
        let schema = try source.introspect(countingRows: false)
        return try diagnostics(policyPath: policyPath, schema: schema, source: source, target: target, scan: scan)
    }

    /// Checks the policy at `policyPath` against a saved schema (no query can be prepared without the source).
    public static func run(policyPath: String, schema: Schema, target: ConnectionURL? = nil) throws -> [PolicyDiagnostic] {
        try diagnostics(policyPath: policyPath, schema: schema, source: nil, target: target)
    }

    static func diagnostics(
        policyPath: String, schema introspected: Schema, source: (any SourceDatabase)?, target: ConnectionURL?, scan: Bool = false
    ) throws -> [PolicyDiagnostic] {
        let (policy, diagnosed) = LoadedPolicy.diagnose(path: policyPath, schema: introspected)
        let found = try source.map { try DataScan.withDraftedEntries(diagnosed, schema: introspected, source: $0) } ?? diagnosed
        guard let policy, !found.contains(where: { $0.severity == .error }) else { return found }
        let schema = introspected.leavingOut(Set(policy.leaveOut.map(\.label)))
        let dialect = source?.dialect ?? StandardSQLDialect()
        var planned = found
        let plan: ClonePlan
        do {
            plan = try ClonePlanner(schema: schema, policy: policy, dialect: dialect, target: target).plan()
            if !plan.target.refused.isEmpty {
                planned.append(PolicyDiagnostic(
                    .error, "the target cannot express \(plan.target.refused.count) object(s) of the source, and the policy says `unsupported: fail`: "
                        + plan.target.refused.joined(separator: "; "),
                    at: SourceLocation(file: policy.file, line: 1, column: 1), suggestion: "set `unsupported: warn` to leave them out"))
            }
        } catch let problems as PolicyProblems {
            return found + problems.diagnostics
        }
        if target == nil {
            planned += otherEngineWarnings(schema: schema, policy: policy, dialect: dialect)
        }
        // Views and functions are carried between engines of one kind only.
        if target.map({ $0.engine == schema.engine }) ?? true {
            planned += MissingDependencyCheck.diagnostics(introspected: introspected, schema: schema, policy: policy)
        }
        planned += SecretRequirement.diagnostics(of: plan, policy: policy)
        if scan, let source { planned += try DataScan.keptColumnsThatLookPersonal(plan: plan, source: source) }
        guard !planned.contains(where: { $0.severity == .error }) else { return planned }
        let queries = try source.map { try PlanQueryCheck.diagnostics(of: plan, policy: policy, source: $0) } ?? []
        guard queries.isEmpty else { return planned + queries }
        // The rules run as clone runs them: keyed by the policy's secret where it can be read, else by a
        // fixed key (outputs then differ from the clone's, the checks they meet do not).
        let secret = (try? policy.secret()) ?? nil
        let ranged = try source.map { try plan.readingRanges(from: $0) } ?? plan
        return planned + (try RuleOutputCheck.diagnostics(of: ranged, source: source, engine: schema.engine, secret: secret ?? UnkeyedSecret.make()))
    }

    /// What a clone into the other engine would refuse, as warnings: check was given no target.
    static func otherEngineWarnings(schema: Schema, policy: Policy, dialect: any SQLDialect) -> [PolicyDiagnostic] {
        let other: ConnectionURL = schema.engine == "sqlite" ? .postgres("postgres:///other") : .sqlite(path: "other.db")
        do {
            _ = try ClonePlanner(schema: schema, policy: policy, dialect: dialect, target: other).plan()
            return []
        } catch let problems as PolicyProblems {
            return problems.diagnostics.map { diagnostic in
                var warning = diagnostic
                warning.severity = .warning
                warning.message = "into a \(other.engine == "sqlite" ? "SQLite" : "PostgreSQL") target: " + diagnostic.message
                return warning
            }
        } catch {
            return []
        }
    }
}

extension PolicyCheck {
    /// `check --explain`: for every column of `schema`, the entry that decides it and where that entry is
    /// written (the column's own line, a pattern, a default), or that it inherits through a foreign key, or
    /// that nothing covers it.
    public static func explanation(policyPath: String, schema: Schema) -> [String] {
        let (policy, _) = LoadedPolicy.diagnose(path: policyPath, schema: schema)
        guard let policy else { return [] }
        var lines: [String] = []
        for table in schema.tables {
            let tablePolicy = policy.table(named: table.name)
            let mode = tablePolicy?.mode.rawValue ?? (policy.unlisted == .keep ? "mask (unlisted: keep)" : "not covered")
            lines.append("\(table.name): \(mode)\(tablePolicy.map { " (\($0.location))" } ?? "")")
            guard let tablePolicy, tablePolicy.mode == .mask || tablePolicy.mode == .synthesize else { continue }
            let inherited = schema.inheritedColumns(of: table)
            for column in table.storedColumns {
                let described: String
                if let entry = tablePolicy.column(named: column.name) {
                    let rule = entry.pii.map { "\(entry.rule) (pii: \($0.rawValue))" } ?? entry.rule
                    described = "\(rule) ← " + (entry.decidedBy ?? "written at \(entry.location)")
                } else if let parent = inherited[column.name] {
                    described = "inherits the rule of \(parent)"
                } else {
                    described = policy.unlisted == .keep ? "keep ← unlisted: keep" : "not covered (unlisted: fail stops the run)"
                }
                lines.append("  \(column.name): \(described)")
            }
        }
        return lines
    }
}
