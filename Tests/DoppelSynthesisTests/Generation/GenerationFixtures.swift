import DoppelCore
@testable import DoppelSynthesis
import DoppelMasking

/// Small tables, models and references for the generator's parts.
enum GenerationFixtures {
    static func column(_ name: String, _ type: LogicalType = .integer, nullable: Bool = false) -> Column {
        Column(name: name, declaredType: type.rawValue, logicalType: type, isNullable: nullable)
    }

    static func numeric(_ name: String, quantiles: [Double] = [0, 10, 20]) -> ColumnModel {
        var model = ColumnModel(name: name, logicalType: .real, kind: .numeric, nullFraction: 0, storage: .real, sensitive: false)
        model.numeric = NumericMarginal(quantiles: quantiles, integral: false, decimals: 2)
        return model
    }

    static func categorical(_ name: String, _ values: [String], counts: [Int64], nulls: Double = 0) -> ColumnModel {
        var model = ColumnModel(name: name, logicalType: .text, kind: .categorical, nullFraction: nulls, storage: .text, sensitive: false)
        model.categorical = CategoricalMarginal(values: values.map { ModelValue(.text($0)) }, counts: counts, otherCount: 0)
        return model
    }

    static func sequence(_ name: String) -> ColumnModel {
        ColumnModel(name: name, logicalType: .integer, kind: .sequence, nullFraction: 0, storage: .integer, sensitive: false)
    }

    static func key(_ columns: [String], to table: String) -> ForeignKey {
        ForeignKey(columns: columns, referencedTable: table, referencedColumns: columns.map { _ in "id" })
    }

    static func relation(_ columns: [String], to parent: String, childCounts: [Int64] = [1, 2], parents: [Int64] = [5, 5], nulls: Double = 0) -> RelationModel {
        RelationModel(columns: columns, parentTable: parent, childCounts: childCounts, parents: parents, nullFraction: nulls)
    }

    static func reference(_ foreignKey: Int, parents: Int64 = 10, parent: TableGenerator? = nil, closesCycle: Bool = false) -> TableGenerator.Reference {
        TableGenerator.Reference(foreignKeyIndex: foreignKey, keys: SequenceKeys(count: parents), parent: parent, closesCycle: closesCycle)
    }

    static func generator(_ table: Table, _ model: TableModel, references: [TableGenerator.Reference] = [], rows: Int64? = nil) -> TableGenerator {
        TableGenerator(table: table, model: model, seed: 11, fakerData: nil, references: references, rows: rows, defaultRows: 20)
    }

    /// An `album` table (`id`, `price`) whose copula holds its price, and its generator.
    static func album() -> (table: Table, model: TableModel, generator: TableGenerator) {
        let table = Table(name: "album", columns: [column("id"), column("price", .real)], primaryKey: ["id"])
        let model = TableModel(
            name: "album", rowCount: 10, columns: [sequence("id"), numeric("price")],
            copula: CopulaModel(variables: [.init(relation: nil, column: "price")], correlation: [[1]], sampleRows: 10), relations: [])
        return (table, model, generator(table, model))
    }
}
