import DoppelCore
import DoppelPolicy

/// `synthesize`: a value drawn from the column's fitted model, in a table of `mode: synthesize`.
///
/// It never sees a source value at write time: ``ColumnModel`` holds what the fit learnt (null rate,
/// quantiles, categories, lengths and shapes), and the table's copula ties columns together.
public enum SynthesizeRule: Rule {
    /// The models a policy can ask for instead of the one the fit picks from the column's type and values.
    public static let models = ColumnModel.Kind.allCases.map(\.rawValue)

    public static let descriptor = RuleDescriptor(
        name: "synthesize",
        summary: "Draws the value from the column's fitted model (null rate, quantiles, categories, text shape), jointly with the table's other columns through a Gaussian copula. Only in tables of `mode: synthesize`; keys and references are generated, unique by construction.",
        parameters: [
            .init("model", .choice(models), summary: "the model instead of the fit's choice (e.g. `categorical` for codes stored as numbers, `sequence` for counters)"),
            .init("sensitive", .boolean, summary: "fold values seen in fewer than `min_count` rows into a generated \"other\" and clip extremes, as for PII"),
        ],
        properties: .init(deterministic: true, keyed: false, injective: false, preservesFormat: false, supportsUnique: true),
        example: "genre: { rule: synthesize, model: categorical }")

    public static var masksArrayElements: Bool { false }

    public static func make(_ context: RuleContext) throws -> any ValueTransform {
        throw RuleSetupError("rule `synthesize` on `\(context.place)` draws from a model, so its table needs `mode: synthesize`")
    }
}
