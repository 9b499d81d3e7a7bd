public import DoppelPolicy

/// What `doppel verify` found, per personal column: counts and nothing else, never a value.
public struct PrivacyReport: Sendable, Codable {
    /// One personal column of the source, checked against the clone.
    public struct ColumnFinding: Sendable, Codable {
        /// `table.column` in the source.
        public var column: String
        /// The personal kind the policy gives it (own or inherited).
        public var kind: PIIKind
        /// The rule the clone applied.
        public var rule: String
        /// Whether the kind is high-entropy (emails, phones, national ids…): such values must not appear
        /// anywhere in the clone.
        public var highEntropy: Bool
        /// Rows of the clone, matched to the source by a primary key the clone keeps, whose value is their
        /// own source row's; nil when rows cannot be matched (the key is masked, or the table has none).
        public var keptOwnValue: Int?
        /// Why ``keptOwnValue`` is nil.
        public var ownRowNote: String?
        /// Non-null values of the clone's column.
        public var cloneValues: Int
        /// Of those, values equal to some value of the source's column.
        public var equalToASourceValue: Int
        /// Of those, how many a fake of this kind would hit by chance, when it can be told (fakes drawn from a list).
        public var expectedByChance: Double?
        /// For high-entropy kinds: cells anywhere in the clone (any table, any text column, inside text,
        /// JSON and arrays) that hold a value of this source column; nil for other kinds.
        public var foundInClone: Int?
        /// Where those cells are, as `table.column`, for the first few.
        public var foundIn: [String]

        /// Whether the policy keeps the column as it is (`pii: country, rule: keep`): its own values in their
        /// own rows are then the policy's choice, not a leak, for any kind but a high-entropy one.
        public var keptByPolicy: Bool { rule == "keep" }

        /// Whether the finding fails the check: a row kept its own value though the policy masks the column,
        /// or a high-entropy value is somewhere in the clone.
        public var leaks: Bool {
            ((keptOwnValue ?? 0) > 0 && !keptByPolicy) || (foundInClone ?? 0) > 0
        }
    }

    /// The columns checked.
    public var columns: [ColumnFinding]
    /// Clone cells scanned for high-entropy source values.
    public var cellsScanned: Int
    /// Personal columns not checked, with the reason (the clone lacks the table or column).
    public var notChecked: [String]

    /// Whether the clone passes: no finding ``ColumnFinding/leaks``.
    public var passed: Bool {
        !columns.contains(where: \.leaks)
    }
}
