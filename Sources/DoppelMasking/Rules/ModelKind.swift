/// The kinds of model a synthesized column can have, as policies name them (`model: numeric`) and model
/// files store them. The synthesize rule validates them; ``DoppelSynthesis`` fits and draws them.
public enum ModelKind: String, Codable, CaseIterable, Sendable {
    /// Numbers, dates and times: a quantile function (``NumericMarginal``).
    case numeric
    /// A frequency table of values (``CategoricalMarginal``): booleans, enums, codes, few-valued text.
    case categorical
    /// Free text: lengths and the shares of letters, digits and spaces (``TextMarginal``).
    case text
    /// A counter: 1, 2, 3, … in row order (keys).
    case sequence
    /// Random UUIDs (version 4).
    case uuid
    /// JSON objects with the keys seen most often (``TextMarginal`` for values).
    case json
    /// Bytes of a fitted length.
    case bytes
    /// A fake of a PII kind (``ColumnModel/fake``): the model holds nothing of the column's values.
    case fake
    /// Always NULL.
    case null
}
