package import DoppelCore
import DoppelMasking

/// Learns a ``TableModel`` in one pass over the table's rows (each row extended with the columns of the
/// parents its foreign keys reference, and with its number of children along the foreign keys that
/// reference it, which the source joins in): per-column models, and a Gaussian copula over a uniform
/// sample of rows, children counts included, so a parent's children follow its columns (a media type's
/// tracks, a customer's invoices).
package final class TableFitter {
    /// A parent's column read beside each row, with the parent's fitted model of it.
    package struct ParentColumn {
        package var relation: Int
        package var model: ColumnModel

        package init(relation: Int, model: ColumnModel) {
            self.relation = relation
            self.model = model
        }
    }

    /// Rows sampled for the copula's correlations.
    package static let copulaSampleRows = 8192
    /// At most this many children counts enter a table's copula.
    package static let maximumChildrenCounts = 8
    /// At most this many of a table's own columns enter its copula.
    package static let maximumCopulaColumns = 48

    package let table: Table
    private let fitters: [ColumnFitter]
    private let parentColumns: [ParentColumn]
    private let children: [CopulaModel.ChildReference]
    /// Per children count: how many rows had each count.
    private var childrenHistograms: [[Int64: Int64]]
    private var sample: Reservoir<[Value]>
    private var rows: Int64 = 0
    /// Pairs of an own column and a parent's column of the same kind of value, with how often the row had
    /// both and how often they were equal: a column that repeats its parent's (a line's price).
    private var repeats: [(own: Int, parent: Int, both: Int64, equal: Int64)]
    /// A column repeats its parent's when equal in at least this share of the rows with both values.
    package static let repeatShare = 0.95
    private let minCount: Int
    private var orderFinder: ColumnOrderFinder
    /// The row's own values as numbers, as the column fitters read them (reused from row to row).
    private var numbers: [Double?]

    /// - Parameters:
    ///   - setups: the table's columns in the order rows list them.
    ///   - parentColumns: the parents' columns that follow them in each row.
    ///   - children: the foreign keys whose children counts (integers) follow those.
    package init(
        table: Table, setups: [ColumnFitter.Setup], parentColumns: [ParentColumn], children: [CopulaModel.ChildReference] = [], minCount: Int, seed: UInt64
    ) {
        self.table = table
        self.parentColumns = parentColumns
        self.children = children
        childrenHistograms = children.map { _ in [:] }
        repeats = []
        for (own, setup) in setups.enumerated() where setup.fake == nil && !setup.alwaysNull && !setup.isSequenceKey {
            for (offset, parent) in parentColumns.enumerated() where parent.model.logicalType.isNumeric == setup.column.logicalType.isNumeric {
                repeats.append((own, setups.count + offset, 0, 0))
            }
        }
        self.minCount = minCount
        orderFinder = ColumnOrderFinder(table: table, setups: setups, seed: SipHash(key: (seed, FittingSalt.copulaSample)).hash(Array(("order:" + table.name).utf8)))
        fitters = setups.map { ColumnFitter($0, seed: seed) }
        numbers = Array(repeating: nil, count: setups.count)
        sample = Reservoir(capacity: Self.copulaSampleRows, seed: SipHash(key: (seed, FittingSalt.copulaSample)).hash(Array(table.name.utf8)))
    }

    /// The columns read, in row order: the table's own, then the parents', then the children counts.
    package var columnCount: Int { fitters.count + parentColumns.count + children.count }

    package func observe(_ row: some RandomAccessCollection<Value>) {
        rows += 1
        var index = row.startIndex
        for (position, fitter) in fitters.enumerated() {
            numbers[position] = fitter.observe(row[index])
            index = row.index(after: index)
        }
        if !repeats.isEmpty {
            for pair in repeats.indices {
                let a = row[row.index(row.startIndex, offsetBy: repeats[pair].own)]
                let b = row[row.index(row.startIndex, offsetBy: repeats[pair].parent)]
                guard !a.isNull, !b.isNull else { continue }
                repeats[pair].both += 1
                if a == b || (TemporalValue.number(a).map { x in TemporalValue.number(b) == x } ?? false) { repeats[pair].equal += 1 }
            }
            // A pair that already differs in more than the allowed share of rows stops being compared.
            repeats.removeAll { $0.both >= 200 && Double($0.both - $0.equal) > Double($0.both) * (1 - Self.repeatShare) + 20 }
        }
        orderFinder.observe(numbers)
        if !children.isEmpty {
            var position = row.index(index, offsetBy: parentColumns.count)
            for child in children.indices {
                childrenHistograms[child][Self.childrenCount(row[position]), default: 0] += 1
                position = row.index(after: position)
            }
        }
        sample.offer(Array(row))
    }

    /// The model, with the relations the source's aggregates gave.
    package func finish(relations: [RelationModel]) -> TableModel {
        var columns = fitters.map { $0.finish(minCount: minCount) }
        for pair in repeats where pair.both > 0 && columns[pair.own].copiedFrom == nil {
            let share = Double(pair.equal) / Double(pair.both)
            guard share >= Self.repeatShare else { continue }
            let parent = parentColumns[pair.parent - fitters.count]
            columns[pair.own].copiedFrom = .init(
                foreignKey: table.foreignKeys[parent.relation].columns, column: parent.model.name, share: (share * 1e4).rounded() / 1e4)
        }
        var variables: [CopulaModel.Variable] = []
        var sources: [(position: Int, own: Int?)] = []
        for (offset, parent) in parentColumns.enumerated() where parent.model.isInCopula {
            variables.append(.init(relation: parent.relation, column: parent.model.name))
            sources.append((fitters.count + offset, nil))
        }
        var own = 0
        for (position, model) in columns.enumerated() where model.isInCopula && own < Self.maximumCopulaColumns {
            variables.append(.init(relation: nil, column: model.name))
            sources.append((position, position))
            own += 1
        }
        // Children counts that vary: their normal scores, the mean of each count's stretch of the scale.
        let countScores = childrenHistograms.map(Self.countScores)
        var countVariables: [(child: Int, offset: Int)] = []
        for (child, reference) in children.enumerated() where countScores[child].count > 1 {
            countVariables.append((child, variables.count))
            variables.append(.init(relation: nil, column: reference.variableName, children: reference))
        }
        var copula: CopulaModel?
        // A copula of one column still fixes each row's latent draw, which children condition on.
        if own + countVariables.count >= 1 && sample.items.count >= 2 {
            // The sample's extremes score 0 or 1 under the marginal; kept half a row inside, so one value
            // at the minimum does not become a normal score of -37 that swamps every correlation.
            let margin = 0.5 / Double(sample.items.count)
            func model(_ source: (position: Int, own: Int?)) -> ColumnModel {
                source.own.map { columns[$0] } ?? parentColumns[source.position - fitters.count].model
            }
            func scores(_ source: (position: Int, own: Int?)) -> [Double] {
                let model = model(source), index = model.categoryIndex
                return sample.items.map { model.normalScore(of: $0[source.position], categoryIndex: index, margin: margin) }
            }
            // Numbers first (children counts too): categories are ordered along them before they are scored.
            var columnScores = sources.map { model($0).kind == .numeric ? scores($0) : nil }
            let childrenStart = fitters.count + parentColumns.count
            let counts = countVariables.map { variable in
                sample.items.map { countScores[variable.child][Self.childrenCount($0[childrenStart + variable.child])] ?? 0 }
            }
            orderCategories(&columns, sources: sources, partners: columnScores.compactMap { $0 } + counts)
            for (offset, source) in sources.enumerated() where columnScores[offset] == nil { columnScores[offset] = scores(source) }
            var scoreColumns = columnScores.map { $0 ?? [] } + counts
            // A parent's column as the children see it: standardized, so the coarse-score correction
            // leaves it alone and generation can shift each child by its own parent's standardized draw.
            let n = Double(sample.items.count)
            for (offset, source) in sources.enumerated() where source.own == nil {
                let mean = scoreColumns[offset].reduce(0, +) / n
                let deviation = max((scoreColumns[offset].reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / n).squareRoot(), 1e-6)
                scoreColumns[offset] = scoreColumns[offset].map { ($0 - mean) / deviation }
                variables[offset].mean = (mean * 1e6).rounded() / 1e6
                variables[offset].deviation = (deviation * 1e6).rounded() / 1e6
            }
            let scoreRows = sample.items.indices.map { row in scoreColumns.map { $0[row] } }
            let latent = CorrelationMatrix.latent(scoreRows, variables: variables.count)
            let correlation = CorrelationMatrix.nearestPositiveDefinite(latent).map { row in
                row.map { ($0 * 1e6).rounded() / 1e6 }
            }
            copula = CopulaModel(variables: variables, correlation: correlation, sampleRows: scoreRows.count)
        }
        var model = TableModel(name: table.name, rowCount: rows, columns: columns, copula: copula, relations: relations)
        model.orders = orderFinder.orders(names: columns.map(\.name))
        return model
    }

    /// A children count read from a row (NULL, from a parent without children, counts 0).
    private static func childrenCount(_ value: Value) -> Int64 {
        if case .integer(let count) = value { return count }
        if case .real(let count) = value { return Int64(count) }
        return 0
    }

    /// Per children count, the normal score of its stretch of the scale, from the histogram of all rows.
    private static func countScores(_ histogram: [Int64: Int64]) -> [Int64: Double] {
        let total = Double(histogram.values.reduce(0, +))
        guard total > 0 else { return [:] }
        var scores: [Int64: Double] = [:]
        var before: Int64 = 0
        for count in histogram.keys.sorted() {
            let many = histogram[count] ?? 0
            scores[count] = NormalDistribution.meanBetween(Double(before) / total, Double(before + many) / total)
            before += many
        }
        return scores
    }

    /// Puts each of the table's own categorical copula columns in the order of the numeric column (its
    /// own table's or a parent's; `partners` holds their normal scores over the sample) that separates
    /// its values best.
    private func orderCategories(_ columns: inout [ColumnModel], sources: [(position: Int, own: Int?)], partners: [[Double]]) {
        guard !partners.isEmpty else { return }
        for source in sources {
            guard let position = source.own, columns[position].kind == .categorical, let categorical = columns[position].categorical else { continue }
            let index = columns[position].categoryIndex
            let categories = sample.items.map { row in index[row[position]] }
            if let permutation = CategoryOrder.permutation(categoryCount: categorical.values.count, categories: categories, partners: partners) {
                columns[position].categorical = categorical.reordered(permutation)
            }
        }
    }
}
