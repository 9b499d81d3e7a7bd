package import DoppelCore
package import DoppelFakers
import DoppelMasking

/// Generates a synthetic table from its ``TableModel``, row by row in batches, deterministic from the seed:
/// row `i`'s values are drawn from a generator seeded by (seed, table, i); the parents it references come
/// from per-table plans (children counts, capacities) made from the seed too.
///
/// Rows come in groups per parent of the *driving* foreign key (``DrivingReference``), with children-per-
/// parent counts drawn stratified from the fitted histogram and ranked by the parent's copula draw of the
/// count, so scaling a parent scales its children and a parent's children follow its columns. Other
/// references give each parent a capacity within the source's smallest and largest count
/// (``ParentPicker``); a self-reference points at an earlier row with room for a child, breadth first (a
/// tree as shallow as the source's, ``TreeCursor``); a reference that closes a cycle points at a row of a
/// table written later, whose keys are known by position. Keys and unique columns are injective by
/// construction (``UniqueKeyPlan``), and CHECK conditions of the common forms are met by adjusting the
/// drafted row (``CheckEnforcer``). The copula's variables and their order are a ``CopulaLayout``, drawn by
/// a ``CopulaSampler``; the row itself is drawn in `TableGenerator+Rows.swift`.
package final class TableGenerator {
    /// The table generated.
    package let table: Table
    /// Its fitted model.
    package let model: TableModel
    /// The columns written, in order.
    package let columns: [String]
    let drawers: [ColumnDrawer?]
    /// Seeds each row's draws (``GenerationSalt/rows``).
    let rowHasher: SipHash
    /// Seeds the table's plans (``GenerationSalt/counts``).
    let countHasher: SipHash
    /// The references, resolved, with their drawn counts and tree cursors.
    var references: [GeneratedReference]
    /// The driving reference's index, if the table has one.
    let driving: Int?
    let keyPlan: UniqueKeyPlan
    private let requestedRows: Int64?
    private let defaultRows: Int64
    /// The rows the table writes, for a tree's ranks (set when generation starts).
    var treeRows: Int64 = 1
    /// Whether each column's uniform comes from the copula.
    let fromCopula: [Bool]
    private let positions: [String: Int]
    let checks: CheckEnforcer
    /// Near-deterministic ordered pairs: `upper` is written as `lower` plus a gap drawn from the fitted quantiles.
    let gaps: [(lower: Int, upper: Int, quantiles: [Double])]
    /// Checks Doppel cannot meet by construction; rows drawn within the fitted ranges usually satisfy them.
    package var unparsedChecks: [String] { checks.unparsed }
    /// Keys recorded as rows are written, for children that reference non-sequence keys.
    package let recordedKeys: StoredKeys?
    private let recordedColumns: [Int]
    let copula: CopulaSampler
    /// Columns that repeat a synthesized parent's.
    let copies: [ParentCopy]
    /// The values written in the columns children copy (see ``keepValues(of:)``).
    private var kept = KeptValues()
    /// Per children count of the copula (its layout's slot), the draw each row written made of it, until
    /// the child table takes them (8 bytes a row).
    var childrenLatents: [[Double]]

    /// Resolves the table's references, keys, copula and checks against its model; nothing is drawn yet.
    ///
    /// - Parameters:
    ///   - rows: the rows the policy asks for, spread over the driving parent's rows when there is one;
    ///     nil lets a driven table follow its parents' children, and gives any other `defaultRows`.
    ///   - recordKeys: the referenced columns to remember for children, when they are not a sequence key.
    package init(
        table: Table, model: TableModel, seed: UInt64, fakerData: FakerData?, references: [Reference], rows: Int64?, defaultRows: Int64,
        recordKeys: [String]? = nil
    ) {
        self.table = table
        self.model = model
        self.requestedRows = rows
        self.defaultRows = defaultRows
        let stored = table.storedColumns.map(\.name)
        columns = stored
        rowHasher = SipHash(key: (seed, GenerationSalt.rows)).hashKey(table.name)
        countHasher = SipHash(key: (seed, GenerationSalt.counts)).hashKey(table.name)
        let positions = Dictionary(stored.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        self.positions = positions

        let driving = DrivingReference.choose(in: table, model: model, references: references)
        self.driving = driving
        let keyPlan = UniqueKeyPlan(table: table, model: model, references: references, driving: driving)
        self.keyPlan = keyPlan
        self.references = references.enumerated().map { index, reference in
            let pointsAtSelf = table.foreignKeys[reference.foreignKeyIndex].referencedTable == table.name
            let role: GeneratedReference.Role = index == driving ? .driving : pointsAtSelf ? .tree : .picked
            return GeneratedReference(
                reference, in: table, model: model, positions: positions, role: role,
                distinctWithinDrivingParent: keyPlan.distinctWithinDrivingParent.contains(index))
        }
        let drawers = stored.map { name -> ColumnDrawer? in
            guard let column = table.column(named: name), let columnModel = model.column(named: name) else { return nil }
            return ColumnDrawer(column: column, model: columnModel, fakerData: fakerData, uniqueness: keyPlan.uniqueness[name] ?? .none)
        }
        self.drawers = drawers
        copies = ParentCopy.plan(columns: stored, model: model, table: table, references: references)
        checks = CheckEnforcer(checks: table.checks, orders: model.orders ?? [], positions: positions, steps: drawers.map { $0?.step })
        gaps = (model.orders ?? []).compactMap { order in
            guard let quantiles = order.gaps, let lower = positions[order.lower], let upper = positions[order.upper] else { return nil }
            return (lower, upper, quantiles)
        }
        if let recordKeys {
            recordedKeys = StoredKeys()
            recordedColumns = recordKeys.compactMap { stored.firstIndex(of: $0) }
        } else {
            recordedKeys = nil
            recordedColumns = []
        }
        let layout = CopulaLayout(table: table, model: model, columns: stored, references: references)
        copula = CopulaSampler(layout: layout, correlation: model.copula?.correlation)
        childrenLatents = layout.children.map { _ in [] }
        fromCopula = stored.indices.map(layout.columnPositions.contains)
    }

    /// Asks each synthesized parent to keep the values it writes in the columns this table copies (a line's
    /// price is its track's), so the rows can repeat them. It must run before the parents write their rows:
    /// the session calls it once every generator exists. Calling it again changes nothing.
    package func askParentsToKeepCopiedValues() {
        for copy in copies { _ = references[copy.reference].reference.parent?.keepValues(of: copy.column) }
    }

    /// Whether the table writes `column`.
    package func writes(_ column: String) -> Bool { positions[column] != nil }

    /// Where `column` sits in ``baseLatent(at:)``, if it is a copula column of the table.
    package func latentOffset(ofColumn column: String) -> Int? {
        positions[column].flatMap(copula.layout.latentOffset(ofColumnAt:))
    }

    /// The normal scores row `index` draws before its parents are taken into account: what children
    /// condition on.
    package func baseLatent(at index: Int64) -> [Double] {
        var generator = SplitMix64(seed: rowHasher.hash(UInt64(bitPattern: index)))
        return copula.baseLatent(noise: copula.noise(&generator), row: index, treeRank: treeRank(of: index))
    }

    /// Where the number of children along `reference` sits in ``baseLatent(at:)``, if the copula has it.
    package func childrenOffset(of reference: CopulaModel.ChildReference) -> Int? {
        copula.layout.childrenOffset(of: reference)
    }

    /// Asks the table to keep the values it writes in `column`, for children that repeat them; false when
    /// the table does not write that column.
    package func keepValues(of column: String) -> Bool {
        guard let position = positions[column] else { return false }
        kept.keep(column, at: position)
        return true
    }

    /// The value row `row` wrote in a column kept by ``keepValues(of:)``.
    package func keptValue(of column: String, at row: Int64) -> Value? {
        kept.value(of: column, at: row)
    }

    /// The draws of the children count along `reference` that the first `rows` rows written made, handed
    /// over once (nil when the rows are not all written, or the copula has no such count).
    package func takeChildrenLatents(of reference: CopulaModel.ChildReference, rows: Int) -> [Double]? {
        guard let slot = copula.layout.childrenSlots[reference], childrenLatents[slot].count >= rows else { return nil }
        defer { childrenLatents[slot] = [] }
        return Array(childrenLatents[slot].prefix(rows))
    }

    /// Row `row`'s place among the table's rows for a tree, as a probability: `(n − row − ½) / n`, so the
    /// first rows take the largest children counts (and the copula's highest draws of the count).
    func treeRank(of row: Int64) -> Double {
        let rows = max(1, treeRows)
        return (Double(rows - 1 - min(max(0, row), rows - 1)) + 0.5) / Double(rows)
    }

    /// The number of rows ``generate(batchSize:emit:)`` writes (a pass over the parents' counts for a driven table).
    package func plannedRows() -> Int64 {
        guard let driving else { return requestedRows ?? defaultRows }
        return requestedRows ?? naturalRows(driving)
    }

    /// The rows the drawn children counts of every parent add up to.
    private func naturalRows(_ reference: Int) -> Int64 {
        var total: Int64 = 0
        for parent in 0..<references[reference].keys.count { total += childCount(of: parent, reference: reference) }
        return total
    }

    /// The children count of `parent` along `reference` (see ``drawCounts(_:)``).
    func childCount(of parent: Int64, reference: Int) -> Int64 {
        let parents = references[reference].keys.count
        if references[reference].drawnCounts?.count != Int(parents) { references[reference].drawnCounts = drawCounts(reference) }
        guard let counts = references[reference].drawnCounts, parent >= 0, parent < parents else { return 0 }
        var count = counts[Int(parent)]
        guard reference == driving else { return count }
        // A driving parent's block holds at most one row, or as many as the distinct picks can differ.
        if keyPlan.onePerDrivingParent { count = min(count, 1) }
        for other in keyPlan.distinctWithinDrivingParent { count = min(count, references[other].keys.count) }
        return count
    }

    /// Every parent's children count along `reference`, stratified: the fitted histogram's quantiles at
    /// `(k + ½) / parents`, so the counts reproduce it (exactly, when there are as many parents as the
    /// source had) rather than sample it. They go to the parents in the order of each parent's latent
    /// draw of the count, when its copula has one (a media type's tracks follow its name, a customer's
    /// invoices its columns), else in a golden-ratio shuffle.
    private func drawCounts(_ reference: Int) -> [Int64] {
        let resolved = references[reference]
        let parents = Int(resolved.keys.count)
        guard parents > 0 else { return [] }
        guard let distribution = resolved.childCounts else { return [Int64](repeating: 1, count: parents) }
        func quantile(_ rank: Int) -> Int64 { distribution.count(at: (Double(rank) + 0.5) / Double(parents)) }
        let child = CopulaModel.ChildReference(table: table.name, columns: resolved.columns)
        // Parents in the order of their draws of the count: the copula's when the parent's has it.
        let ranked: [Int]
        if let parent = resolved.reference.parent, let offset = parent.childrenOffset(of: child) {
            // The draws the parent's rows made (conditioned on their own parents), else their base draws.
            let latent = parent.takeChildrenLatents(of: child, rows: parents) ?? (0..<parents).map { parent.baseLatent(at: Int64($0))[offset] }
            ranked = latent.indices.sorted { latent[$0] != latent[$1] ? latent[$0] < latent[$1] : $0 < $1 }
        } else {
            let shuffle = GoldenRatioPermutation(size: Int64(parents), offset: countHasher.hash(UInt64(reference) &+ GenerationSalt.strata))
            var order = [Int](repeating: 0, count: parents)
            for parent in 0..<parents { order[Int(shuffle.permute(UInt64(parent)))] = parent }
            ranked = order
        }
        var counts = [Int64](repeating: 0, count: parents)
        for (rank, parent) in ranked.enumerated() { counts[parent] = quantile(rank) }
        // So few parents that all drew none (a tiny scale): the last ranked has the smallest count seen.
        if counts.allSatisfy({ $0 == 0 }), let last = ranked.last,
            let smallest = zip(resolved.relation?.childCounts ?? [], resolved.relation?.parents ?? []).filter({ $0.0 > 0 && $0.1 > 0 }).map(\.0).min()
        {
            counts[last] = smallest
        }
        return counts
    }

    /// Writes every row, `batchSize` at a time.
    package func generate(batchSize: Int = 512, emit: (RowBatch) throws -> Void) throws {
        var batch = RowBatch(columnCount: columns.count, reservingRows: batchSize)
        var row: Int64 = 0
        let rows = plannedRows()
        treeRows = rows
        for index in references.indices { references[index].tree = TreeCursor() }
        var pickers: [Int: ParentPicker] = [:]
        for (order, index) in references.indices.filter({ references[$0].role == .picked }).enumerated() {
            pickers[index] = ParentPicker(keys: references[index].keys, relation: references[index].relation, rows: rows, stream: order,
                offset: countHasher.hash(UInt64(index) &+ GenerationSalt.picker), distinct: references[index].distinctWithinDrivingParent) { parent in
                self.childCount(of: parent, reference: index)
            }
        }
        func write(parent: Int64?, ordinal: Int64, used: inout [Set<Int64>]) throws {
            let values = makeRow(row, drivingParent: parent, ordinal: ordinal, pickers: pickers, used: &used)
            if let recordedKeys { recordedKeys.append(recordedColumns.map { values[$0] }) }
            kept.record(values)
            batch.append(row: values)
            row += 1
            if batch.rowCount >= batchSize {
                try emit(batch)
                batch.removeAll()
            }
        }
        if let driving {
            let parents = references[driving].keys.count
            var spread = requestedRows.map { RowSpread(requested: $0, natural: naturalRows(driving), parents: parents) }
            for parent in 0..<parents {
                var used = [Set<Int64>](repeating: [], count: references.count)
                let drawn = childCount(of: parent, reference: driving)
                let count = spread?.rows(of: parent, drawn: drawn) ?? drawn
                for ordinal in 0..<count { try write(parent: parent, ordinal: ordinal, used: &used) }
            }
        } else {
            var used = [Set<Int64>](repeating: [], count: references.count)
            for _ in 0..<(requestedRows ?? defaultRows) { try write(parent: nil, ordinal: 0, used: &used) }
        }
        if !batch.isEmpty { try emit(batch) }
    }
}
