public import DoppelCore
public import DoppelPolicy

/// One column's rule, ready to run: turns a source value into the clone's value.
///
/// An instance serves one table of one run, from one thread; it may cache.
public protocol ValueTransform {
    /// The clone's value for `value`, a value of the column in `row`.
    func apply(_ value: Value, row: RowContext) throws -> Value
}

/// The row a value belongs to, for rules that look beyond one column.
public struct RowContext {
    /// The source row, in the order of ``RuleContext/columnIndexes``.
    public var values: [Value]
    /// A keyed hash of the row's identity (its primary key, or its whole content without one), never its
    /// position; 0 unless a rule of the table asked for it (``Rule/needsRowIdentity(_:)``).
    public var identity: UInt64

    /// A row of source values and its identity hash.
    public init(values: [Value], identity: UInt64) {
        self.values = values
        self.identity = identity
    }
}

/// What a rule knows when it is set up for one column.
public struct RuleContext {
    /// The column's table.
    public var table: Table
    /// The column the rule is set up for.
    public var column: Column
    /// The column's policy entry: the rule's name and parameters.
    public var policy: ColumnPolicy
    /// The run's seed, which rules mix into their keys.
    public var seed: UInt64
    /// The run's secret, from which keyed rules derive their keys.
    public var secret: Secret
    /// Where each source column sits in a ``RowContext``'s values.
    public var columnIndexes: [String: Int]
    /// The smallest and largest value of the column in the source, when a rule asked for them.
    public var range: (min: Value, max: Value)?
    /// What the run's `fake` rules share: unique fakes handed out, source values to avoid.
    public var fakes: FakeRegistry
    /// The policy entries of the table's written columns, by column name, for rules whose columns work
    /// together (the location fakes of one row come from one place).
    public var siblings: [String: ColumnPolicy]

    /// A context for setting up a rule on `column` of `table`.
    public init(
        table: Table, column: Column, policy: ColumnPolicy, seed: UInt64, secret: Secret,
        columnIndexes: [String: Int], range: (min: Value, max: Value)? = nil, fakes: FakeRegistry = FakeRegistry(),
        siblings: [String: ColumnPolicy] = [:]
    ) {
        self.table = table
        self.column = column
        self.policy = policy
        self.seed = seed
        self.secret = secret
        self.columnIndexes = columnIndexes
        self.range = range
        self.fakes = fakes
        self.siblings = siblings
    }

    /// The text of a parameter, or nil.
    package func parameter(_ name: String) -> String? {
        policy.parameters[name]?.text
    }

    /// Where the column a parameter names (`by: hired_on`, `gender: sex`) sits in a ``RowContext``.
    /// - Throws: ``RuleSetupError`` naming the parameter when the table has no such column.
    package func columnIndex(named column: String, forParameter parameter: String) throws -> Int {
        guard let index = columnIndexes[column] else {
            throw RuleSetupError("`\(parameter): \(column)` on `\(place)` names no column of `\(table.name)`")
        }
        return index
    }

    /// `table.column`, for error messages.
    package var place: String { "\(table.name).\(column.name)" }
}

/// A rule: its descriptor and how to set it up for a column.
public protocol Rule {
    /// The rule's name, parameters and what its output is, as policies and `doppel rules` see them.
    static var descriptor: RuleDescriptor { get }
    /// Whether setting it up for this column needs the column's min and max from the source.
    static func needsRange(_ policy: ColumnPolicy) -> Bool
    /// Whether its output depends on the row's identity (``RowContext/identity``), which then has to be computed.
    static func needsRowIdentity(_ policy: ColumnPolicy) -> Bool
    /// Whether on an array column it applies to each element (`redact`, `fake`) rather than to the whole value
    /// (`keep`, `null`, `constant`). ``transform(for:)`` reads it.
    static var masksArrayElements: Bool { get }
    /// Sets the rule up for a scalar column; the engine calls ``transform(for:)``, which handles arrays.
    static func make(_ context: RuleContext) throws -> any ValueTransform
}

extension Rule {
    package static func needsRange(_ policy: ColumnPolicy) -> Bool { false }
    package static func needsRowIdentity(_ policy: ColumnPolicy) -> Bool { false }
    package static var masksArrayElements: Bool { true }
}

/// A rule that cannot be set up for a column.
package struct RuleSetupError: DoppelError {
    package var message: String
    package var exitStatus: ExitStatus { .policyProblems }
    package var description: String { message }

    package init(_ message: String) {
        self.message = message
    }
}
