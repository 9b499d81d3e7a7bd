import DoppelCore
import DoppelPolicy
import DoppelSynthesis
import Foundation

/// `doppel check`: every problem a clone with this policy would meet that the policy and the schema can
/// show, at once, with file:line:column. It runs what `clone` runs before writing: the policy's
/// validation, the plan (order, filters, cycles) and, with a live source, every query prepared in the
/// source's read-only snapshot.
public enum PolicyCheck {
    /// Checks the policy at `policyPath` against a live source.
    public static func run(policyPath: String, source url: ConnectionURL) throws -> [PolicyDiagnostic] {
        let source = try DatabaseOpener.openSource(url)
        let schema = try source.introspect(countingRows: false)
        return try diagnostics(policyPath: policyPath, schema: schema, source: source)
    }

    /// Checks the policy at `policyPath` against a saved schema (no query can be prepared without the source).
    public static func run(policyPath: String, schema: Schema) throws -> [PolicyDiagnostic] {
        try diagnostics(policyPath: policyPath, schema: schema, source: nil)
    }

    static func diagnostics(policyPath: String, schema: Schema, source: (any SourceDatabase)?) throws -> [PolicyDiagnostic] {
        let (policy, found) = LoadedPolicy.diagnose(path: policyPath, schema: schema)
        guard let policy, !found.contains(where: { $0.severity == .error }) else { return found }
        let plan: ClonePlan
        do {
            plan = try ClonePlanner(schema: schema, policy: policy, dialect: source?.dialect ?? StandardSQLDialect()).plan()
        } catch let problems as PolicyProblems {
            return found + problems.diagnostics
        }
        let planned = found + SecretRequirement.diagnostics(of: plan, policy: policy)
        guard let source else { return planned }
        return planned + (try PlanQueryCheck.diagnostics(of: plan, policy: policy, source: source))
    }
}
