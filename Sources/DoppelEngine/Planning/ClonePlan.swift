public import DoppelCore
public import DoppelMasking
public import DoppelPolicy

/// What a clone will do, table by table, decided before anything is written.
public struct ClonePlan {
    /// Tables in the order they are written: referenced tables first.
    public var steps: [TableStep]
    /// Foreign keys ignored for ordering to break cycles.
    public var deferredKeys: [ForeignKeyGraph.Edge]
    /// The target as the clone creates it.
    public var target: TargetDesign
    /// Rows of each synthesized table whose policy sets `rows`.
    public var synthesizedRows: [String: TablePolicy.RowCount]
    /// The seed that keys every rule and draw (the policy's `seed`).
    public var seed: UInt64
    /// Tables of the source the clone leaves out because the policy says `mode: skip`.
    public var skippedByPolicy: Set<String>
    /// Masked tables whose keys, as the clone writes them, synthesized children reference.
    public var keysForSynthesis: [SynthesisKeySource]
    /// How the synthesized tables are fitted from the source before they are generated; nil when none is.
    var fit: FitPlan?
    /// Which tables the policy's `subset:` reaches and how; nil when it has none.
    var subset: SubsetReach?
    /// The rows the subset keeps, once read from the source (``ClonePreparation``); nil before, or without a subset.
    var subsetSelection: SubsetSelection?

    /// The membership readers of `step` filter its rows by (of the extra columns after the written ones); nil keeps every row.
    func membership(of step: TableStep) -> SubsetMembership? {
        step.mode == .mask ? subsetSelection?.memberships[step.table.name] : nil
    }
}

/// A masked table that synthesized tables reference: its key columns are read through their rules before the
/// synthesized tables are generated, so the children point at keys the clone has.
public struct SynthesisKeySource {
    /// The masked table's name (a step of the plan).
    public var table: String
    /// Its referenced columns, in the order the foreign key names them.
    public var columns: [String]
}

/// The smallest and largest value of a source column, for a rule that draws within the column's range.
public struct ValueRange: Sendable {
    /// The column's smallest value.
    public var min: Value
    /// The column's largest value.
    public var max: Value
}

/// The target as a plan creates it: the schema in the target engine's terms, what it leaves out, and whose
/// roles its GRANTs name.
public struct TargetDesign {
    /// The schema as the target creates it (another engine's translation, with the policy's `carry_as` types).
    public var schema: Schema
    /// What the target cannot express, left out of the clone.
    public var leftOut: [String]
    /// What the target cannot express when the policy says `unsupported: fail`: the clone refuses to run.
    public var refused: [String]
    /// Source role → target role for GRANTs and row-level security (the policy's `roles`); nil drops the role.
    public var roles: [String: String?]
}

/// One table of the plan.
public struct TableStep {
    /// The table as the source declares it.
    public var table: Table
    /// What the policy does with it (`mask`, `synthesize`, …).
    public var mode: TablePolicy.Mode
    /// The columns written, in order (generated columns are computed by the target).
    public var columns: [ColumnStep]
    /// The query that reads the rows to keep, with filters pushed down to the source.
    public var selectSQL: String
    /// ``selectSQL`` limited to a range of the table's blocks, for sources that can read a table in
    /// parallel ranges of one snapshot (PostgreSQL).
    public var blockRangeQuery: BlockRangeQuery?
    /// Why rows may be dropped: the table's own `where`, and parents whose rows were dropped.
    public var filterReasons: [String]
    /// Rows in the source table.
    public var sourceRows: Int64?
    /// Positions (in the selected row) of the columns that identify a row: the primary key, or every column.
    public var identityPositions: [Int]
    /// Under a subset, ``selectSQL`` with a stand-in (``SubsetReach/addressToken``) for the condition that
    /// selects the kept rows by their address; nil when the source does not name rows.
    var addressedSQL: String?
}

/// One written column: its rule, and where the rule came from.
public struct ColumnStep {
    /// The column as the source declares it.
    public var column: Column
    /// The rule, resolved from the policy's name for it when the plan was made.
    public var rule: any Rule.Type
    /// The policy entry the rule comes from (the referenced column's, for an inherited rule).
    public var policy: ColumnPolicy
    /// `parent.column` when the rule is inherited through a foreign key.
    public var inheritedFrom: String?
    /// The source column's range, for a rule that needs it (read by ``ClonePlan/readingRanges(from:)``).
    public var range: ValueRange?

    /// The rule's name, as policies and messages spell it.
    public var ruleName: String { rule.descriptor.name }

    /// Whether the column is written as the source holds it (`keep`).
    public var keepsSourceValue: Bool { rule.descriptor.output == .sourceValue }
}

extension ClonePlan {
    /// The plan with the range of each column whose rule needs one, read from `source` (one `min`/`max`
    /// query per such column), so that running it reads nothing but rows.
    package func readingRanges(from source: any SourceDatabase) throws -> ClonePlan {
        var plan = self
        for (stepIndex, step) in steps.enumerated() where step.mode == .mask {
            for (columnIndex, columnStep) in step.columns.enumerated() where columnStep.rule.needsRange(columnStep.policy) {
                let column = source.dialect.quote(columnStep.column.name)
                let sql = "SELECT min(\(column)), max(\(column)) FROM \(source.dialect.from(table: step.table))"
                if let row = try source.queryOne(unsafeSQL: sql), row.count == 2 {
                    plan.steps[stepIndex].columns[columnIndex].range = ValueRange(min: row[0], max: row[1])
                }
            }
        }
        return plan
    }
}
