import DoppelCore
package import DoppelPolicy

/// `shift`: moves dates by a keyed offset of up to ±`days` days, the same offset for every shifted
/// column of a row (or of an entity, with `by:`), so intervals within a row or entity survive.
package enum ShiftRule: Rule {
    package static let descriptor = RuleDescriptor(
        name: "shift",
        summary: "Moves dates and timestamps by a keyed, non-zero offset within ±`days` days. Every shifted column of one row moves by the same offset; with `by: COLUMN` every row with the same value there (one customer, say) moves together, so durations survive. In a primary or unique key it takes `by:` naming another column of every such key: one entity's dates all move by one offset, so its distinct dates stay distinct, and rows of different entities differ in the `by` column.",
        parameters: [
            .init("days", .integer(1...36500), summary: "the largest shift in days (default 30)"),
            .init("by", .column, summary: "a column naming the entity whose dates move together (default: the row)"),
        ],
        acceptedTypes: ["date", "timestamp", "text", "integer", "any"],
        properties: .init(deterministic: true, keyed: true, injective: false, preservesFormat: true, supportsUnique: false),
        example: "hire_date: { rule: shift, days: 60, by: employee_id }",
        // Within one value of `by`, every row moves by the same offset: a translation, so injective. A key
        // (employee_id, hired_on) therefore stays unique: equal employee ids had distinct dates, and still have.
        checkColumn: { entry, column, table in ColumnChecks.listedValuesProblem(entry, rule: entry.rule, column: column, table: table) },
        injectiveWithin: { entry in entry.parameters["by"].map { [$0.text] } ?? [] })

    package static func needsRowIdentity(_ policy: ColumnPolicy) -> Bool {
        policy.parameters["by"] == nil
    }

    package static func make(_ context: RuleContext) throws -> any ValueTransform {
        let days = context.policy.parameters["days"]?.integer ?? 30
        var byIndex: Int?
        if let by = context.parameter("by") {
            byIndex = try context.columnIndex(named: by, forParameter: "by")
        }
        return Transform(
            maximum: days, byIndex: byIndex, hasher: SipHash(key: context.secret.derivedWords(for: "shift:\(context.seed)")))
    }

    static let notADate = "not a date of the form YYYY-MM-DD (with an optional time) or Unix seconds, so `shift` cannot move it"

    struct Transform: ValueTransform {
        let maximum: Int
        let byIndex: Int?
        let hasher: SipHash

        /// A non-zero offset in -maximum...maximum, from the row's (or entity's) identity.
        func offset(for row: RowContext) -> Int {
            let tag = byIndex.map { hasher.hash(row.values[$0]) } ?? hasher.hash(row.identity)
            let magnitude = 1 + Int(tag % UInt64(maximum))
            return (tag >> 63) == 0 ? magnitude : -magnitude
        }

        func apply(_ value: Value, row: RowContext) throws -> Value {
            switch value {
            case .text(let text):
                guard var parsed = TemporalText(text) else { throw UnreadableValue(ShiftRule.notADate) }
                parsed.date = CivilDate(daysSinceEpoch: parsed.date.daysSinceEpoch + offset(for: row))
                return .text(parsed.text)
            case .integer(let seconds):
                return .integer(seconds + Int64(offset(for: row)) * 86_400)
            case .null:
                return .null
            default:
                throw UnreadableValue(ShiftRule.notADate)
            }
        }
    }
}
