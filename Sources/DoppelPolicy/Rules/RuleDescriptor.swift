public import DoppelCore

/// What a rule is, in one place: the validator, `doppel rules` and the documentation all read it.
public struct RuleDescriptor: Sendable {
    /// A parameter a rule takes.
    public struct Parameter: Sendable {
        /// The values a parameter accepts.
        public enum Kind: Sendable, Equatable {
            /// Any text.
            case text
            /// A whole number in this range.
            case integer(ClosedRange<Int>)
            /// Any number.
            case number
            /// `true` or `false`.
            case boolean
            /// One of these words.
            case choice([String])
            /// The name of a column of the same table.
            case column
            /// A mapping from JSON paths to rules (`paths: { "$.email": { pii: email, rule: fake } }`).
            case paths
        }

        /// The parameter's name as policies write it (`by`, `precision`).
        public var name: String
        /// The values it accepts.
        public var kind: Kind
        /// Whether every use of the rule must give it.
        public var isRequired: Bool
        /// What it does, in one line.
        public var summary: String

        package init(_ name: String, _ kind: Kind, required: Bool = false, summary: String) {
            self.name = name
            self.kind = kind
            self.isRequired = required
            self.summary = summary
        }

        /// `on_invalid`, which every rule takes: what to write for a value the rule cannot read (a date it cannot
        /// parse); without it such a value stops the run, naming the column and the number of rows.
        package static let onInvalid = Parameter(
            "on_invalid", .choice(["null", "redact"]),
            summary: "a value the rule cannot read (a date it cannot parse, text where it needs a number) becomes NULL or the marker `[redacted]`; without it such a value stops the run")

        /// The kind as a person reads it (`integer 1...3650`, `one of: month, year`).
        public var kindDescription: String {
            switch kind {
            case .text: return "text"
            case .integer(let range): return "integer \(range.lowerBound)...\(range.upperBound)"
            case .number: return "number"
            case .boolean: return "true or false"
            case .choice(let values): return "one of: " + values.joined(separator: ", ")
            case .column: return "a column of the table"
            case .paths: return "a mapping of JSON paths to rules"
            }
        }
    }

    /// What a rule guarantees.
    public struct Properties: Sendable, Equatable {
        /// The same input (and seed, secret, row) gives the same output.
        public var deterministic: Bool
        /// The output depends on the secret; without it nobody can reproduce or reverse it.
        public var keyed: Bool
        /// Distinct inputs give distinct outputs, so keys and unique columns stay valid.
        public var injective: Bool
        /// The output has the input's format (length, character classes, separators).
        public var preservesFormat: Bool
        /// `unique: true` can be asked of it.
        public var supportsUnique: Bool
        /// With `unique: true` it is injective over the run's values and a keyed function of the value, so a
        /// referenced key may take it (`fake`: its references get the same fakes).
        public var injectiveWhenUnique: Bool

        package init(
            deterministic: Bool, keyed: Bool, injective: Bool, preservesFormat: Bool, supportsUnique: Bool, injectiveWhenUnique: Bool = false
        ) {
            self.deterministic = deterministic
            self.keyed = keyed
            self.injective = injective
            self.preservesFormat = preservesFormat
            self.supportsUnique = supportsUnique
            self.injectiveWhenUnique = injectiveWhenUnique
        }
    }

    /// Where a rule's output comes from, which decides the tables and columns it fits.
    public enum Output: Sendable, Equatable {
        /// The source value as it is (`keep`): the one rule a generated column takes.
        case sourceValue
        /// A transformation of the source value.
        case transformedSourceValue
        /// A transformation of the source value where there is one, else a value generated from the entry
        /// alone (a fake of the column's kind), so it fits a synthesized table too.
        case transformedOrGenerated
        /// Written from the entry alone (NULL, a constant): fits a synthesized table.
        case generated
        /// Drawn from the model fitted on the source: only in a synthesized table.
        case modelDraw

        /// Whether a column of a synthesized table, which has no source value, can take it.
        public var fitsSynthesizedTable: Bool { self != .sourceValue && self != .transformedSourceValue }
    }

    /// Checks of one column's entry that only the rule can make, such as whether its values fit the column's
    /// type (`fake city can be 24 characters; the column is varchar(15)`); the validator reports what it returns.
    public typealias ColumnCheck = @Sendable (_ entry: ColumnPolicy, _ column: Column, _ table: Table) -> [PolicyDiagnostic]

    /// The columns whose values, held fixed, make a non-injective rule injective: `shift` with `by: employee_id`
    /// moves every date of one employee by one offset, so distinct dates of one employee stay distinct.
    public typealias InjectiveWithin = @Sendable (_ entry: ColumnPolicy) -> [String]

    /// The rule's name, as policies write it (`rule: fake`).
    public var name: String
    /// What the rule does, in one line.
    public var summary: String
    /// The parameters it takes, `on_invalid` last.
    public var parameters: [Parameter]
    /// The logical type names it accepts; nil accepts every type.
    public var acceptedTypes: Set<String>?
    /// What it guarantees.
    public var properties: Properties
    /// Where its output comes from.
    public var output: Output
    /// A policy line that uses it.
    public var example: String
    /// What the validator asks the rule about a column it is given; nil when the generic checks suffice.
    public var checkColumn: ColumnCheck?
    /// For a rule that is not injective: the columns within whose equal values it is (nil: none).
    public var injectiveWithin: InjectiveWithin?

    package init(
        name: String, summary: String, parameters: [Parameter] = [], acceptedTypes: Set<String>? = nil,
        properties: Properties, output: Output = .transformedSourceValue, example: String, checkColumn: ColumnCheck? = nil,
        injectiveWithin: InjectiveWithin? = nil
    ) {
        self.output = output
        self.name = name
        self.summary = summary
        self.parameters = parameters + [.onInvalid]
        self.acceptedTypes = acceptedTypes
        self.properties = properties
        self.example = example
        self.checkColumn = checkColumn
        self.injectiveWithin = injectiveWithin
    }

    /// The parameter with this name.
    public func parameter(named name: String) -> Parameter? {
        parameters.first { $0.name == name }
    }
}
