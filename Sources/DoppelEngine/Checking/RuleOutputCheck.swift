import DoppelCore
import DoppelPolicy
import Foundation
import DoppelMasking

/// What only running the rules can show, before anything is written: a rule that cannot apply to its
/// column (set up as `clone` sets it up), and, with a live source, rule outputs that break a CHECK of
/// their table. For the second, a sample of each masked table's rows is read in the source's snapshot,
/// passed through the rules as `clone` would pass it, and the table's CHECKs are evaluated on the results
/// by the source's own engine (so `json_valid(settings)` or `quantity > 0` mean what they mean there).
/// A sample can miss a rare failure; what it finds, `clone` would have met.
enum RuleOutputCheck {
    /// Rows read per table.
    static let sampleRows = 200

    /// - Parameter plan: with its ranges read (``ClonePlan/readingRanges(from:)``) when there is a source.
    static func diagnostics(of plan: ClonePlan, source: (any SourceDatabase)?, engine: String, secret: Secret) throws -> [PolicyDiagnostic] {
        var problems: [PolicyDiagnostic] = []
        for step in plan.steps where step.mode == .mask {
            let transforms: [any ValueTransform]
            do {
                transforms = try ColumnTransforms.make(for: step, seed: plan.seed, secret: secret)
            } catch let found as PolicyProblems {
                problems += found.diagnostics
                continue
            }
            guard let source, step.columns.contains(where: { !$0.keepsSourceValue })
            else { continue }
            problems += try sampledChecks(of: step, transforms: transforms, source: source, engine: engine)
        }
        return problems
    }

    private static func sampledChecks(of step: TableStep, transforms: [any ValueTransform], source: any SourceDatabase, engine: String) throws -> [PolicyDiagnostic] {
        var rows: [[Value]] = []
        var identity: UInt64 = 0
        // A value a rule cannot transform stops clone (unless `on_invalid:` says otherwise): say so at the rule.
        var unreadable: [Int: Int] = [:]
        try source.scan(unsafeSQL: "SELECT * FROM (\(step.selectSQL)) AS doppel_sample LIMIT \(sampleRows)") { row in
            identity += 1
            let context = RowContext(values: row, identity: identity)
            var transformed: [Value] = []
            for (position, (value, transform)) in zip(row, transforms).enumerated() {
                do {
                    transformed.append(try transform.apply(value, row: context))
                } catch is UnreadableValue {
                    unreadable[position, default: 0] += 1
                    transformed.append(.null)
                }
            }
            rows.append(transformed)
        }
        if !unreadable.isEmpty {
            return unreadable.keys.sorted().map { position in
                let column = step.columns[position]
                return PolicyDiagnostic(
                    .error,
                    "rule `\(column.ruleName)` on `\(step.table.name).\(column.column.name)` cannot transform \(unreadable[position] ?? 0) of \(rows.count) sampled values, and a clone never copies them",
                    at: column.policy.ruleLocation, suggestion: "add `on_invalid: null` or `on_invalid: redact` to the column's entry, or choose a rule that reads its values")
            }
        }
        guard !rows.isEmpty else { return [] }
        let dialect = source.dialect
        let names = step.columns.map { dialect.quote($0.column.name) }.joined(separator: ", ")
        let values = rows.map { row in
            "(" + zip(row, step.columns).map { value, column in literal(value, type: column.column.declaredType, engine: engine, dialect: dialect) }.joined(separator: ", ") + ")"
        }.joined(separator: ", ")
        var problems: [PolicyDiagnostic] = []
        // PostgreSQL: each changed column's values must be values of its type (a composite's record, a
        // range, a domain's own checks); the server casts them as COPY would read them.
        if engine == "postgres" {
            for (position, column) in step.columns.enumerated() where !column.keepsSourceValue && !column.column.declaredType.isEmpty {
                let cast = rows.map { "(" + literal($0[position], type: column.column.declaredType, engine: engine, dialect: dialect) + ")" }.joined(separator: ", ")
                do {
                    _ = try guarded(source, engine: engine) { try source.queryOne(unsafeSQL: "SELECT count(*) FROM (VALUES \(cast)) AS doppel_sample (value)") }
                } catch {
                    problems.append(PolicyDiagnostic(
                        .error,
                        "rule `\(column.ruleName)` on `\(step.table.name).\(column.column.name)` gives values that are not valid \(column.column.declaredType) (PostgreSQL refused the sampled rows' values: \(Self.reason(error)))",
                        at: column.policy.ruleLocation,
                        suggestion: "choose a rule that writes values of the column's type (`keep`, `null`, or `constant` with a valid literal)"))
                }
            }
            guard problems.isEmpty else { return problems }
        }
        for check in step.table.checks {
            let expression = checkExpression(check.expression)
            // The rules that change a column the CHECK names are what can break it.
            guard let culprit = step.columns.first(where: { !$0.keepsSourceValue && mentions(expression, $0.column.name) }) else { continue }
            let failing: Int64
            do {
                let counted = try guarded(source, engine: engine) { try source.queryOne(unsafeSQL: "WITH doppel_sample (\(names)) AS (VALUES \(values)) SELECT count(*) FROM doppel_sample WHERE NOT (\(expression))") }
                guard case .integer(let count)? = counted?.first else { continue }
                failing = count
            } catch {
                // A CHECK the sample cannot evaluate (it names a generated column, say) is left to the target.
                continue
            }
            guard failing > 0 else { continue }
            problems.append(PolicyDiagnostic(
                .error,
                "rule `\(culprit.ruleName)` on `\(step.table.name).\(culprit.column.name)` gives values that fail CHECK \(check.name.map { "`\($0)` " } ?? "")(\(expression)) in \(failing) of \(rows.count) sampled rows",
                at: culprit.policy.ruleLocation,
                suggestion: "choose a rule whose values meet the CHECK (`keep`, `null` where NULL is allowed, or `constant` with a value it accepts)"))
        }
        return problems
    }

    /// Runs a query that may fail without ending the source's snapshot: PostgreSQL aborts a transaction on
    /// an error, so the query runs inside a savepoint that is rolled back when it fails.
    static func guarded<Result>(_ source: any SourceDatabase, engine: String, _ query: () throws -> Result) throws -> Result {
        guard engine == "postgres" else { return try query() }
        _ = try source.queryOne(unsafeSQL: "SAVEPOINT doppel_rule_output")
        do {
            let result = try query()
            _ = try source.queryOne(unsafeSQL: "RELEASE SAVEPOINT doppel_rule_output")
            return result
        } catch {
            _ = try? source.queryOne(unsafeSQL: "ROLLBACK TO SAVEPOINT doppel_rule_output")
            throw error
        }
    }

    /// The engine's reason without the statement (which holds sampled values).
    static func reason(_ error: any Error) -> String {
        if let error = error as? any DatabaseEngineError { return error.message }
        return "\(error)"
    }

    /// `CHECK ((quantity > 0))` (PostgreSQL's definition) or `quantity > 0` (SQLite's): the condition.
    static func checkExpression(_ text: String) -> String {
        var expression = text.trimmingCharacters(in: .whitespaces)
        if expression.uppercased().hasPrefix("CHECK") { expression = String(expression.dropFirst(5)).trimmingCharacters(in: .whitespaces) }
        if expression.uppercased().hasSuffix("NOT VALID") { expression = String(expression.dropLast(9)).trimmingCharacters(in: .whitespaces) }
        return expression
    }

    /// Whether the expression names the column (bare or quoted), as a whole word.
    static func mentions(_ expression: String, _ column: String) -> Bool {
        if expression.contains("\"\(column.replacingOccurrences(of: "\"", with: "\"\""))\"") { return true }
        var rest = Substring(expression)
        while let range = rest.range(of: column, options: .caseInsensitive) {
            let before = range.lowerBound == expression.startIndex ? nil : rest[..<range.lowerBound].last
            let after = range.upperBound == rest.endIndex ? nil : rest[range.upperBound...].first
            let isWord = { (character: Character?) in character.map { $0.isLetter || $0.isNumber || $0 == "_" } ?? false }
            if !isWord(before) && !isWord(after) { return true }
            rest = rest[range.upperBound...]
        }
        return false
    }

    /// A value as a literal of the source's SQL, typed as its column in PostgreSQL (so a domain's own
    /// checks run too).
    static func literal(_ value: Value, type: String, engine: String, dialect: any SQLDialect) -> String {
        let text: String
        switch value {
        case .null: return engine == "postgres" && !type.isEmpty ? "NULL::\(type)" : "NULL"
        case .integer(let number): text = String(number)
        case .real(let number): text = number.isFinite ? "\(number)" : (number.isNaN ? "NaN" : number > 0 ? "Infinity" : "-Infinity")
        case .text(let string): text = string
        case .blob(let bytes):
            let hex = bytes.map { String(format: "%02x", $0) }.joined()
            return engine == "postgres" ? "'\\x\(hex)'::bytea" : "X'\(hex)'"
        }
        guard engine == "postgres", !type.isEmpty else {
            if case .text = value { return dialect.literal(text) }
            if case .real(let number) = value, !number.isFinite { return number.isNaN ? "NULL" : number > 0 ? "9e999" : "-9e999" }
            return text
        }
        return "\(dialect.literal(text))::\(type)"
    }
}
