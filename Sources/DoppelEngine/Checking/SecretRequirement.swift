import DoppelCore
import DoppelPolicy
import DoppelMasking

/// Which columns of a plan need the secret: those of copied tables whose rule (their own or the one
/// they inherit through a foreign key) is keyed: pseudonymize, fake, hash, shift… A plan without any
/// runs with no secret at all.
enum SecretRequirement {
    /// `table.column` and rule of every written column whose rule reads the secret.
    static func keyedColumns(of plan: ClonePlan) -> [(column: String, rule: String)] {
        plan.steps.filter { $0.mode == .mask }.flatMap { step in
            step.columns.compactMap { column in
                guard column.rule.descriptor.properties.keyed else { return nil }
                return ("\(step.table.name).\(column.column.name)", column.ruleName)
            }
        }
    }

    /// An error when a rule needs the secret and the policy names none.
    static func diagnostics(of plan: ClonePlan, policy: Policy) -> [PolicyDiagnostic] {
        let keyed = keyedColumns(of: plan)
        guard policy.secretReference == nil, let first = keyed.first else { return [] }
        let count = keyed.count
        return [PolicyDiagnostic(
            .error, "rule `\(first.rule)` on `\(first.column)`\(count > 1 ? " (and \(count - 1) other column(s))" : "") needs a secret, and \(policy.file) names none",
            at: SourceLocation(file: policy.file, line: 1, column: 1),
            suggestion: "add `secret: env:DOPPEL_SECRET` to \(policy.file) and set DOPPEL_SECRET to at least \(Secret.minimumByteCount) random bytes")]
    }
}
