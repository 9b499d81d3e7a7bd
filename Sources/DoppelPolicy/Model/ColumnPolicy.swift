/// What happens to one column: its PII kind (if any), the rule and the rule's parameters.
public struct ColumnPolicy: Hashable, Sendable {
    /// The column's name (for an entry of `paths`, the JSON path).
    public var name: String
    /// Where the column's key is written in the policy.
    public var location: SourceLocation
    /// The kind of personal data it holds (`pii: email`), if marked.
    public var pii: PIIKind?
    /// Whether the policy says the column holds no personal data (`pii: none`): `check --scan` then leaves it alone.
    public var markedNotPersonal = false
    /// The rule's name (`keep`, `fake`, `pseudonymize`, …).
    public var rule: String
    /// Where the rule is written.
    public var ruleLocation: SourceLocation
    /// Whether the output must hold distinct values (`unique: true`).
    public var unique: Bool
    /// The type the column gets in a target of another engine (`carry_as: bigint`), instead of Doppel's mapping.
    public var carryAs: String?
    /// Parameters other than `pii`, `rule`, `unique`, `carry_as` and `paths`, by name.
    public var parameters: [String: ParameterValue]
    /// The rules of parts of a structured value, in the order written (`rule: json` with
    /// `paths: { "$.email": { pii: email, rule: fake } }`): each entry's ``name`` is its path.
    public var paths: [ColumnPolicy] = []
    /// The entry this one was made from when the column is not written out: a pattern or a default
    /// (`pattern "*.updated_at"`, `the default of table orders`, `the policy's default`); nil when written.
    public var decidedBy: String?

    package init(
        name: String, location: SourceLocation, pii: PIIKind? = nil, rule: String, ruleLocation: SourceLocation,
        unique: Bool = false, parameters: [String: ParameterValue] = [:]
    ) {
        self.name = name
        self.location = location
        self.pii = pii
        self.rule = rule
        self.ruleLocation = ruleLocation
        self.unique = unique
        self.parameters = parameters
    }
}
