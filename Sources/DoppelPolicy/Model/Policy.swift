/// A validated-or-not policy file: how a source becomes a safe clone.
///
/// Loaded by ``PolicyLoader``; checked against a schema by ``PolicyValidator``.
public struct Policy: Hashable, Sendable {
    /// What to do with tables and columns the policy does not name.
    public enum Unlisted: String, CaseIterable, Sendable {
        /// Stop before anything is written (the default: privacy fails closed).
        case fail
        /// Copy them unchanged.
        case keep
    }

    /// What to do with objects the target engine cannot express (views, triggers, CHECKs in SQL of another engine).
    public enum Unsupported: String, CaseIterable, Sendable {
        /// Leave them out, each named in a warning (the default).
        case warn
        /// Stop before anything is written.
        case fail
    }

    /// The file the policy was read from.
    public var file: String
    /// The policy format's version (`version: 1`).
    public var version: Int
    /// Seeds fakes and shifts; the same seed, secret and source give a byte-identical clone.
    public var seed: UInt64
    /// Where the secret comes from: `env:NAME` or `file:PATH`.
    public var secretReference: String?
    /// Where `secret:` is written.
    public var secretLocation: SourceLocation?
    /// What happens to tables and columns the policy does not name (`unlisted:`).
    public var unlisted: Unlisted
    /// What happens to objects the target cannot express (`unsupported:`).
    public var unsupported: Unsupported = .warn
    /// Source role → target role for GRANTs and row-level security policies; nil drops the role's grants.
    public var roles: [String: String?] = [:]
    /// Objects of the source left out of the clone, by label (`view sales_summary`, `function f`), with
    /// where each is written: for an object the target cannot have (a function in a language it lacks).
    public var leaveOut: [LeftOutObject] = []
    /// Which columns of a model file fold values seen in fewer than ``minCount`` rows into a generated "other".
    public enum MinCountScope: String, CaseIterable, Sendable {
        /// Columns marked PII or `sensitive: true` (the default: a genre seen once is not personal).
        case sensitive
        /// Every column.
        case all
    }

    /// A model keeps no category, text value or extreme seen in fewer rows than this (`min_count`, default 10).
    public var minCount: Int = 10
    /// Where ``minCount`` applies (`min_count_applies_to`).
    public var minCountScope: MinCountScope = .sensitive
    /// Table policies in the order the file lists them.
    public var tables: [TablePolicy]
    /// The entry of every column no other entry decides (`default: keep`), if written.
    public var defaultEntry: ColumnPolicy?
    /// Entries for the columns a pattern selects (`patterns: { "*.updated_at": keep }`), in the order written.
    public var patterns: [ColumnPattern] = []
    /// The part of the source the clone keeps (`subset:`); nil keeps every row (but each table's `where`).
    public var subset: SubsetSpec?
    /// Other policy files whose `default`, `patterns` and `tables` this one takes where it says nothing itself
    /// (`include: [common.yaml]`, relative to this file), with where each is named.
    public var includes: [Include] = []

    /// A policy file named under `include:`.
    public struct Include: Hashable, Sendable {
        /// The path as written (relative to the including file unless absolute).
        public var path: String
        /// Where it is named.
        public var location: SourceLocation
    }

    package init(
        file: String, version: Int = 1, seed: UInt64 = 0, secretReference: String? = nil,
        secretLocation: SourceLocation? = nil, unlisted: Unlisted = .fail, tables: [TablePolicy] = []
    ) {
        self.file = file
        self.version = version
        self.seed = seed
        self.secretReference = secretReference
        self.secretLocation = secretLocation
        self.unlisted = unlisted
        self.tables = tables
    }

    /// The policy of the table with this exact name.
    public func table(named name: String) -> TablePolicy? {
        tables.first { $0.name == name }
    }

    /// The columns marked `pii:`, as `table.column`: what a fidelity report leaves out.
    public var piiColumnNames: Set<String> {
        Set(tables.flatMap { table in table.columns.filter { $0.pii != nil }.map { "\(table.name).\($0.name)" } })
    }
}

/// One entry of `leave_out:`: an object's label and where the policy names it.
public struct LeftOutObject: Hashable, Sendable {
    /// The object's label (`view sales_summary`).
    public var label: String
    /// Where the policy names it.
    public var location: SourceLocation

    package init(label: String, location: SourceLocation) {
        self.label = label
        self.location = location
    }
}
