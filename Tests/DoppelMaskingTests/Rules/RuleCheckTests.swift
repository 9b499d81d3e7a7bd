import DoppelCore
import DoppelPolicy
import Testing
@testable import DoppelFakers
@testable import DoppelMasking

/// `doppel check` promises only what `clone` keeps: a rule that cannot produce a value of the column's type
/// is refused with its place, and every `pii:` kind it accepts for `fake` has a faker.
@Suite struct RuleCheckTests {
    func column(_ name: String, _ type: String, _ logical: LogicalType = .text, nullable: Bool = true) -> Column {
        Column(name: name, declaredType: type, logicalType: logical, isNullable: nullable)
    }

    @Test func everyPIIKindCheckAcceptsForFakeHasAFaker() throws {
        let schema = CheckHarness.schema([column("c", "text")])
        var accepted: [PIIKind] = []
        for kind in PIIKind.allCases {
            let errors = CheckHarness.errors(CheckHarness.policy(["c: { pii: \(kind.rawValue), rule: fake }"]), schema: schema)
            guard errors.isEmpty else {
                #expect(errors.contains { $0.message.contains("no fake") && $0.location?.line == 8 }, "\(kind): \(errors)")
                continue
            }
            accepted.append(kind)
            let fake = try RuleHarness.transform(FakeRule.self, pii: kind)
            let output = try fake.apply(.text("Some Source 12"), row: RuleHarness.row(id: 1, .null))
            #expect(output.textRepresentation?.isEmpty == false, "\(kind)")
        }
        for name in ["country", "region", "job_title", "courtesy_title", "state", "city"] {
            #expect(accepted.map(\.rawValue).contains(name), "\(name) has no fake")
        }
    }

    @Test func newFakesDrawFromTheirLists() throws {
        let data = try FakerData.shared()
        let row = RuleHarness.row(id: 1, .null)
        let expectations: [(String, WeightedList)] = [
            ("country", data.countries), ("region", data.regions), ("job_title", data.jobTitles), ("courtesy_title", data.courtesyTitles),
        ]
        for (kind, list) in expectations {
            let fake = try RuleHarness.transform(FakeRule.self, parameters: ["kind": kind])
            let items = Set(list.items)
            var outputs = Set<String>()
            for index in 0..<200 {
                let output = try #require(try fake.apply(.text("source \(index)"), row: row).textRepresentation)
                #expect(items.contains(output), "\(kind): \(output)")
                outputs.insert(output)
            }
            #expect(outputs.count > 3, "\(kind)")
        }
        #expect(data.countries.items.contains("France") && data.courtesyTitles.items.contains("Dr."))
    }

    @Test func checkSaysWhenAFakeCannotFitTheColumn() throws {
        let schema = CheckHarness.schema([column("city", "character varying(1)"), column("email", "character varying(10)"), column("town", "character varying(15)")])
        let errors = CheckHarness.errors(CheckHarness.policy([
            "city: { pii: city, rule: fake }", "email: { pii: email, rule: fake }", "town: { pii: city, rule: fake }",
        ]), schema: schema)
        #expect(errors.count == 2, "\(errors)")
        let city = try #require(errors.first { $0.message.contains("`people.city`") })
        #expect(city.message.contains("fake city"))
        #expect(city.message.contains("character varying(1)"))
        #expect(city.location?.description == "policy.yaml:8:32")
        let email = try #require(errors.first { $0.message.contains("`people.email`") })
        #expect(email.message.contains("fake email is at least"))
        #expect(email.suggestion?.contains("pseudonymize") == true)
        // Unique emails carry no tag to make room for: 20 characters hold them.
        let roomy = CheckHarness.schema([column("email", "character varying(20)")])
        #expect(CheckHarness.errors(CheckHarness.policy(["email: { pii: email, rule: fake, unique: true }"]), schema: roomy).isEmpty)
    }

    @Test func checkSaysWhenOtherRulesCannotFit() throws {
        let schema = CheckHarness.schema([
            column("note", "varchar(5)"), column("code", "char(3)"), column("token", "varchar(12)"), column("short", "varchar(5)"),
            column("amount", "numeric(4,1)", .decimal),
        ])
        let errors = CheckHarness.errors(CheckHarness.policy([
            "note: redact", "code: { rule: constant, value: ABCD }", "token: { rule: hash, length: 20 }", "short: { rule: redact, keep_length: true }",
            "amount: { rule: constant, value: 12345 }",
        ]), schema: schema)
        #expect(errors.count == 4, "\(errors)")
        #expect(errors.contains { $0.message.contains("`people.note`") && $0.message.contains("10 characters") })
        #expect(errors.contains { $0.message.contains("`people.code`") })
        #expect(errors.contains { $0.message.contains("`people.token`") && $0.message.contains("20") })
        #expect(errors.contains { $0.message.contains("`people.amount`") && $0.message.contains("numeric(4,1)") })
    }

    /// CHECKs Doppel can read: a length bound is fitted like `varchar(n)`, a list of values refuses rules that
    /// invent values.
    @Test func checksOnLengthsAndListedValues() throws {
        let columns = [column("code", "TEXT"), column("status", "TEXT"), column("town", "TEXT")]
        let table = Table(name: "people", columns: [column("id", "integer", .integer, nullable: false)] + columns, primaryKey: ["id"], checks: [
            CheckConstraint(name: nil, expression: "length(code) <= 1"),
            CheckConstraint(name: nil, expression: "status IN ('active', 'closed')"),
            CheckConstraint(name: nil, expression: "length(town) <= 8"),
        ])
        let schema = Schema(engine: "sqlite", tables: [table])
        let errors = CheckHarness.errors(CheckHarness.policy([
            "code: { pii: city, rule: fake }", "status: { pii: other, rule: redact }", "town: { pii: city, rule: fake }",
        ]), schema: schema)
        #expect(errors.count == 2, "\(errors)")
        #expect(errors.contains { $0.message.contains("`people.code`") && $0.message.contains("by its CHECK") })
        #expect(errors.contains { $0.message.contains("`people.status` takes only the values") })
        #expect(CheckHarness.errors(CheckHarness.policy([
            "code: keep", "status: { rule: constant, value: closed }", "town: keep",
        ]), schema: schema).isEmpty)
        #expect(CheckHarness.errors(CheckHarness.policy([
            "code: keep", "status: { rule: constant, value: gone }", "town: keep",
        ]), schema: schema).count == 1)
        // At run time the fake fits the CHECK's length.
        let location = SourceLocation(file: "t.yaml", line: 1, column: 1)
        let entry = ColumnPolicy(name: "town", location: location, pii: .city, rule: "fake", ruleLocation: location)
        let fake = try FakeRule.transform(for: RuleContext(
            table: table, column: columns[2], policy: entry, seed: 1, secret: RuleHarness.secret, columnIndexes: ["id": 0, "code": 1, "status": 2, "town": 3]))
        for index in 0..<500 {
            let town = try #require(try fake.apply(.text("Town \(index)"), row: RuleHarness.row(id: 1, .null)).textRepresentation)
            #expect(town.count <= 8)
        }
    }

    /// Unique fakes carry no tag, so a short unique column holds them: check accepts it, and the fakes fit and
    /// stay distinct (cut names that meet draw again).
    @Test func aUniqueFakeFitsAShortColumn() throws {
        let schema = CheckHarness.schema([column("name", "varchar(12)", nullable: false)], uniqueKeys: [["name"]])
        let errors = CheckHarness.errors(CheckHarness.policy(["name: { pii: name, rule: fake, unique: true }"]), schema: schema)
        #expect(errors.isEmpty, "\(errors)")
        let fake = try RuleHarness.transform(FakeRule.self, declaredType: "varchar(12)", pii: .name, unique: true)
        var names = Set<String>()
        for index in 0..<5_000 {
            let name = try #require(try fake.apply(.text("Person \(index)"), row: RuleHarness.row(id: 1, .null)).textRepresentation)
            #expect(name.count <= 12, "\(name)")
            names.insert(name)
        }
        #expect(names.count == 5_000)
    }

    /// A per-entity shift moves every date of one entity by the same offset, so distinct dates of one
    /// employee stay distinct; a key that holds the entity column stays unique.
    @Test func shiftInACompositeKeyWithItsEntityIsAllowed() throws {
        let columns = [column("employee_id", "integer", .integer, nullable: false), column("hired_on", "date", .date, nullable: false)]
        func errors(_ primaryKey: [String], _ entry: String) -> [PolicyDiagnostic] {
            let schema = Schema(engine: "postgres", tables: [Table(name: "hires", columns: columns, primaryKey: primaryKey)])
            let policy = "version: 1\nseed: 1\nsecret: env:DOPPEL_SECRET\ntables:\n  hires:\n    columns:\n      employee_id: keep\n      hired_on: \(entry)\n"
            return CheckHarness.errors(policy, schema: schema)
        }
        #expect(errors(["employee_id", "hired_on"], "{ rule: shift, by: employee_id }").isEmpty)
        #expect(!errors(["employee_id", "hired_on"], "{ rule: shift }").isEmpty)
        #expect(!errors(["hired_on"], "{ rule: shift, by: employee_id }").isEmpty)
    }
}
