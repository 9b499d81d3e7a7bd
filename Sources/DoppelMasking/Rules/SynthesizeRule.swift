import DoppelCore
package import DoppelPolicy

/// `synthesize`: a value drawn from the column's fitted model, in a table of `mode: synthesize`.
///
/// It never sees a source value at write time: ``ColumnModel`` holds what the fit learnt (null rate,
/// quantiles, categories, lengths and shapes), and the table's copula ties columns together.
package enum SynthesizeRule: Rule {
    /// The models a policy can ask for instead of the one the fit picks from the column's type and values.
    package static let models = ModelKind.allCases.map(\.rawValue)

    package static let descriptor = RuleDescriptor(
        name: "synthesize",
        summary: "Draws the value from the column's fitted model (null rate, quantiles, categories, text shape), jointly with the table's other columns through a Gaussian copula. Only in tables of `mode: synthesize`; keys and references are generated, unique by construction.",
        parameters: [
            .init("model", .choice(models), summary: "the model instead of the fit's choice (e.g. `categorical` for codes stored as numbers, `sequence` for counters)"),
            .init("sensitive", .boolean, summary: "fold values seen in fewer than `min_count` rows into a generated \"other\" and clip extremes, as for PII"),
        ],
        properties: .init(deterministic: true, keyed: false, injective: false, preservesFormat: false, supportsUnique: true), output: .modelDraw,
        example: "genre: { rule: synthesize, model: categorical }",
        checkColumn: { entry, column, table in checkColumn(entry, column, table) })

    /// A key's values are generated unique by construction (and a referenced key's are what its children
    /// point at), so neither a `model:` other than `sequence` nor a `pii:` fake can apply to one; and a
    /// model must write values of the column's type (`uuid` is no integer, `null` no NOT NULL value).
    static func checkColumn(_ entry: ColumnPolicy, _ column: Column, _ table: Table) -> [PolicyDiagnostic] {
        let model = entry.parameters["model"]?.text
        let isKey = table.primaryKey.contains(column.name) || table.uniqueKeys.contains { $0.contains(column.name) }
        if isKey, model.map({ $0 != ModelKind.sequence.rawValue }) ?? (entry.pii != nil) {
            let asked = model.map { "`model: \($0)`" } ?? "a `pii:` fake"
            return [PolicyDiagnostic(
                .error, "`\(table.name).\(column.name)` is a key, generated unique by construction; \(asked) cannot keep it unique", at: entry.ruleLocation,
                suggestion: "leave out `model:` and `pii:` on the key (or write `model: sequence`)")]
        }
        // A type Doppel does not interpret (a PostgreSQL range, composite, tsvector…) cannot be generated:
        // values of the column's shape would not be values of its type.
        if column.logicalType == .any && column.affinity == nil && model != ModelKind.null.rawValue {
            return [PolicyDiagnostic(
                .error, "`\(table.name).\(column.name)` is of type \(column.declaredType), which Doppel cannot generate", at: entry.ruleLocation,
                suggestion: column.isNullable ? "write `\(column.name): null`, or mask `\(table.name)` instead of synthesizing it" : "mask `\(table.name)` instead of synthesizing it")]
        }
        guard let model, let kind = ModelKind(rawValue: model), !writes(kind, into: column) else { return [] }
        return [PolicyDiagnostic(
            .error, "`model: \(model)` cannot write `\(table.name).\(column.name)` (\(column.declaredType.isEmpty ? column.logicalType.rawValue : column.declaredType)\(column.isNullable ? "" : ", NOT NULL"))",
            at: entry.ruleLocation, suggestion: "leave out `model:` (the fit picks one for the column's type), or choose one that writes its type")]
    }

    /// Whether a model writes values a column of this type takes.
    static func writes(_ kind: ModelKind, into column: Column) -> Bool {
        let type = column.logicalType
        // A type Doppel does not interpret (a PostgreSQL range, composite, tsvector…) takes only the values
        // it was seen with; SQLite's untyped columns (they have an affinity) take anything.
        if type == .any && column.affinity == nil && kind != .categorical && kind != .null { return false }
        switch kind {
        case .categorical: return true
        case .null: return column.isNullable
        case .numeric, .sequence: return [.integer, .real, .decimal, .date, .timestamp, .time, .text, .any].contains(type)
        case .text: return [.text, .any].contains(type)
        case .fake: return [.text, .any, .integer].contains(type)
        case .uuid: return [.uuid, .text, .any].contains(type)
        case .json: return [.json, .text, .any].contains(type)
        case .bytes: return [.blob, .any].contains(type)
        }
    }

    package static var masksArrayElements: Bool { false }

    package static func make(_ context: RuleContext) throws -> any ValueTransform {
        throw RuleSetupError("rule `synthesize` on `\(context.place)` draws from a model, so its table needs `mode: synthesize`")
    }
}
