import DoppelCore
import DoppelPolicy
import DoppelMasking

/// Each written column's rule made ready for one table: what `clone` applies and what `check` sets up to
/// find a rule that cannot apply (a `null` on a NOT NULL column) before anything is written.
enum ColumnTransforms {
    /// `fakes` is the run's: every table's `fake` rules share it (unique fakes, source values to avoid).
    /// A rule that needs its column's range finds it in the step (``ClonePlan/readingRanges(from:)``); a plan
    /// made without a source sets the rule up without it.
    /// - Throws: ``PolicyProblems`` at the rule's place when a rule cannot apply to its column.
    static func make(for step: TableStep, seed: UInt64, secret: Secret, fakes: FakeRegistry = FakeRegistry()) throws -> [any ValueTransform] {
        let indexes = Dictionary(uniqueKeysWithValues: step.columns.enumerated().map { ($0.element.column.name, $0.offset) })
        var problems: [PolicyDiagnostic] = []
        let transforms = try step.columns.map { columnStep -> (any ValueTransform)? in
            let rule = columnStep.rule
            let context = Self.context(for: columnStep, of: step, seed: seed, secret: secret, fakes: fakes, indexes: indexes)
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

    /// What a column's rule is set up with.
    static func context(
        for columnStep: ColumnStep, of step: TableStep, seed: UInt64, secret: Secret, fakes: FakeRegistry, indexes: [String: Int]? = nil
    ) -> RuleContext {
        RuleContext(
            table: step.table, column: columnStep.column, policy: columnStep.policy, seed: seed, secret: secret,
            columnIndexes: indexes ?? Dictionary(uniqueKeysWithValues: step.columns.enumerated().map { ($0.element.column.name, $0.offset) }),
            range: columnStep.range.map { (min: $0.min, max: $0.max) }, fakes: fakes,
            siblings: Dictionary(step.columns.map { ($0.column.name, $0.policy) }, uniquingKeysWith: { first, _ in first }))
    }
}
