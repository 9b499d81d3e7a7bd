import Testing
@testable import DoppelCore

@Suite struct ForeignKeyGraphTests {
    func column(_ name: String, nullable: Bool = false) -> Column {
        Column(name: name, declaredType: "INTEGER", logicalType: .integer, isNullable: nullable)
    }

    @Test func parentsComeBeforeChildrenAndSelfReferencesImposeNoOrder() throws {
        let schema = Schema(engine: "sqlite", tables: [
            Table(name: "lines", columns: [column("order_id")], foreignKeys: [ForeignKey(columns: ["order_id"], referencedTable: "orders", referencedColumns: ["id"])]),
            Table(name: "orders", columns: [column("id"), column("customer_id")], primaryKey: ["id"],
                  foreignKeys: [ForeignKey(columns: ["customer_id"], referencedTable: "customers", referencedColumns: ["id"])]),
            Table(name: "customers", columns: [column("id"), column("referred_by", nullable: true)], primaryKey: ["id"],
                  foreignKeys: [ForeignKey(columns: ["referred_by"], referencedTable: "customers", referencedColumns: ["id"])]),
        ])
        let graph = ForeignKeyGraph(schema: schema)
        #expect(graph.order == ["customers", "orders", "lines"])
        #expect(graph.deferredKeys.isEmpty)
    }

    @Test func aCycleIsBrokenAtItsNullableKey() throws {
        let schema = Schema(engine: "sqlite", tables: [
            Table(name: "departments", columns: [column("id"), column("manager_id", nullable: true)], primaryKey: ["id"],
                  foreignKeys: [ForeignKey(columns: ["manager_id"], referencedTable: "employees", referencedColumns: ["id"])]),
            Table(name: "employees", columns: [column("id"), column("department_id")], primaryKey: ["id"],
                  foreignKeys: [ForeignKey(columns: ["department_id"], referencedTable: "departments", referencedColumns: ["id"])]),
        ])
        let graph = ForeignKeyGraph(schema: schema)
        #expect(graph.order == ["departments", "employees"])
        #expect(graph.deferredKeys == [ForeignKeyGraph.Edge(table: "departments", foreignKeyIndex: 0)])
    }

    @Test func aCompositeKeyWithOneNullableColumnBreaksACycle() {
        // Under MATCH SIMPLE one NULL column is enough to leave a reference unchecked.
        let schema = Schema(engine: "sqlite", tables: [
            Table(name: "warehouses", columns: [column("region"), column("code"), column("manager_region"), column("manager_no", nullable: true)],
                  primaryKey: ["region", "code"],
                  foreignKeys: [ForeignKey(columns: ["manager_region", "manager_no"], referencedTable: "staff", referencedColumns: ["region", "no"])]),
            Table(name: "staff", columns: [column("region"), column("no"), column("wh_region"), column("wh_code")], primaryKey: ["region", "no"],
                  foreignKeys: [ForeignKey(columns: ["wh_region", "wh_code"], referencedTable: "warehouses", referencedColumns: ["region", "code"])]),
        ])
        let graph = ForeignKeyGraph(schema: schema)
        #expect(graph.order == ["warehouses", "staff"])
        #expect(graph.deferredKeys == [ForeignKeyGraph.Edge(table: "warehouses", foreignKeyIndex: 0)])
        #expect(graph.cycles.map(\.tables) == [["warehouses", "staff"]])
        #expect(graph.cycles.first?.isBreakable == true)
    }

    @Test func aCycleOfNotNullKeysIsOrderedAndNamesOnlyItsOwnTablesAndKeys() {
        var tables = [
            Table(name: "a", columns: [column("id"), column("b_id")], primaryKey: ["id"],
                  foreignKeys: [ForeignKey(name: "a_b", columns: ["b_id"], referencedTable: "b", referencedColumns: ["id"])]),
            Table(name: "b", columns: [column("id"), column("a_id")], primaryKey: ["id"],
                  foreignKeys: [ForeignKey(name: "b_a", columns: ["a_id"], referencedTable: "a", referencedColumns: ["id"])]),
        ]
        // Thirty tables hang below the cycle (one through a nullable key); none of them is part of it.
        for number in 1...30 {
            tables.append(Table(name: "d\(number)", columns: [column("id"), column("a_id", nullable: number == 1)], primaryKey: ["id"],
                                foreignKeys: [ForeignKey(columns: ["a_id"], referencedTable: number == 1 ? "a" : "d\(number - 1)", referencedColumns: ["id"])]))
        }
        let graph = ForeignKeyGraph(schema: Schema(engine: "sqlite", tables: tables))
        #expect(graph.order.prefix(2) == ["a", "b"])
        #expect(graph.order.count == 32)
        #expect(graph.deferredKeys == [ForeignKeyGraph.Edge(table: "a", foreignKeyIndex: 0)])
        let cycle = graph.cycles.first
        #expect(graph.cycles.count == 1)
        #expect(cycle?.tables == ["a", "b"])
        #expect(cycle?.isBreakable == false)
        #expect(cycle?.description.contains("d1") == false)
        #expect(cycle?.description.contains("a_b") == true)
        #expect(cycle?.description.contains("b_a") == true)
    }
}
