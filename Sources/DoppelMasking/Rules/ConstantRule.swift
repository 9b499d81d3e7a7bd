import DoppelCore
package import DoppelPolicy

/// `constant`: writes the same value in every row that had one (NULL stays NULL).
package enum ConstantRule: Rule {
    package static let descriptor = RuleDescriptor(
        name: "constant", summary: "Writes one fixed value in every row that has a value; NULL stays NULL.",
        parameters: [.init("value", .text, required: true, summary: "the value to write; numbers are written as numbers in numeric columns")],
        properties: .init(deterministic: true, keyed: false, injective: false, preservesFormat: false, supportsUnique: false), output: .generated,
        example: "country: { rule: constant, value: Nowhere }",
        checkColumn: { entry, column, table in checkColumn(entry, column, table) })

    package static var masksArrayElements: Bool { false }

    package static func make(_ context: RuleContext) throws -> any ValueTransform {
        let text = context.parameter("value") ?? ""
        let value: Value
        switch context.column.logicalType {
        case .integer, .boolean: value = Int64(text).map(Value.integer) ?? .text(text)
        case .real, .decimal: value = Double(text).map(Value.real) ?? .text(text)
        default: value = .text(text)
        }
        return Transform(constant: value)
    }

    struct Transform: ValueTransform {
        let constant: Value
        func apply(_ value: Value, row: RowContext) throws -> Value {
            value.isNull ? .null : constant
        }
    }

    /// The value must be one the column can hold: short enough, a number of the column's digits, an array
    /// literal for an array, JSON for a JSON column.
    static func checkColumn(_ entry: ColumnPolicy, _ column: Column, _ table: Table) -> [PolicyDiagnostic] {
        guard let value = entry.parameters["value"] else { return [] }
        let text = value.text
        let limits = column.limits
        let place = "`\(table.name).\(column.name)`"
        let type = column.declaredType.isEmpty ? column.logicalType.rawValue : column.declaredType
        func problem(_ message: String, _ suggestion: String) -> [PolicyDiagnostic] {
            [PolicyDiagnostic(.error, message, at: value.location, suggestion: suggestion)]
        }
        if let allowed = ColumnChecks(column: column, table: table).allowedValues, !allowed.values.contains(where: { literal in
            switch literal {
            case .text(let listed): return listed == text
            case .number(let listed): return Double(text) == listed
            }
        }) {
            return problem("the constant for \(place) is not among the values its CHECK (\(allowed.expression)) lists", "write one of the listed values")
        }
        if limits.isArray {
            return ArrayLiteral.parse(text) == nil
                ? problem("the constant for \(place) is not an array literal, and the column is \(type)", "write it as PostgreSQL does, e.g. `value: '{}'` or `value: '{a,b}'`") : []
        }
        if column.logicalType == .json {
            return JSONValue.parse(text) == nil ? problem("the constant for \(place) is not JSON, and the column is \(type)", #"e.g. `value: '{}'` or `value: '"n/a"'`"#) : []
        }
        if let maxLength = limits.maxCharacters, text.count > maxLength {
            return problem("the constant for \(place) is \(text.count) characters; the column is \(type)", "write at most \(maxLength) characters")
        }
        if column.logicalType == .integer || column.logicalType == .decimal || column.logicalType == .real {
            guard let number = Double(text) else {
                return problem("the constant for \(place) is not a number, and the column is \(type)", "write a number, or use `null` or `generalize`")
            }
            if let range = limits.integerRange, !(Double(range.lowerBound)...Double(range.upperBound)).contains(number) {
                return problem("the constant for \(place) is outside \(type)'s range \(range.lowerBound)...\(range.upperBound)", "write a smaller number")
            }
            if let precision = limits.precision {
                let scale = limits.scale ?? 0
                let integerDigits = text.drop { $0 == "-" || $0 == "+" }.prefix { $0 != "." }.drop { $0 == "0" }.count
                if integerDigits > precision - scale {
                    return problem("the constant for \(place) has \(integerDigits) digits before the point; the column is \(type), which holds \(precision - scale)", "write a smaller number")
                }
            }
        }
        return []
    }
}
