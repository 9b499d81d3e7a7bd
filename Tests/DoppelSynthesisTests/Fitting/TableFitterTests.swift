import DoppelCore
import Testing
@testable import DoppelSynthesis

/// ``TableFitter``'s copula and repeated-column detection on tables built for the purpose.
@Suite struct TableFitterTests {
    static func real(_ name: String) -> Column { Column(name: name, declaredType: "REAL", logicalType: .real, isNullable: false) }

    /// Fits a table of two real columns `x`, `y` over `rows` rows given by `pair`.
    static func fitPair(rows: Int = 600, _ pair: (Int) -> (Double, Double)) -> TableModel {
        let table = Table(name: "points", columns: [real("x"), real("y")])
        let fitter = TableFitter(table: table, setups: table.columns.map { .init(column: $0) }, parentColumns: [], minCount: 1, seed: 3)
        for row in 0..<rows {
            let (x, y) = pair(row)
            fitter.observe([Value.real(x), .real(y)])
        }
        return fitter.finish(relations: [])
    }

    @Test func perfectlyCorrelatedColumnsHaveCorrelationOne() throws {
        let model = Self.fitPair { row in (Double(row) * 0.37, 2 * Double(row) * 0.37 + 1) }
        let copula = try #require(model.copula)
        #expect(copula.variables.map(\.column) == ["x", "y"])
        #expect(copula.sampleRows == 600)
        #expect(copula.correlation[0][0] > 0.999 && copula.correlation[1][1] > 0.999)
        #expect(copula.correlation[0][1] > 0.99)
        #expect(copula.correlation[0][1] == copula.correlation[1][0])
        #expect(model.rowCount == 600)
    }

    @Test func perfectlyAntiCorrelatedColumnsHaveCorrelationMinusOne() throws {
        let copula = try #require(Self.fitPair { row in (Double(row), -Double(row * row)) }.copula)
        #expect(copula.correlation[0][1] < -0.99)
    }

    @Test func independentColumnsHaveCorrelationNearZero() throws {
        // x cycles through 0..<24 and y through 0..<25 independently (600 = 24 · 25 rows, every pair once).
        let copula = try #require(Self.fitPair { row in (Double(row % 24) + 0.5, Double(row / 24) + 0.25) }.copula)
        #expect(abs(copula.correlation[0][1]) < 0.05)
    }

    @Test func aColumnEqualToItsParentsIsCopiedFromIt() throws {
        let parentPrice = ColumnFitter(.init(column: Self.real("price")), seed: 1)
        for row in 0..<300 { parentPrice.observe(.real(Double(row % 50) + 0.99)) }
        let key = ForeignKey(columns: ["product_id"], referencedTable: "product", referencedColumns: ["id"])
        let table = Table(
            name: "line", columns: [Column(name: "product_id", declaredType: "INTEGER", logicalType: .integer, isNullable: false), Self.real("price")],
            foreignKeys: [key])
        let fitter = TableFitter(
            table: table, setups: table.columns.map { .init(column: $0) },
            parentColumns: [.init(relation: 0, model: parentPrice.finish(minCount: 1))], minCount: 1, seed: 3)
        for row in 0..<300 {
            let price = Value.real(Double(row % 50) + 0.99)
            fitter.observe([Value.integer(Int64(row % 50)), price, price])
        }
        let model = fitter.finish(relations: [])
        #expect(model.column(named: "price")?.copiedFrom == .init(foreignKey: ["product_id"], column: "price", share: 1))
        #expect(model.column(named: "product_id")?.copiedFrom == nil)
    }
}
