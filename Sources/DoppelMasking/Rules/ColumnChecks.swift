package import DoppelCore
import DoppelPolicy

/// What a table's CHECK constraints say about one column, as far as ``CheckCondition`` reads them: a
/// length (`length(code) <= 3`) rules fit like a `varchar(n)`, and a list of allowed values
/// (`status IN ('a','b')`) that no rule inventing values can promise to meet.
package struct ColumnChecks {
    /// The fewest characters any CHECK allows, if one bounds the length.
    var maxLength: Int?
    /// The values an `IN (…)` CHECK allows, with the CHECK's text.
    package var allowedValues: (values: [CheckCondition.Literal], expression: String)?

    package init(column: Column, table: Table) {
        let name = column.name.lowercased()
        for check in table.checks {
            for condition in CheckCondition.parse(check.expression) ?? [] {
                switch condition {
                case .lengthAtMost(let other, let length) where other.lowercased() == name:
                    maxLength = min(maxLength ?? .max, length)
                case .inList(let other, let values) where other.lowercased() == name:
                    allowedValues = (values, check.expression)
                default: continue
                }
            }
        }
    }

    /// The most characters a value may have: the declared type's and the CHECKs' limit, whichever is smaller.
    static func maxLength(of column: Column, in table: Table) -> Int? {
        let checked = ColumnChecks(column: column, table: table).maxLength
        switch (column.limits.maxCharacters, checked) {
        case (let declared?, let checked?): return min(declared, checked)
        case (let declared, let checked): return declared ?? checked
        }
    }

    /// An error when the column only takes listed values and `rule` invents new ones.
    static func listedValuesProblem(_ entry: ColumnPolicy, rule: String, column: Column, table: Table) -> [PolicyDiagnostic] {
        guard let allowed = ColumnChecks(column: column, table: table).allowedValues else { return [] }
        return [PolicyDiagnostic(
            .error, "`\(table.name).\(column.name)` takes only the values its CHECK (\(allowed.expression)) lists, and rule `\(rule)` writes others", at: entry.ruleLocation,
            suggestion: "use `keep`, `null`, or `constant` with a listed value")]
    }
}
