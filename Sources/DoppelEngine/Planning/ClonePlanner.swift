public import DoppelCore
public import DoppelPolicy
import DoppelMasking
import DoppelConnectors

/// Turns a schema and a validated policy into a ``ClonePlan``: order, modes, rules (inherited through
/// foreign keys), and the filtered queries.
public struct ClonePlanner {
    package let schema: Schema
    package let policy: Policy
    package let dialect: any SQLDialect
    /// Whether the source reads block ranges (`ctid` ranges: PostgreSQL 14 and later).
    public let blockRanges: Bool
    /// How the source names rows, for a subset to read its kept rows back directly.
    let addressing: (any RowAddressing)?

    /// The schema as the target creates it (another engine's translation) and what it leaves out, when a
    /// target is known: a column the target does not compute is written, even if the source generates it.
    let translation: (schema: Schema, warnings: [String])?

    /// - Parameter target: the target the plan is for; without one, the target is taken to be of the source's engine.
    public init(schema: Schema, policy: Policy, dialect: any SQLDialect, blockRanges: Bool = false, target: ConnectionURL? = nil) {
        self.init(schema: schema, policy: policy, dialect: dialect, blockRanges: blockRanges, target: target, addressing: nil)
    }

    /// - Parameter addressing: how the source names rows (``SourceDatabase/rowAddressing``).
    init(schema: Schema, policy: Policy, dialect: any SQLDialect, blockRanges: Bool, target: ConnectionURL?, addressing: (any RowAddressing)?) {
        self.addressing = addressing
        self.schema = schema
        self.policy = policy
        self.dialect = dialect
        self.blockRanges = blockRanges
        translation = target.map { DatabaseOpener.translate(schema, to: $0, types: policy.carriedTypes) }
    }

    var targetSchema: Schema? { translation?.schema }

    /// The columns written: those the target stores (generated columns the target computes are left to it).
    func writtenColumns(of table: Table) -> [Column] {
        guard let target = targetSchema?.table(named: table.name) else { return table.storedColumns }
        return table.columns.filter { column in (target.column(named: column.name) ?? column).generated == nil }
    }

    /// A column the source generates and the target stores as written: its source values are copied as they
    /// are, so they must not be computed from a column the policy masks.
    func carriedGeneratedProblems(_ steps: [ColumnStep], of table: Table) -> [PolicyDiagnostic] {
        let rules = Dictionary(steps.map { ($0.column.name, $0.ruleName) }, uniquingKeysWith: { first, _ in first })
        return steps.compactMap { step -> PolicyDiagnostic? in
            guard let generated = step.column.generated else { return nil }
            let masked = PortableExpression.columnsRead(by: generated.expression, in: table).filter { name in
                name != step.column.name && (rules[name] ?? KeepRule.descriptor.name) != KeepRule.descriptor.name
            }
            guard !masked.isEmpty else { return nil }
            let location = policy.table(named: table.name)?.location ?? SourceLocation(file: policy.file, line: 1, column: 1)
            return PolicyDiagnostic(
                .error,
                "`\(table.name).\(step.column.name)` is generated from \(masked.map { "`\($0)`" }.joined(separator: ", ")), which the policy masks, by an expression the target does not compute alike (\(generated.expression ?? "unknown")): its source values would be copied as they are",
                at: location, suggestion: "clone into the same engine, keep \(masked.map { "`\($0)`" }.joined(separator: ", ")), or skip `\(table.name)`")
        }
    }

    /// A rule that changes a partition key column can route a row to no partition (or another one).
    func partitionKeyProblems(_ steps: [ColumnStep], of table: Table) -> [PolicyDiagnostic] {
        let key = Set(table.partitionKeyColumns ?? [])
        return steps.filter { key.contains($0.column.name) && !$0.keepsSourceValue }.map { step in
            PolicyDiagnostic(
                .error,
                "`\(table.name).\(step.column.name)` decides which partition holds each row, and rule `\(step.ruleName)`\(step.inheritedFrom.map { " (from \($0))" } ?? "") changes it: rows could fit no partition",
                at: step.policy.ruleLocation, suggestion: "keep `\(step.column.name)` (the partitions' bounds hold the source's values)")
        }
    }

    /// Makes the plan; throws when the policy and the schema cannot be planned together.
    public func plan() throws -> ClonePlan {
        // Targets check foreign keys after the load, so any cycle loads; the order only keeps parents first where it can.
        let graph = ForeignKeyGraph(schema: schema)
        let filter = RowFilter(schema: schema, policy: policy, dialect: dialect, graph: graph)
        let subset = policy.subset.map { SubsetReach(spec: $0, filter: filter, addressing: addressing) }
        var steps: [TableStep] = []
        var problems: [PolicyDiagnostic] = []
        for name in graph.order {
            guard let table = schema.table(named: name) else { continue }
            let mode = policy.table(named: name)?.mode ?? .mask
            if mode == .skip { continue }
            let columns = try writtenColumns(of: table).map { column in try columnStep(column, of: table) }
            if mode == .mask { problems += carriedGeneratedProblems(columns, of: table) + partitionKeyProblems(columns, of: table) }
            // A subset table's query selects what its membership reads after the written columns.
            let extraSelect = mode == .mask ? subset?.members[name]?.extraSelect ?? [] : []
            let query = filter.query(for: table, columns: columns.map(\.column), extraSelect: extraSelect)
            let written = columns.map(\.column.name)
            let identity = table.primaryKey.isEmpty
                ? Array(written.indices)
                : table.primaryKey.compactMap { written.firstIndex(of: $0) }
            let ranged = blockRanges
                ? BlockRangeQuery(sql: filter.query(for: table, columns: columns.map(\.column), extraSelect: extraSelect, extraCondition: BlockRangeQuery.condition).sql)
                : nil
            var step = TableStep(
                table: table, mode: mode, columns: columns, selectSQL: query.sql, blockRangeQuery: ranged,
                filterReasons: mode == .empty ? [] : query.reasons, sourceRows: table.rowCount,
                identityPositions: identity.isEmpty ? Array(written.indices) : identity)
            if mode == .mask, subset?.members[name]?.addressPosition != nil {
                step.addressedSQL = filter.query(
                    for: table, columns: columns.map(\.column), extraSelect: extraSelect, extraCondition: SubsetReach.addressToken).sql
            }
            steps.append(step)
        }
        if !problems.isEmpty { throw PolicyProblems(problems) }
        let leftOut = translation?.warnings ?? []
        let target = TargetDesign(
            schema: translation?.schema ?? schema, leftOut: leftOut, refused: policy.unsupported == .fail ? leftOut : [], roles: policy.roles)
        var rows: [String: TablePolicy.RowCount] = [:]
        for table in policy.tables { if let count = table.rows { rows[table.name] = count } }
        let synthesized = Set(steps.filter { $0.mode == .synthesize }.map(\.table.name))
        let keySources = steps.filter { $0.mode == .mask }.compactMap { step -> SynthesisKeySource? in
            let referenced = schema.tables.filter { synthesized.contains($0.name) }.flatMap { child in
                child.foreignKeys.filter { $0.referencedTable == step.table.name }.map { step.table.referencedColumns(of: $0) }
            }
            return referenced.first.map { SynthesisKeySource(table: step.table.name, columns: $0) }
        }
        return ClonePlan(
            steps: steps, deferredKeys: graph.deferredKeys, target: target, synthesizedRows: rows, seed: policy.seed,
            skippedByPolicy: Set(policy.tables.filter { $0.mode == .skip }.map(\.name)), keysForSynthesis: keySources,
            fit: synthesized.isEmpty ? nil : FitPlan(schema: schema, policy: policy, tables: synthesized), subset: subset)
    }

    /// The rule of a column: its own entry, else the rule of the key it references, else `keep` when the
    /// policy says `unlisted: keep` (validation has already refused uncovered columns otherwise).
    func columnStep(_ column: Column, of table: Table, depth: Int = 0) throws -> ColumnStep {
        let tablePolicy = policy.table(named: table.name)
        if let own = tablePolicy?.column(named: column.name) {
            guard let rule = RuleRegistry.rule(named: own.rule) else {
                throw PolicyProblems([PolicyDiagnostic(.error, "unknown rule `\(own.rule)` on `\(table.name).\(column.name)`", at: own.ruleLocation, suggestion: "`doppel rules` lists the rules")])
            }
            return ColumnStep(column: column, rule: rule, policy: own, inheritedFrom: nil)
        }
        if depth < 16 {
            for key in table.foreignKeys {
                guard let position = key.columns.firstIndex(of: column.name), let parent = schema.table(named: key.referencedTable) else { continue }
                let referenced = parent.referencedColumns(of: key)
                guard position < referenced.count, let parentColumn = parent.column(named: referenced[position]) else { continue }
                if parent.name == table.name && parentColumn.name == column.name { continue }
                var step = try columnStep(parentColumn, of: parent, depth: depth + 1)
                step.column = column
                step.inheritedFrom = step.inheritedFrom ?? "\(parent.name).\(parentColumn.name)"
                return step
            }
        }
        let location = tablePolicy?.location ?? SourceLocation(file: policy.file, line: 1, column: 1)
        return ColumnStep(
            column: column, rule: KeepRule.self,
            policy: ColumnPolicy(name: column.name, location: location, rule: KeepRule.descriptor.name, ruleLocation: location),
            inheritedFrom: nil)
    }
}
