public import DoppelCore
import DoppelPolicy
public import DoppelSynthesis
public import Foundation
public import Logging
import DoppelConnectors
import DoppelLedger

/// `doppel fit`: reads each table of the source once, streaming, and writes a ``DatabaseModel``.
///
/// Per-column models and the copula are learnt from the rows (each joined to the parents it references,
/// a join the source runs); children per parent come from `GROUP BY` aggregates the source runs too, so
/// memory is bounded by the model, never by the number of rows or parents.
public struct ModelFitter {
    private let logger: Logger

    /// A fitter that logs to `logger`.
    public init(logger: Logger) {
        self.logger = logger
    }

    /// What a fit produced.
    public struct Outcome {
        /// The model written.
        public var model: DatabaseModel
        /// Rows read from the source.
        public var rowsRead: Int64
        /// How long the fit took.
        public var seconds: Double
        /// The process's peak resident memory, in bytes, when known.
        public var peakMemoryBytes: Int64?
    }

    /// Fits the tables of `source` the policy does not skip (or leave empty), and writes the model to `output`;
    /// the run is recorded in the ledger at `ledgerPath` (nil: `$DOPPEL_LEDGER` or the default), its tables
    /// with the rows read.
    public func fit(
        policyPath: String, source url: ConnectionURL, output: String, ledgerPath: String?,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> Outcome {
        try RunRecorder.recording(
            command: "fit", ledgerPath: ledgerPath ?? RunLedger.defaultPath(environment: environment), policyPath: policyPath,
            source: url.description, target: "model \(output)", logger: logger
        ) { recorder in
            // A fit writes no rows; its tables record the rows read.
            recorder.rows = 0
            let started = Date()
            var inputs = [(path: policyPath, role: "the policy")]
            if case .sqlite(let path) = url { inputs.append((path, "the source database")) }
            try DatabaseOpener.refuseOverwriting(
                output, flag: "--out", inputs: inputs, suggestion: DatabaseOpener.sibling(of: output, ending: ".model.json"))
            let source = try DatabaseOpener.openSource(url)
            let schema = try source.introspect(countingRows: false)
            let loaded = try LoadedPolicy.load(path: policyPath, schema: schema)
            for warning in loaded.warnings { logger.warning("\(warning.description)") }
            recorder.describe(policyHash: loaded.fileHash, seed: loaded.policy.seed, secretFingerprint: nil)
            try recorder.requireLedger()
            let plan = FitPlan(schema: schema, policy: loaded.policy, tables: nil)
            let (model, rows) = try fit(schema: schema, plan: plan, source: source) { recorder.tables.append($0) }
            try model.write(to: output)
            let seconds = Date().timeIntervalSince(started)
            logger.info("Model written", metadata: ["path": "\(output)", "tables": "\(model.tables.count)", "rows": "\(rows)", "seconds": "\(seconds)"])
            return Outcome(model: model, rowsRead: rows, seconds: seconds, peakMemoryBytes: PeakMemory.bytes())
        }
    }

    /// Fits the tables of `plan` from an open source, telling `fitted` of each table as it is done.
    func fit(
        schema: Schema, plan: FitPlan, source: any SourceDatabase, fitted: (CloneSummary.TableSummary) -> Void = { _ in }
    ) throws -> (DatabaseModel, Int64) {
        let graph = ForeignKeyGraph(schema: schema)
        let deferred = Set(graph.deferredKeys.map { "\($0.table)#\($0.foreignKeyIndex)" })
        var models: [String: TableModel] = [:]
        var ordered: [TableModel] = []
        var rowsRead: Int64 = 0
        for name in graph.order {
            guard let table = schema.table(named: name), plan.tables.contains(name) else { continue }
            let started = Date()
            // The foreign keys of other fitted tables that reference this one: their children counts.
            let children = schema.tables.flatMap { child -> [(Table, Int)] in
                // The table itself too: a self-reference's children count places each row in its tree.
                guard plan.tables.contains(child.name) else { return [] }
                return child.foreignKeys.indices.filter { index in
                    child.foreignKeys[index].referencedTable == name && !deferred.contains("\(child.name)#\(index)")
                }.map { (child, $0) }
            }
            let (model, rows) = try fitTable(
                table, schema: schema, plan: plan, source: source, fitted: models, deferred: deferred,
                children: Array(children.prefix(TableFitter.maximumChildrenCounts)))
            models[name] = model
            ordered.append(model)
            rowsRead += rows
            let seconds = Date().timeIntervalSince(started)
            logger.info("Table fitted", metadata: ["table": "\(name)", "rows": "\(rows)", "seconds": "\(seconds)"])
            fitted(.init(table: name, mode: "fit", rowsRead: rows, rowsWritten: 0, seconds: seconds, rules: [:], readers: 1))
        }
        let model = DatabaseModel(
            doppelVersion: DoppelVersion.current, fittedAt: Date(), seed: plan.seed, minCount: plan.minCount,
            minCountAppliesToAll: plan.minCountAppliesToAll, schema: Self.structure(of: schema), tables: ordered)
        return (model, rowsRead)
    }

    /// The schema without row counts (which would tell more than the model's own figures).
    static func structure(of schema: Schema) -> Schema {
        var copy = schema
        for index in copy.tables.indices { copy.tables[index].rowCount = nil }
        return copy
    }

    /// The parent columns joined beside each row: per foreign key to an already fitted parent, its
    /// copula columns (at most ``parentColumnLimit``).
    static let parentColumnLimit = 8

    private func fitTable(
        _ table: Table, schema: Schema, plan: FitPlan, source: any SourceDatabase, fitted: [String: TableModel], deferred: Set<String>,
        children: [(table: Table, foreignKeyIndex: Int)]
    ) throws -> (TableModel, Int64) {
        let dialect = source.dialect
        let setups = plan.setups[table.name] ?? []
        var select = setups.map { "t0." + dialect.quote($0.column.name) }
        var joins: [String] = []
        var parentColumns: [TableFitter.ParentColumn] = []
        for (index, key) in table.foreignKeys.enumerated() {
            guard key.referencedTable != table.name, !deferred.contains("\(table.name)#\(index)"),
                let parent = schema.table(named: key.referencedTable), let parentModel = fitted[parent.name]
            else { continue }
            let columns = parentModel.columns.filter(\.isInCopula).prefix(Self.parentColumnLimit)
            guard !columns.isEmpty else { continue }
            let alias = "p\(index + 1)"
            let referenced = parent.referencedColumns(of: key)
            let condition = zip(key.columns, referenced).map { "t0.\(dialect.quote($0)) = \(alias).\(dialect.quote($1))" }.joined(separator: " AND ")
            joins.append("LEFT JOIN \(dialect.quote(table: parent)) \(alias) ON \(condition)")
            for column in columns {
                select.append("\(alias).\(dialect.quote(column.name))")
                parentColumns.append(.init(relation: index, model: column))
            }
        }
        // Children counts: each child table's rows grouped by the key (the source aggregates), joined in.
        var childReferences: [CopulaModel.ChildReference] = []
        for (offset, (child, index)) in children.enumerated() {
            let key = child.foreignKeys[index]
            let alias = "c\(offset + 1)"
            let referenced = table.referencedColumns(of: key)
            let grouped = key.columns.map(dialect.quote).joined(separator: ", ")
            let notNull = key.columns.map { "\(dialect.quote($0)) IS NOT NULL" }.joined(separator: " AND ")
            let condition = zip(key.columns, referenced).map { "\(alias).\(dialect.quote($0)) = t0.\(dialect.quote($1))" }.joined(separator: " AND ")
            joins.append("LEFT JOIN (SELECT \(grouped), COUNT(*) AS doppel_children FROM \(dialect.from(table: child)) WHERE \(notNull) GROUP BY \(grouped)) \(alias) ON \(condition)")
            select.append("\(alias).doppel_children")
            childReferences.append(.init(table: child.name, columns: key.columns))
        }
        let fitter = TableFitter(
            table: table, setups: setups, parentColumns: parentColumns, children: childReferences, minCount: plan.minCount, seed: plan.seed)
        if !select.isEmpty {
            let sql = "SELECT \(select.joined(separator: ", ")) FROM \(dialect.from(table: table)) t0 \(joins.joined(separator: " "))"
            try source.scan(unsafeSQL: sql) { row in fitter.observe(row) }
        } else {
            try source.scan(unsafeSQL: "SELECT 1 FROM \(dialect.from(table: table))") { _ in fitter.observe(EmptyCollection()) }
        }
        let relations = try table.foreignKeys.compactMap { key -> RelationModel? in
            guard let parent = schema.table(named: key.referencedTable) else { return nil }
            return try relation(of: table, through: key, to: parent, source: source)
        }
        var model = fitter.finish(relations: relations)
        switch plan.rows[table.name] {
        case .count(let count): model.policyRows = count
        case .factor(let factor): model.policyFactor = factor
        case nil: break
        }
        return (model, model.rowCount)
    }

    /// Children per parent along `key`, counted by the source (`GROUP BY` the parent's key), parents
    /// without children included.
    private func relation(of table: Table, through key: ForeignKey, to parent: Table, source: any SourceDatabase) throws -> RelationModel {
        let dialect = source.dialect
        let referenced = parent.referencedColumns(of: key)
        let condition = zip(key.columns, referenced).map { "c.\(dialect.quote($0)) = p.\(dialect.quote($1))" }.joined(separator: " AND ")
        let groupBy = referenced.map { "p.\(dialect.quote($0))" }.joined(separator: ", ")
        let first = "c." + dialect.quote(key.columns[0])
        let sql = """
            SELECT n, COUNT(*) FROM (SELECT COUNT(\(first)) AS n FROM \(dialect.from(table: parent)) p \
            LEFT JOIN \(dialect.from(table: table)) c ON \(condition) GROUP BY \(groupBy)) AS per_parent GROUP BY n ORDER BY n
            """
        var childCounts: [Int64] = []
        var parents: [Int64] = []
        try source.scan(unsafeSQL: sql) { row in
            guard case .integer(let count) = row[0], case .integer(let many) = row[1] else { return }
            childCounts.append(count)
            parents.append(many)
        }
        let nullCondition = key.columns.map { "\(dialect.quote($0)) IS NULL" }.joined(separator: " OR ")
        var nullFraction = 0.0
        if let row = try source.queryOne(unsafeSQL: "SELECT COUNT(CASE WHEN \(nullCondition) THEN 1 END), COUNT(*) FROM \(dialect.from(table: table))"),
            row.count == 2, case .integer(let total) = row[1], total > 0
        {
            if case .integer(let nulls) = row[0] { nullFraction = Double(nulls) / Double(total) }
        }
        return RelationModel(columns: key.columns, parentTable: parent.name, childCounts: childCounts, parents: parents, nullFraction: nullFraction)
    }
}
