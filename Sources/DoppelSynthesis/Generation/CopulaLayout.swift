import DoppelCore
import DoppelMasking

/// Which of a table's copula variables generation draws, and in what order: the latent vector a row draws
/// holds its self-reference's children counts (fixed by the row's place in the tree), then its enumerated
/// columns (fixed by the row's value), then its other stored columns, then the children counts of the
/// tables that reference it. The parents' variables are given, not drawn: each row is shifted by its own
/// parents' draws.
struct CopulaLayout {
    /// A parent's column the table's copula conditions on.
    struct ParentVariable: Equatable {
        /// The reference (index among the generator's) whose parent holds the column.
        var reference: Int
        /// Where the column sits in the parent's latent vector.
        var position: Int
        /// The parent's column's mean and deviation as the children saw it in the source (to standardize).
        var mean: Double
        var deviation: Double
    }

    /// The own latent dimensions' indices among the model's copula variables, in latent order.
    let ownIndexes: [Int]
    /// The parent variables' indices among the model's copula variables, and the variables themselves.
    let parentIndexes: [Int]
    let parentVariables: [ParentVariable]
    /// Leading dimensions that are a self-reference's children count.
    let treeCountDimensions: Int
    /// Per enumerated column (every source value distinct, as a lookup's names): the normal score of each
    /// of its values; row `i` takes value `i mod n`, so the lookup keeps its values once each.
    let enumeratedScores: [[Double]]
    /// The stored columns drawn from the copula (positions among the written columns), in latent order.
    let columnPositions: [Int]
    /// The children counts drawn, in latent order, and each count's slot among them.
    let children: [CopulaModel.ChildReference]
    let childrenSlots: [CopulaModel.ChildReference: Int]

    /// - Parameters:
    ///   - columns: the written columns, in order.
    ///   - references: the table's references; a parent variable needs its parent's generator.
    init(table: Table, model: TableModel, columns: [String], references: [TableGenerator.Reference]) {
        var enumerated: [(index: Int, position: Int, scores: [Double])] = []
        var plain: [(index: Int, position: Int)] = []
        var children: [(index: Int, reference: CopulaModel.ChildReference)] = []
        var treeCounts: [Int] = []
        var parentVariables: [ParentVariable] = []
        var parentIndexes: [Int] = []
        for (index, variable) in (model.copula?.variables ?? []).enumerated() {
            if let child = variable.children {
                // A self-reference's count is fixed by the row's place in the tree.
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
                parentVariables.append(.init(reference: referenceIndex, position: position, mean: variable.mean ?? 0, deviation: variable.deviation ?? 1))
                parentIndexes.append(index)
            } else if let position = columns.firstIndex(of: variable.column) {
                if let scores = Self.enumeratedScores(model.column(named: variable.column)) {
                    enumerated.append((index, position, scores))
                } else {
                    plain.append((index, position))
                }
            }
        }
        ownIndexes = treeCounts + enumerated.map(\.index) + plain.map(\.index) + children.map(\.index)
        self.parentIndexes = parentIndexes
        self.parentVariables = parentVariables
        treeCountDimensions = treeCounts.count
        enumeratedScores = enumerated.map(\.scores)
        columnPositions = enumerated.map(\.position) + plain.map(\.position)
        self.children = children.map(\.reference)
        childrenSlots = Dictionary(children.enumerated().map { ($1.reference, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The latent dimensions fixed per row rather than drawn: tree counts, then enumerated columns.
    var fixedDimensions: Int { treeCountDimensions + enumeratedScores.count }
    /// Where the children counts start in the latent vector.
    var childrenBase: Int { treeCountDimensions + columnPositions.count }

    /// Where the written column at `position` sits in the latent vector, if the copula draws it.
    func latentOffset(ofColumnAt position: Int) -> Int? {
        columnPositions.firstIndex(of: position).map { treeCountDimensions + $0 }
    }

    /// Where the children count along `reference` sits in the latent vector, if the copula draws it.
    func childrenOffset(of reference: CopulaModel.ChildReference) -> Int? {
        childrenSlots[reference].map { childrenBase + $0 }
    }

    /// A column's values' normal scores when the column enumerates them (a categorical column, never NULL,
    /// no folded values, at least two values each seen once), else nil.
    static func enumeratedScores(_ columnModel: ColumnModel?) -> [Double]? {
        guard let columnModel, columnModel.kind == .categorical, columnModel.nullFraction == 0,
            let categorical = columnModel.categorical, categorical.otherCount == 0, categorical.counts.count > 1,
            categorical.counts.allSatisfy({ $0 == 1 })
        else { return nil }
        let count = Double(categorical.counts.count)
        return categorical.counts.indices.map { NormalDistribution.quantile((Double($0) + 0.5) / count) }
    }

    /// The foreign key (index in `table`) of the model's relation `relation`, matched by its columns.
    static func foreignKeyIndex(of relation: Int, in model: TableModel, table: Table) -> Int {
        guard relation < model.relations.count else { return relation }
        let columns = model.relations[relation].columns
        return table.foreignKeys.firstIndex { $0.columns == columns } ?? relation
    }
}
