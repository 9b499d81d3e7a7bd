import DoppelCore
@testable import DoppelEngine
import DoppelMasking
import DoppelPolicy
import DoppelSQLite
import DoppelSynthesis
import DoppelTestSupport
import Testing

/// The fit's plan is decided from the policy before a row is read: which tables, what each column may learn,
/// the rows asked for, and the thresholds.
@Suite struct FitPlanTests {
    static let sql = """
        CREATE TABLE team (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE person (id INTEGER PRIMARY KEY, team_id INTEGER REFERENCES team(id), email TEXT, score INTEGER, note TEXT);
        CREATE TABLE audit (id INTEGER PRIMARY KEY, what TEXT);
        CREATE TABLE scratch (id INTEGER PRIMARY KEY);
        """

    static let policy = """
        version: 1
        seed: 7
        min_count: 4
        min_count_applies_to: all
        tables:
          team: { mode: synthesize, rows: 3, columns: { id: synthesize, name: synthesize } }
          person:
            mode: synthesize
            rows: 2.5x
            columns:
              id: synthesize
              email: { pii: email }
              score: { rule: synthesize, model: categorical }
              note: redact
          audit: { mode: skip }
          scratch: { mode: empty }
        """

    static func plan(tables: Set<String>?) throws -> FitPlan {
        let directory = try TemporaryDirectory()
        let path = directory.file("source.sqlite")
        try SQLiteFixture.create(path, sql: sql)
        let schema = try SQLiteSource(path: path).introspect(countingRows: false)
        let loaded = PolicyLoader().load(text: policy, file: "policy.yaml")
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
        let policy = try #require(loaded.policy)
        return FitPlan(schema: schema, policy: policy, tables: tables)
    }

    @Test func skippedAndEmptiedTablesAreNotFitted() throws {
        #expect(try Self.plan(tables: nil).tables == ["team", "person"])
        #expect(try Self.plan(tables: ["person", "audit"]).tables == ["person"])
    }

    @Test func eachColumnsSetupFollowsItsPolicyEntryAndReferencesAreLeftToTheRelations() throws {
        let plan = try Self.plan(tables: nil)
        let setups = try #require(plan.setups["person"])
        #expect(setups.map(\.column.name) == ["id", "email", "score", "note"])  // team_id is a reference
        let byName = Dictionary(uniqueKeysWithValues: setups.map { ($0.column.name, $0) })
        #expect(byName["email"]?.fake == "email" && byName["email"]?.sensitive == true)
        #expect(byName["score"]?.model?.rawValue == "categorical")
        #expect(byName["note"]?.sensitive == true && byName["note"]?.fake == nil)
        #expect(byName["id"]?.isSequenceKey == true)
    }

    @Test func rowsSeedAndThresholdsComeFromThePolicy() throws {
        let plan = try Self.plan(tables: nil)
        #expect(plan.rows["team"] == .count(3))
        #expect(plan.rows["person"] == .factor(2.5))
        #expect(plan.seed == 7 && plan.minCount == 4 && plan.minCountAppliesToAll)
    }
}
