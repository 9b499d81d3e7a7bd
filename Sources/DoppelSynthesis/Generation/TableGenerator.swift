import DoppelCore
import DoppelFakers

/// Generates a synthetic table from its ``TableModel``, row by row in batches, deterministic from the seed:
/// row `i`'s values are drawn from a generator seeded by (seed, table, i); the parents it references come
/// from per-table plans (children counts, capacities) made from the seed too.
///
/// Rows come in groups per parent of the *driving* foreign key (the one leading the primary key, else the
/// never-NULL one whose parents all had children, then the widest), with children-per-parent counts drawn
/// stratified from the fitted histogram and ranked by the parent's copula draw of the count, so scaling a
/// parent scales its children and a parent's children follow its columns. Other references give each
/// parent a capacity within the source's smallest and largest count (``ParentPicker``); a self-reference
/// points at an earlier row with room for a child, breadth first (a tree as shallow as the source's); a
/// reference that closes a cycle points at a row of a table written later, whose keys are known by
/// position. Keys and unique columns are injective by construction, and CHECK conditions of the common
/// forms are met by adjusting the drafted row.
public final class TableGenerator {
    /// One foreign key of the table and the parent it points at.
    public struct Reference {
        public var foreignKeyIndex: Int
        public var keys: any ParentKeys
        /// The parent's generator, for its rows' copula draws (a synthesized parent), else nil.
        public var parent: TableGenerator?
        /// The reference closes a cycle (its parent is written later): it never drives the row count.
        public var closesCycle: Bool

        public init(foreignKeyIndex: Int, keys: any ParentKeys, parent: TableGenerator?, closesCycle: Bool = false) {
            self.foreignKeyIndex = foreignKeyIndex
            self.keys = keys
            self.parent = parent
            self.closesCycle = closesCycle
        }
    }

    public let table: Table
    public let model: TableModel
    /// The columns written, in order.
    public let columns: [String]
    private let drawers: [ColumnDrawer?]
    private let rowHasher: SipHash
    private let countHasher: SipHash
    private let references: [Reference]
    private let driving: Int?
    private let distinctWithinParent: Set<Int>
    private let onePerParent: Bool
    private let requestedRows: Int64?
    private let defaultRows: Int64
    /// Per reference: its fitted relation and children-count distribution, resolved once.
    private let relations: [RelationModel?]
    private let childCounts: [ChildCountDistribution?]
    /// Per self-reference: the row taking children now and how many it took (see ``nextTreeParent(_:before:)``),
    /// and the rows the table writes.
    private var treeStates: [Int: (parent: Int64, used: Int64)] = [:]
    private var treeRows: Int64 = 1
    /// Per reference: its parents' children counts, drawn when first needed (the parents' number is
    /// known once they are written).
    private var drawnCounts: [[Int64]?]
    /// Per reference: the positions of its columns among ``columns``.
    private let referencePositions: [[Int]]
    /// Per reference: whether it points at the table itself, and whether all its columns allow NULL.
    private let referencesSelf: [Bool]
    private let referenceNullable: [Bool]
    /// Whether each column's uniform comes from the copula.
    private let fromCopula: [Bool]
    private let positions: [String: Int]
    private let checks: [CheckCondition]
    /// Checks Doppel cannot meet by construction; rows drawn within the fitted ranges usually satisfy them.
    public private(set) var unparsedChecks: [String] = []
    /// Keys recorded as rows are written, for children that reference non-sequence keys.
    public let recordedKeys: StoredKeys?
    private let recordedColumns: [Int]

    // The copula: own variables' positions among `columns`, the parents' variables, and the factors.
    private let copulaColumns: [Int]
    private let parentVariables: [(reference: Int, position: Int, mean: Double, deviation: Double)]
    private let ownFactor: [[Double]]
    private let conditionalMean: [[Double]]
    private let conditionalFactor: [[Double]]
    private let parentCopulaNames: [String]
    /// Copula columns whose every source value was distinct (a lookup's names): row i takes value
    /// i mod n, so the lookup keeps its values once each instead of drawing them with repeats. They come
    /// first in the copula's order, and their latent scores are fixed from the value before the other
    /// variables are drawn, so the rest of the row (children counts included) follows them.
    private let enumeratedColumns: [[Double]]
    /// Leading latent dimensions that are a self-reference's children count, fixed by the row's rank.
    private let treeCountDimensions: Int
    /// Columns that repeat a parent's column: their position, the reference, the parent's column, the share.
    private let copies: [(position: Int, reference: Int, column: String, share: Double)]
    /// Columns whose written values children copy: per column its slot; per slot the column's position
    /// and the values row by row.
    private var keptColumns: [String: Int] = [:]
    private var keptPositions: [Int] = []
    private var keptValues: [[Value]] = []
    /// The copula's children counts, which follow the tree counts and stored columns in the latent vector:
    /// where they start, each count's slot, and per slot the draw each row written made of it, until the
    /// child table takes them (8 bytes a row).
    private let childrenBase: Int
    private let childrenSlots: [CopulaModel.ChildReference: Int]
    private var childrenLatents: [[Double]]

    /// - Parameters:
    ///   - rows: the rows the policy asks for, spread over the driving parent's rows when there is one;
    ///     nil lets a driven table follow its parents' children, and gives any other `defaultRows`.
    ///   - recordKeys: the referenced columns to remember for children, when they are not a sequence key.
    public init(
        table: Table, model: TableModel, seed: UInt64, fakerData: FakerData?, references: [Reference], rows: Int64?, defaultRows: Int64,
        recordKeys: [String]? = nil
    ) {
        self.table = table
        self.model = model
        self.references = references
        self.requestedRows = rows
        self.defaultRows = defaultRows
        let stored = table.storedColumns.map(\.name)
        columns = stored
        rowHasher = SipHash(key: (seed, GenerationSalt.rows)).hashKey(table.name)
        countHasher = SipHash(key: (seed, GenerationSalt.counts)).hashKey(table.name)

        // The driving reference: one whose columns lead the primary key, else, among those never NULL in
        // the source, the one to the parent with the most rows (the least variance in the total).
        func relation(of reference: Reference) -> RelationModel? {
            let columns = table.foreignKeys[reference.foreignKeyIndex].columns
            return model.relations.first { $0.columns == columns }
        }
        relations = references.map(relation(of:))
        childCounts = relations.map { $0.map(ChildCountDistribution.init) }
        drawnCounts = references.map { _ in nil }
        let positions = Dictionary(stored.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        self.positions = positions
        referencePositions = references.map { reference in
            table.foreignKeys[reference.foreignKeyIndex].columns.map { positions[$0] ?? -1 }
        }
        referencesSelf = references.map { table.foreignKeys[$0.foreignKeyIndex].referencedTable == table.name }
        referenceNullable = references.map { reference in
            table.foreignKeys[reference.foreignKeyIndex].columns.allSatisfy { table.column(named: $0)?.isNullable ?? true }
        }
        let nonSelf = references.filter { table.foreignKeys[$0.foreignKeyIndex].referencedTable != table.name && !$0.closesCycle && relation(of: $0) != nil }
        let leading = nonSelf.firstIndex { reference in
            let key = table.foreignKeys[reference.foreignKeyIndex]
            return !table.primaryKey.isEmpty && Array(table.primaryKey.prefix(key.columns.count)) == key.columns
        }
        let neverNull = nonSelf.indices.filter { (relation(of: nonSelf[$0])?.nullFraction ?? 1) == 0 }
        // The driving reference reproduces its children counts exactly, the others only about: drive by the
        // one whose parents all had children (an invoice's lines, not a track's sales), then the widest.
        func rank(_ position: Int) -> (Double, Int64) {
            guard let relation = relation(of: nonSelf[position]) else { return (0, 0) }
            let total = relation.parents.reduce(0, +)
            let childless = zip(relation.childCounts, relation.parents).filter { $0.0 == 0 }.reduce(Int64(0)) { $0 + $1.1 }
            return (total > 0 ? -Double(childless) / Double(total) : -1, total)
        }
        let widest = neverNull.max { a, b in rank(a) < rank(b) }
        let drivingPosition = (leading ?? widest).flatMap { position in references.firstIndex { $0.foreignKeyIndex == nonSelf[position].foreignKeyIndex } }
        driving = drivingPosition
        let driving = drivingPosition

        // Unique keys: which columns must be distinct by construction, and how.
        var uniqueness: [String: ColumnDrawer.Uniqueness] = [:]
        var distinct = Set<Int>()
        var onePerParent = false
        let referenceColumns = Set(table.foreignKeys.flatMap(\.columns))
        let drivingColumns = driving.map { table.foreignKeys[references[$0].foreignKeyIndex].columns } ?? []
        for key in ([table.primaryKey] + table.uniqueKeys) where !key.isEmpty {
            if key.contains(where: { model.column(named: $0)?.kind == .sequence }) { continue }
            if !drivingColumns.isEmpty && Set(drivingColumns).isSubset(of: key) {
                let rest = key.filter { !drivingColumns.contains($0) }
                if rest.isEmpty { onePerParent = true; continue }
                if let other = references.indices.first(where: { index in
                    index != driving && Set(table.foreignKeys[references[index].foreignKeyIndex].columns).isSubset(of: rest)
                }) {
                    distinct.insert(other)
                } else if let column = rest.first(where: { !referenceColumns.contains($0) }) {
                    uniqueness[column] = .withinParent
                }
                continue
            }
            if let column = key.first(where: { !referenceColumns.contains($0) }) {
                if uniqueness[column] == nil { uniqueness[column] = .byRow }
            }
        }
        self.distinctWithinParent = distinct
        self.onePerParent = onePerParent
        drawers = stored.map { name in
            guard let column = table.column(named: name), let columnModel = model.column(named: name) else { return nil }
            return ColumnDrawer(column: column, model: columnModel, fakerData: fakerData, uniqueness: uniqueness[name] ?? .none)
        }

        // Columns that repeat a synthesized parent's: the parent keeps its values as it writes them.
        var copies: [(position: Int, reference: Int, column: String, share: Double)] = []
        for (position, name) in stored.enumerated() {
            guard let copied = model.column(named: name)?.copiedFrom,
                let reference = references.firstIndex(where: { table.foreignKeys[$0.foreignKeyIndex].columns == copied.foreignKey }),
                let parent = references[reference].parent, parent.keepValues(of: copied.column)
            else { continue }
            copies.append((position, reference, copied.column, copied.share))
        }
        self.copies = copies

        // CHECK constraints.
        var checks: [CheckCondition] = []
        for check in table.checks {
            if let conditions = CheckCondition.parse(check.expression) { checks += conditions } else { unparsedChecks.append(check.expression) }
        }
        self.checks = checks

        if let recordKeys {
            recordedKeys = StoredKeys()
            recordedColumns = recordKeys.compactMap { stored.firstIndex(of: $0) }
        } else {
            recordedKeys = nil
            recordedColumns = []
        }

        // The copula, split into the parents' variables (given) and the table's own (drawn): enumerated
        // columns first, then the other stored columns, then children counts.
        func enumeratedScores(_ name: String) -> [Double]? {
            guard let columnModel = model.column(named: name), columnModel.kind == .categorical, columnModel.nullFraction == 0,
                let categorical = columnModel.categorical, categorical.otherCount == 0, categorical.counts.count > 1,
                categorical.counts.allSatisfy({ $0 == 1 })
            else { return nil }
            let count = Double(categorical.counts.count)
            return categorical.counts.indices.map { NormalDistribution.quantile((Double($0) + 0.5) / count) }
        }
        var enumerated: [(index: Int, position: Int, scores: [Double])] = []
        var plain: [(index: Int, position: Int)] = []
        var children: [(index: Int, reference: CopulaModel.ChildReference)] = []
        var treeCounts: [Int] = []
        var parentVariables: [(reference: Int, position: Int, mean: Double, deviation: Double)] = []
        var parentIndexes: [Int] = []
        var parentNames: [String] = []
        if let copula = model.copula {
            for (index, variable) in copula.variables.enumerated() {
                if let child = variable.children {
                    // A self-reference's count is fixed by the row's place in the tree (see nextTreeParent).
                    if child.table == table.name, table.foreignKeys.contains(where: { $0.referencedTable == table.name && $0.columns == child.columns }) {
                        treeCounts.append(index)
                    } else {
                        children.append((index, child))
                    }
                } else if let relation = variable.relation {
                    let foreignKeyIndex = Self.foreignKeyIndex(of: relation, in: model, table: table)
                    guard let referenceIndex = references.firstIndex(where: { $0.foreignKeyIndex == foreignKeyIndex }),
                        let parent = references[referenceIndex].parent,
                        let position = parent.latentOffset(ofColumn: variable.column)
                    else { continue }
                    parentVariables.append((referenceIndex, position, variable.mean ?? 0, variable.deviation ?? 1))
                    parentIndexes.append(index)
                    parentNames.append(variable.column)
                } else if let position = stored.firstIndex(of: variable.column) {
                    if let scores = enumeratedScores(variable.column) {
                        enumerated.append((index, position, scores))
                    } else {
                        plain.append((index, position))
                    }
                }
            }
        }
        let copulaColumns = enumerated.map(\.position) + plain.map(\.position)
        // Latent order: tree counts, enumerated columns (both fixed per row), other columns, children counts.
        let ownIndexes = treeCounts + enumerated.map(\.index) + plain.map(\.index) + children.map(\.index)
        if let copula = model.copula, !ownIndexes.isEmpty {
            let sigma = copula.correlation
            let own = ownIndexes.map { i in ownIndexes.map { j in sigma[i][j] } }
            ownFactor = CorrelationMatrix.cholesky(own)
            if !parentIndexes.isEmpty {
                let parentSigma = parentIndexes.map { i in parentIndexes.map { j in sigma[i][j] } }
                let parentLower = CorrelationMatrix.cholesky(parentSigma)
                // A = Σ_op Σ_pp⁻¹, row by row; S = Σ_oo − A Σ_po.
                let mean = ownIndexes.map { i in CorrelationMatrix.solve(lower: parentLower, parentIndexes.map { j in sigma[i][j] }) }
                var conditional = own
                for a in ownIndexes.indices {
                    for b in ownIndexes.indices {
                        var sum = 0.0
                        for k in parentIndexes.indices { sum += mean[a][k] * sigma[parentIndexes[k]][ownIndexes[b]] }
                        conditional[a][b] -= sum
                    }
                }
                conditionalMean = mean
                conditionalFactor = CorrelationMatrix.cholesky(conditional)
            } else {
                conditionalMean = []
                conditionalFactor = ownFactor
            }
        } else {
            ownFactor = []
            conditionalMean = []
            conditionalFactor = []
        }
        self.copulaColumns = copulaColumns
        treeCountDimensions = treeCounts.count
        enumeratedColumns = enumerated.map(\.scores)
        childrenBase = treeCounts.count + copulaColumns.count
        childrenSlots = Dictionary(children.enumerated().map { ($1.reference, $0) }, uniquingKeysWith: { first, _ in first })
        childrenLatents = children.map { _ in [] }
        fromCopula = stored.indices.map(copulaColumns.contains)
        self.parentVariables = parentVariables
        self.parentCopulaNames = parentNames
    }

    static func foreignKeyIndex(of relation: Int, in model: TableModel, table: Table) -> Int {
        guard relation < model.relations.count else { return relation }
        let columns = model.relations[relation].columns
        return table.foreignKeys.firstIndex { $0.columns == columns } ?? relation
    }

    /// Where `column` sits in ``baseLatent(at:)``, if it is a copula column of the table.
    public func latentOffset(ofColumn column: String) -> Int? {
        copulaColumns.firstIndex { columns[$0] == column }.map { treeCountDimensions + $0 }
    }

    /// The normal scores row `index` draws before its parents are taken into account: what children
    /// condition on.
    public func baseLatent(at index: Int64) -> [Double] {
        var generator = SplitMix64(seed: rowHasher.hash(UInt64(bitPattern: index)))
        return correlate(ownFactor, normals(ownFactor.count, &generator), shift: nil, row: index)
    }

    /// Where the number of children along `reference` sits in ``baseLatent(at:)``, if the copula has it.
    public func childrenOffset(of reference: CopulaModel.ChildReference) -> Int? {
        childrenSlots[reference].map { childrenBase + $0 }
    }

    /// Asks the table to keep the values it writes in `column`, for children that repeat them; false when
    /// the table does not write that column.
    public func keepValues(of column: String) -> Bool {
        if keptColumns[column] != nil { return true }
        guard let position = positions[column] else { return false }
        keptColumns[column] = keptValues.count
        keptPositions.append(position)
        keptValues.append([])
        return true
    }

    /// The value row `row` wrote in a column kept by ``keepValues(of:)``.
    public func keptValue(of column: String, at row: Int64) -> Value? {
        guard let slot = keptColumns[column], row >= 0, row < Int64(keptValues[slot].count) else { return nil }
        return keptValues[slot][Int(row)]
    }

    /// The draws of the children count along `reference` that the first `rows` rows written made, handed
    /// over once (nil when the rows are not all written, or the copula has no such count).
    public func takeChildrenLatents(of reference: CopulaModel.ChildReference, rows: Int) -> [Double]? {
        guard let slot = childrenSlots[reference], childrenLatents[slot].count >= rows else { return nil }
        defer { childrenLatents[slot] = [] }
        return Array(childrenLatents[slot].prefix(rows))
    }

    /// `shift + lower · noise`, except that the fixed variables (the first ones: tree counts, at the row's
    /// rank, then enumerated columns, at the row's value's score) take their target, their noise solved
    /// for, so the variables after them are drawn given them.
    private func correlate(_ lower: [[Double]], _ noise: [Double], shift: [Double]?, row: Int64) -> [Double] {
        let fixed = treeCountDimensions + enumeratedColumns.count
        guard fixed > 0 else {
            return lower.indices.map { i in
                var sum = shift?[i] ?? 0
                for k in 0...i { sum += lower[i][k] * noise[k] }
                return sum
            }
        }
        var noise = noise
        var latent = [Double](repeating: 0, count: lower.count)
        for i in lower.indices {
            var sum = shift?[i] ?? 0
            for k in 0..<i { sum += lower[i][k] * noise[k] }
            if i < fixed {
                let target: Double
                if i < treeCountDimensions {
                    target = NormalDistribution.quantile(treeRank(of: row))
                } else {
                    let scores = enumeratedColumns[i - treeCountDimensions]
                    target = scores[Int(row % Int64(scores.count))]
                }
                if lower[i][i] > 1e-9 { noise[i] = (target - sum) / lower[i][i] }
                latent[i] = target
            } else {
                latent[i] = sum + lower[i][i] * noise[i]
            }
        }
        return latent
    }

    private func normals(_ count: Int, _ generator: inout SplitMix64) -> [Double] {
        (0..<count).map { _ in NormalDistribution.draw(generator.nextUnit(), generator.nextUnit()) }
    }

    /// The number of rows ``generate(batchSize:emit:)`` writes (a pass over the parents' counts for a driven table).
    public func plannedRows() -> Int64 {
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
    private func childCount(of parent: Int64, reference: Int) -> Int64 {
        let parents = references[reference].keys.count
        if drawnCounts[reference]?.count != Int(parents) { drawnCounts[reference] = drawCounts(reference) }
        guard let counts = drawnCounts[reference], parent >= 0, parent < parents else { return 0 }
        var count = counts[Int(parent)]
        guard reference == driving else { return count }
        // A driving parent's block holds at most one row, or as many as the distinct picks can differ.
        if onePerParent { count = min(count, 1) }
        for other in distinctWithinParent { count = min(count, references[other].keys.count) }
        return count
    }

    /// Every parent's children count along `reference`, stratified: the fitted histogram's quantiles at
    /// `(k + ½) / parents`, so the counts reproduce it (exactly, when there are as many parents as the
    /// source had) rather than sample it. They go to the parents in the order of each parent's latent
    /// draw of the count, when its copula has one (a media type's tracks follow its name, a customer's
    /// invoices its columns), else in a golden-ratio shuffle.
    private func drawCounts(_ reference: Int) -> [Int64] {
        let parents = Int(references[reference].keys.count)
        guard parents > 0 else { return [] }
        guard let distribution = childCounts[reference] else { return [Int64](repeating: 1, count: parents) }
        func quantile(_ rank: Int) -> Int64 { distribution.count(at: (Double(rank) + 0.5) / Double(parents)) }
        let child = CopulaModel.ChildReference(table: table.name, columns: table.foreignKeys[references[reference].foreignKeyIndex].columns)
        // Parents in the order of their draws of the count: the copula's when the parent's has it.
        let ranked: [Int]
        if let parent = references[reference].parent, let offset = parent.childrenOffset(of: child) {
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
            let smallest = zip(relations[reference]?.childCounts ?? [], relations[reference]?.parents ?? []).filter({ $0.0 > 0 && $0.1 > 0 }).map(\.0).min()
        {
            counts[last] = smallest
        }
        return counts
    }

    /// Writes every row, `batchSize` at a time.
    public func generate(batchSize: Int = 512, emit: (RowBatch) throws -> Void) throws {
        var batch = RowBatch(columnCount: columns.count, reservingRows: batchSize)
        var row: Int64 = 0
        var pickers: [Int: ParentPicker] = [:]
        let rows = plannedRows()
        treeRows = rows
        treeStates = [:]
        for (order, index) in references.indices.filter({ $0 != driving && !referencesSelf[$0] }).enumerated() {
            pickers[index] = ParentPicker(keys: references[index].keys, relation: relations[index], rows: rows, stream: order,
                offset: countHasher.hash(UInt64(index) &+ GenerationSalt.picker), distinct: distinctWithinParent.contains(index)) { parent in
                self.childCount(of: parent, reference: index)
            }
        }
        func write(parent: Int64?, ordinal: Int64, used: inout [Set<Int64>]) throws {
            let values = makeRow(row, drivingParent: parent, ordinal: ordinal, pickers: pickers, used: &used)
            if let recordedKeys { recordedKeys.append(recordedColumns.map { values[$0] }) }
            for (slot, position) in keptPositions.enumerated() { keptValues[slot].append(values[position]) }
            batch.append(row: values)
            row += 1
            if batch.rowCount >= batchSize {
                try emit(batch)
                batch.removeAll()
            }
        }
        if let driving {
            let parents = references[driving].keys.count
            var counts: (Int64) -> Int64 = { self.childCount(of: $0, reference: driving) }
            if let requestedRows {
                // A fixed row count spread over the parents in proportion to their drawn counts.
                let natural = naturalRows(driving)
                var cumulative: Int64 = 0
                var assigned: Int64 = 0
                let perParent = counts
                counts = { parent in
                    cumulative += perParent(parent)
                    let target = natural > 0
                        ? Int64((Double(cumulative) * Double(requestedRows) / Double(natural)).rounded())
                        : (parent + 1) * requestedRows / max(1, parents)
                    let count = max(0, target - assigned)
                    assigned = target
                    return count
                }
            }
            for parent in 0..<parents {
                var used = [Set<Int64>](repeating: [], count: references.count)
                let count = counts(parent)
                for ordinal in 0..<count { try write(parent: parent, ordinal: ordinal, used: &used) }
            }
        } else {
            var used = [Set<Int64>](repeating: [], count: references.count)
            for _ in 0..<(requestedRows ?? defaultRows) { try write(parent: nil, ordinal: 0, used: &used) }
        }
        if !batch.isEmpty { try emit(batch) }
    }

    /// Row `index`; `used` holds, per reference, the parents the driving parent's rows took so far.
    private func makeRow(_ index: Int64, drivingParent: Int64?, ordinal: Int64, pickers: [Int: ParentPicker], used: inout [Set<Int64>]) -> [Value] {
        var generator = SplitMix64(seed: rowHasher.hash(UInt64(bitPattern: index)))
        // Parents other than the driving one and the table itself are picked first, so the row's values
        // can follow theirs (a line's price is its track's price).
        var picks = SplitMix64(seed: rowHasher.hash(UInt64(bitPattern: index)) ^ GenerationSalt.parentPicks)
        var picked = [Int64?](repeating: nil, count: references.count)
        for referenceIndex in references.indices where referenceIndex != driving && !referencesSelf[referenceIndex] {
            picked[referenceIndex] = pickParent(
                referenceIndex, row: index, nullable: referenceNullable[referenceIndex], picker: pickers[referenceIndex], generator: &picks,
                used: &used[referenceIndex])
        }
        var uniforms = [Double](repeating: 0, count: columns.count)
        // The copula: the same noise as baseLatent(at:), shifted by the parents' draws.
        let noise = normals(ownFactor.count, &generator)
        if !ownFactor.isEmpty {
            let latent: [Double]
            if parentVariables.isEmpty {
                latent = correlate(ownFactor, noise, shift: nil, row: index)
            } else {
                var given = [Double](repeating: 0, count: parentVariables.count)
                var parentLatents: [Int: [Double]] = [:]
                for (offset, variable) in parentVariables.enumerated() {
                    // A parent not drawn (a NULL reference) counts as average (0).
                    let parentIndex = variable.reference == driving ? drivingParent : picked[variable.reference]
                    if parentLatents[variable.reference] == nil, let parentIndex {
                        parentLatents[variable.reference] = references[variable.reference].parent?.baseLatent(at: parentIndex)
                    }
                    if let latent = parentLatents[variable.reference]?[variable.position] {
                        given[offset] = (latent - variable.mean) / variable.deviation
                    }
                }
                let shift = conditionalMean.map { row in zip(row, given).reduce(0) { $0 + $1.0 * $1.1 } }
                latent = correlate(conditionalFactor, noise, shift: shift, row: index)
            }
            for (offset, position) in copulaColumns.enumerated() {
                uniforms[position] = NormalDistribution.cdf(latent[treeCountDimensions + offset])
            }
            for slot in childrenLatents.indices { childrenLatents[slot].append(latent[childrenBase + slot]) }
        }
        var drafts = [Draft](repeating: .null, count: columns.count)
        for position in columns.indices {
            guard let drawer = drawers[position] else { continue }
            let u = fromCopula[position] ? uniforms[position] : generator.nextUnit()
            drafts[position] = drawer.draw(u: u, generator: &generator, row: index, ordinal: ordinal)
        }
        applyChecks(&drafts)
        var values = drafts.indices.map { position in drawers[position]?.value(of: drafts[position]) ?? .null }
        // References.
        for (referenceIndex, reference) in references.enumerated() {
            let nullable = referenceNullable[referenceIndex]
            var parent: Int64?
            if referenceIndex == driving {
                parent = drivingParent
            } else if referencesSelf[referenceIndex] {
                // A tree: the first row a root, then roots evenly spaced at the source's share of them
                // (row 0 counting as the first), else the earliest row with room left for another child.
                let nulls = relations[referenceIndex]?.nullFraction ?? 0.1
                let anotherRoot = Int64((Double(index) * nulls).rounded(.down)) > Int64((Double(index - 1) * nulls).rounded(.down))
                if index == 0 || (nullable && anotherRoot) {
                    parent = nullable ? nil : 0
                } else if let next = nextTreeParent(referenceIndex, before: index) {
                    parent = next
                } else {
                    parent = Int64(generator.next(below: Int(min(index, Int64(Int.max)))))
                }
            } else {
                parent = picked[referenceIndex]
            }
            let referencedKey = parent.flatMap { $0 < reference.keys.count ? reference.keys.key(at: $0) : nil }
                ?? referencePositions[referenceIndex].map { _ in .null }
            for (offset, position) in referencePositions[referenceIndex].enumerated() where position >= 0 && offset < referencedKey.count {
                values[position] = referencedKey[offset]
            }
        }
        // Columns that repeat their parent's take the synthetic parent's value, in the source's share of rows.
        for copy in copies {
            guard let parentIndex = copy.reference == driving ? drivingParent : picked[copy.reference],
                generator.nextUnit() < copy.share, let value = references[copy.reference].parent?.keptValue(of: copy.column, at: parentIndex)
            else { continue }
            values[copy.position] = value
        }
        return values
    }

    /// For a self-reference: the earliest row before `row` that still has room for a child, and takes one.
    /// Row `k` of `n` has room for the fitted histogram's quantile at `(n − k − ½) / n`: the largest counts
    /// first, so the busiest parents sit nearest the root and the tree is as shallow as the source's.
    /// Nil when no earlier row has room (or the fit saw no children).
    private func nextTreeParent(_ reference: Int, before row: Int64) -> Int64? {
        guard let distribution = childCounts[reference] else { return nil }
        var state = treeStates[reference] ?? (parent: 0, used: 0)
        defer { treeStates[reference] = state }
        func room(_ parent: Int64) -> Int64 { distribution.count(at: treeRank(of: parent)) }
        while state.parent < row && state.used >= room(state.parent) {
            state.parent += 1
            state.used = 0
        }
        guard state.parent < row else { return nil }
        state.used += 1
        return state.parent
    }

    /// Row `row`'s place among the table's rows for a tree, as a probability: `(n − row − ½) / n`, so the
    /// first rows take the largest children counts (and the copula's highest draws of the count).
    private func treeRank(of row: Int64) -> Double {
        let rows = max(1, treeRows)
        return (Double(rows - 1 - min(max(0, row), rows - 1)) + 0.5) / Double(rows)
    }

    /// A parent for a reference that is neither the driving one nor to the table itself: NULL as often as
    /// the source's, else each parent about as often as its drawn count (distinct within the driving
    /// parent where the key demands).
    private func pickParent(_ referenceIndex: Int, row: Int64, nullable: Bool, picker: ParentPicker?, generator: inout SplitMix64, used: inout Set<Int64>) -> Int64? {
        let nulls = relations[referenceIndex]?.nullFraction ?? 0
        if nullable && nulls > 0 && generator.nextUnit() < nulls { return nil }
        guard let picker, picker.count > 0 else { return nil }
        guard distinctWithinParent.contains(referenceIndex) else { return picker.pick(row: row) }
        var candidate: Int64
        if let free = picker.pickDistinct(startingBlock: used.isEmpty), !used.contains(free) {
            candidate = free
        } else {
            candidate = picker.pick(generator.nextUnit())
            var tries = 0
            while used.contains(candidate) && tries < 32 { candidate = picker.pick(generator.nextUnit()); tries += 1 }
            while used.contains(candidate) && used.count < picker.count { candidate = (candidate + 1) % picker.count }
        }
        used.insert(candidate)
        return candidate
    }

    /// Adjusts drafted numbers so the table's CHECK conditions hold.
    private func applyChecks(_ drafts: inout [Draft]) {
        for condition in checks {
            switch condition {
            case .compareColumns(let left, let comparison, let right):
                guard let a = positions[left], let b = positions[right],
                    let x = drafts[a].number, let y = drafts[b].number, !comparison.holds(x, y)
                else { continue }
                if comparison.holds(y, x) {
                    drafts.swapAt(a, b)
                } else if let drawer = drawers[b] {
                    // Equal where the check wants them apart: move the right side by one step.
                    let step = drawer.step
                    drafts[b] = .number(comparison == .less || comparison == .notEqual ? x + step : x - step)
                }
            case .compareToLiteral(let column, let comparison, let literal):
                guard let position = positions[column], let x = drafts[position].number, let bound = number(literal, column: position),
                    !comparison.holds(x, bound), let step = drawers[position]?.step
                else { continue }
                switch comparison {
                case .less: drafts[position] = .number(bound - step)
                case .lessOrEqual, .equal: drafts[position] = .number(bound)
                case .greater: drafts[position] = .number(bound + step)
                case .greaterOrEqual: drafts[position] = .number(bound)
                case .notEqual: drafts[position] = .number(bound + step)
                }
            case .between(let column, let low, let high):
                guard let position = positions[column], let x = drafts[position].number,
                    let lower = number(low, column: position), let upper = number(high, column: position)
                else { continue }
                if x < lower { drafts[position] = .number(lower) } else if x > upper { drafts[position] = .number(upper) }
            case .inList(let column, let literals):
                guard let position = positions[column], case .value(let value) = drafts[position], let first = literals.first else { continue }
                let allowed = literals.contains { literal in
                    switch (literal, value) {
                    case (.text(let text), .text(let other)): return text == other
                    case (.number(let number), _): return ColumnModel.number(value) == number
                    default: return false
                    }
                }
                if !allowed {
                    switch first {
                    case .text(let text): drafts[position] = .value(.text(text))
                    case .number(let number): drafts[position] = .number(number)
                    }
                }
            case .lengthAtMost(let column, let length):
                guard let position = positions[column], case .value(.text(let text)) = drafts[position], text.count > length else { continue }
                drafts[position] = .value(.text(String(text.prefix(max(0, length)))))
            }
        }
    }

    private func number(_ literal: CheckCondition.Literal, column: Int) -> Double? {
        switch literal {
        case .number(let number): return number
        case .text(let text): return TemporalValue.parse(text)?.seconds ?? Double(text)
        }
    }
}
