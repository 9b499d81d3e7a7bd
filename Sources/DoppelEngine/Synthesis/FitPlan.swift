import DoppelCore
import DoppelPolicy
import DoppelSynthesis

/// What a fit will read and learn, decided from the policy before any row is read: the tables it fits, what
/// each column's model may learn (``FitSetup``), the rows the policy asks of each table, and the privacy
/// thresholds. `doppel fit` and a clone that synthesizes tables both make one; ``ModelFitter`` fits from it
/// and never reads the policy.
struct FitPlan {
    /// The tables fitted: every table the policy neither skips nor empties, narrowed to the ones asked for.
    var tables: Set<String>
    /// Per fitted table, its columns' setups in the order the fit reads them.
    var setups: [String: [ColumnFitter.Setup]]
    /// The policy's `rows:` per fitted table that sets it.
    var rows: [String: TablePolicy.RowCount]
    /// The seed of every draw the fit makes (the policy's `seed`).
    var seed: UInt64
    /// The fewest occurrences a value needs to be kept in a model (`min_count`).
    var minCount: Int
    /// Whether ``minCount`` applies to every column (`min_count_scope: all`) or to sensitive ones only.
    var minCountAppliesToAll: Bool

    /// The plan of fitting `wanted` (nil: every table the policy neither skips nor empties) of `schema` under `policy`.
    init(schema: Schema, policy: Policy, tables wanted: Set<String>?) {
        var tables = Set<String>()
        var setups: [String: [ColumnFitter.Setup]] = [:]
        var rows: [String: TablePolicy.RowCount] = [:]
        for table in schema.tables {
            let tablePolicy = policy.table(named: table.name)
            let mode = tablePolicy?.mode ?? .mask
            guard mode != .skip, mode != .empty, wanted?.contains(table.name) ?? true else { continue }
            tables.insert(table.name)
            setups[table.name] = FitSetup.setups(for: table, in: schema, policy: policy)
            if let count = tablePolicy?.rows { rows[table.name] = count }
        }
        self.tables = tables
        self.setups = setups
        self.rows = rows
        self.seed = policy.seed
        self.minCount = policy.minCount
        self.minCountAppliesToAll = policy.minCountScope == .all
    }
}
