import DoppelCore
import DoppelPolicy
import DoppelMasking

/// Each written column's rule made ready for one table: what `clone` applies and what `check` sets up to
/// find a rule that cannot apply (a `null` on a NOT NULL column) before anything is written.
enum ColumnTransforms {
    /// - Parameter source: where a rule that needs the column's range (a date of birth's fake) reads it;
    ///   without one, the rule is set up without it.
    /// - Throws: ``PolicyProblems`` at the rule's place when a rule cannot apply to its column.
    static func make(for step: TableStep, policy: Policy, secret: Secret, source: (any SourceDatabase)?) throws -> [any ValueTransform] {
        let indexes = Dictionary(uniqueKeysWithValues: step.columns.enumerated().map { ($0.element.column.name, $0.offset) })
        var problems: [PolicyDiagnostic] = []
        let transforms = try step.columns.map { columnStep -> (any ValueTransform)? in
            let rule = columnStep.rule
            var range: (min: Value, max: Value)?
            if rule.needsRange(columnStep.policy), let source {
                let column = source.dialect.quote(columnStep.column.name)
                if let row = try source.queryOne(unsafeSQL: "SELECT min(\(column)), max(\(column)) FROM \(source.dialect.from(table: step.table))"), row.count == 2 {
                    range = (row[0], row[1])
                }
            }
            let context = RuleContext(
                table: step.table, column: columnStep.column, policy: columnStep.policy, seed: policy.seed, secret: secret,
                columnIndexes: indexes, range: range)
            do {
                return try rule.transform(for: context)
            } catch let error as RuleSetupError {
                problems.append(PolicyDiagnostic(.error, error.message, at: columnStep.policy.ruleLocation))
                return nil
            }
        }
        guard problems.isEmpty else { throw PolicyProblems(problems) }
        return transforms.compactMap { $0 }
    }
}
