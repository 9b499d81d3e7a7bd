import DoppelCore
import DoppelTestSupport
import Testing
@testable import DoppelSQLite

@Suite struct SQLiteIntrospectionTests {
    let directory: TemporaryDirectory
    let schema: Schema

    init() throws {
        directory = try TemporaryDirectory()
        let path = directory.file("adversarial.db")
        try SQLiteFixture.create(path, sql: AdversarialSchema.sql)
        schema = try SQLiteSource(path: path).introspect()
    }

    func table(_ name: String) throws -> Table {
        try #require(schema.table(named: name))
    }

    @Test func tablesViewsAndTriggers() {
        #expect(schema.tables.map(\.name) == ["departments", "employees", "order lines", "shipments", "measurements"])
        #expect(schema.views.map(\.name) == ["department_sizes"])
        #expect(schema.triggers.map(\.name) == ["employees_audit"])
        #expect(schema.triggers.first?.table == "employees")
    }

    @Test func rowidAliasAndAutoincrement() throws {
        let employees = try table("employees")
        #expect(employees.primaryKey == ["id"])
        #expect(employees.column(named: "id")?.isAutoIncrementing == true)
        #expect(employees.column(named: "id")?.isNullable == false)
        #expect(employees.rowCount == 2)
    }

    @Test func compositeKeyWithoutRowIDAndQuotedNames() throws {
        let lines = try table("order lines")
        #expect(lines.isWithoutRowID)
        #expect(lines.primaryKey == ["Order", "line \"no\""])
        let shipments = try table("shipments")
        #expect(shipments.foreignKeys.first?.columns == ["order_no", "line_no"])
        #expect(shipments.foreignKeys.first?.referencedColumns == ["Order", "line \"no\""])
    }

    @Test func foreignKeysWithActionsDeferrableSelfReferenceAndCycle() throws {
        let departments = try table("departments")
        let manager = try #require(departments.foreignKeys.first)
        #expect(manager.referencedTable == "employees")
        #expect(manager.isDeferrable && manager.isInitiallyDeferred)
        let employees = try table("employees")
        let department = try #require(employees.foreignKeys.first { $0.columns == ["department_id"] })
        #expect(department.onDelete == .cascade)
        #expect(!department.isDeferrable)
        let boss = try #require(employees.foreignKeys.first { $0.columns == ["boss_id"] })
        #expect(boss.referencedTable == "employees")
        #expect(boss.onDelete == .setNull)
        let graph = ForeignKeyGraph(schema: schema)
        #expect(graph.order.firstIndex(of: "departments")! < graph.order.firstIndex(of: "employees")!)
        #expect(graph.deferredKeys.count == 1)
    }

    @Test func uniqueChecksIndexesAndGeneratedColumns() throws {
        let departments = try table("departments")
        #expect(departments.uniqueKeys == [["name"]])
        #expect(departments.checks.map(\.expression) == ["budget >= 0"])
        let employees = try table("employees")
        #expect(employees.uniqueKeys == [["email"]])
        #expect(employees.checks.first?.name == "salary_positive")
        #expect(employees.checks.first?.expression == "salary > 0")
        #expect(employees.column(named: "salary")?.defaultSQL == "1000")
        #expect(employees.column(named: "salary_band")?.generated?.storage == .virtual)
        #expect(!employees.storedColumns.contains { $0.name == "salary_band" })
        let partial = try #require(employees.indexes.first { $0.name == "employees_boss" })
        #expect(partial.isPartial && !partial.isUnique)
        #expect(partial.definitionSQL?.contains("WHERE boss_id IS NOT NULL") == true)
    }

    @Test func strictTableAndLogicalTypes() throws {
        let measurements = try table("measurements")
        #expect(measurements.isStrict)
        #expect(measurements.column(named: "value")?.logicalType == .real)
        #expect(try table("employees").column(named: "email")?.logicalType == .text)
    }

    @Test func chinook() throws {
        let chinook = try SQLiteSource(path: Fixtures.chinookSQLite).introspect()
        #expect(chinook.tables.count == 11)
        #expect(chinook.tables.compactMap(\.rowCount).reduce(0, +) == 15_607)
        #expect(chinook.tables.flatMap(\.foreignKeys).count == 11)
        let employee = try #require(chinook.table(named: "Employee"))
        #expect(employee.foreignKeys.first?.referencedTable == "Employee")
        #expect(employee.column(named: "BirthDate")?.logicalType == .timestamp)
        #expect(chinook.table(named: "PlaylistTrack")?.primaryKey == ["PlaylistId", "TrackId"])
    }
}
