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
        let graph = try ForeignKeyGraph(schema: schema)
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
        let graph = try ForeignKeyGraph(schema: schema)
        #expect(graph.order == ["departments", "employees"])
        #expect(graph.deferredKeys == [ForeignKeyGraph.Edge(table: "departments", foreignKeyIndex: 0)])
    }

    @Test func aCycleOfNotNullKeysIsAnError() {
        let schema = Schema(engine: "sqlite", tables: [
            Table(name: "a", columns: [column("b_id")], foreignKeys: [ForeignKey(columns: ["b_id"], referencedTable: "b", referencedColumns: ["id"])]),
            Table(name: "b", columns: [column("id"), column("a_id")], foreignKeys: [ForeignKey(columns: ["a_id"], referencedTable: "a", referencedColumns: ["id"])]),
        ])
        #expect(throws: ForeignKeyCycleError.self) { try ForeignKeyGraph(schema: schema) }
    }
}
