import DoppelCore
import DoppelEngine
import DoppelPolicy
@testable import DoppelReport
import DoppelSQLite
import DoppelSynthesis
import DoppelTestSupport
import Foundation
import Logging
import Testing

/// What the synthesis tests share: fitting and synthesizing SQLite files, and counting what was written.
enum SynthesisHarness {
    static let logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
    static let chinookPolicy = Fixtures.packageRoot.appendingPathComponent("Policies/chinook_synthesize.yaml").path

    static func fit(policy: String, source: String, model: String) throws -> DatabaseModel {
        let ledger = URL(fileURLWithPath: model).deletingLastPathComponent().appendingPathComponent("ledger.sqlite").path
        return try ModelFitter(logger: logger).fit(policyPath: policy, source: .sqlite(path: source), output: model, ledgerPath: ledger).model
    }

    static func synthesize(model: String, target: String, scale: Double = 1, seed: UInt64? = nil, in directory: TemporaryDirectory) throws -> CloneSummary {
        try SynthesizeRunner(logger: logger).run(.init(
            modelPath: model, target: .sqlite(path: target), scale: scale, seed: seed, ledgerPath: directory.file("ledger.sqlite"), environment: [:]))
    }

    /// Creates a source from `sql`, fits it with `policy` (YAML) and synthesizes it at scale 1; the target's path.
    static func synthesized(sql: String, policy: String, in directory: TemporaryDirectory) throws -> String {
        let source = directory.file("source.sqlite"), policyPath = directory.file("policy.yaml")
        try SQLiteFixture.create(source, sql: sql)
        try policy.write(toFile: policyPath, atomically: true, encoding: .utf8)
        let model = directory.file("model.json"), target = directory.file("synthetic.sqlite")
        _ = try fit(policy: policyPath, source: source, model: model)
        _ = try synthesize(model: model, target: target, in: directory)
        return target
    }

    static func count(_ path: String, _ table: String) throws -> Int64 {
        try SQLiteFixture.integer(path, "SELECT COUNT(*) FROM \"\(table)\"")
    }

    /// Children per parent of `child.column` → `parent.key`, zero included, parent by parent.
    static func childrenPerParent(_ path: String, child: String, column: String, parent: String, key: String) throws -> [Int64] {
        try SQLiteFixture.rows(path, """
            SELECT COUNT(c."\(column)") FROM "\(parent)" p LEFT JOIN "\(child)" c ON c."\(column)" = p."\(key)" GROUP BY p."\(key)"
            """).compactMap { row in
            guard case .integer(let count) = row.first else { return nil }
            return count
        }
    }

    /// A schema with composite keys, a self-reference, a cycle, checks and unique columns, for synthesis at scale.
    static let constrainedSchema = """
        CREATE TABLE department (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, head_id INTEGER REFERENCES employee(id), budget REAL NOT NULL CHECK (budget >= 1000));
        CREATE TABLE employee (
            id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, department_id INTEGER NOT NULL REFERENCES department(id),
            manager_id INTEGER REFERENCES employee(id), grade TEXT NOT NULL CHECK (grade IN ('junior', 'senior', 'lead')),
            starts_on TEXT NOT NULL, ends_on TEXT, salary INTEGER NOT NULL CHECK (salary BETWEEN 20000 AND 200000),
            CHECK (starts_on < ends_on));
        CREATE TABLE project (code TEXT NOT NULL, year INTEGER NOT NULL, title TEXT NOT NULL, PRIMARY KEY (code, year));
        CREATE TABLE assignment (
            employee_id INTEGER NOT NULL REFERENCES employee(id), project_code TEXT NOT NULL, project_year INTEGER NOT NULL,
            hours INTEGER NOT NULL CHECK (hours > 0), PRIMARY KEY (employee_id, project_code, project_year),
            FOREIGN KEY (project_code, project_year) REFERENCES project(code, year));
        """

    /// Writes the constrained schema with `departments` departments and realistic rows into `path`.
    static func constrainedSource(_ path: String, departments: Int = 6) throws {
        var sql = constrainedSchema
        var generator = SystemRandomNumberGenerator()
        let grades = ["junior", "junior", "senior", "lead"]
        var employee = 0
        for department in 1...departments {
            sql += "INSERT INTO department VALUES (\(department), 'Department \(department)', NULL, \(5000 + department * 1500));\n"
        }
        for department in 1...departments {
            for index in 0..<(8 + department * 3) {
                employee += 1
                let manager = index == 0 ? "NULL" : String(employee - index)
                let start = 2010 + Int.random(in: 0...10, using: &generator)
                let end = Bool.random(using: &generator) ? "'\(start + Int.random(in: 1...8, using: &generator))-06-30'" : "NULL"
                sql += "INSERT INTO employee VALUES (\(employee), 'person\(employee)@corp.example', \(department), \(manager), '\(grades[employee % 4])', '\(start)-01-15', \(end), \(30000 + Int.random(in: 0...90000, using: &generator)));\n"
            }
            sql += "UPDATE department SET head_id = \(employee) WHERE id = \(department);\n"
        }
        for project in 1...12 {
            for year in [2022, 2023] { sql += "INSERT INTO project VALUES ('P\(project)', \(year), 'Project \(project % 5)');\n" }
        }
        for person in 1...employee {
            for project in Set((0..<Int.random(in: 0...3, using: &generator)).map { _ in Int.random(in: 1...12, using: &generator) }) {
                sql += "INSERT INTO assignment VALUES (\(person), 'P\(project)', 2023, \(Int.random(in: 10...400, using: &generator)));\n"
            }
        }
        try SQLiteFixture.create(path, sql: sql)
    }

    static let constrainedPolicy = """
        version: 1
        seed: 7
        tables:
          department: { mode: synthesize, columns: { id: synthesize, name: synthesize, budget: synthesize } }
          employee:
            mode: synthesize
            columns: { id: synthesize, email: { pii: email }, grade: synthesize, starts_on: synthesize, ends_on: synthesize, salary: synthesize }
          project: { mode: synthesize, columns: { code: synthesize, year: synthesize, title: synthesize } }
          assignment: { mode: synthesize, columns: { hours: synthesize } }
        """
}
