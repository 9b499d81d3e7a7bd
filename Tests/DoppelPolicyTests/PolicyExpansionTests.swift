import DoppelCore
@testable import DoppelPolicy
import Testing

/// `default:` and `patterns:` written out against a schema: the most specific entry wins, a column's own entry
/// and a foreign key's inheritance come first, and each written-out entry says what decided it.
@Suite struct PolicyExpansionTests {
    static let schema = Schema(engine: "sqlite", tables: PolicyTestSchema.schema.tables + [
        Table(name: "audit_log", columns: [
            Column(name: "id", declaredType: "INTEGER", logicalType: .integer, isNullable: false),
            Column(name: "actor_email", declaredType: "TEXT", logicalType: .text, isNullable: true),
            Column(name: "updated_at", declaredType: "TIMESTAMPTZ", logicalType: .timestamp, isNullable: false),
        ], primaryKey: ["id"]),
    ])

    static func expand(_ yaml: String) throws -> (Policy, [PolicyDiagnostic]) {
        let (loaded, diagnostics) = PolicyLoader().load(text: yaml, file: "p.yaml")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        return PolicyExpansion.expand(try #require(loaded), schema: schema)
    }

    static func entry(_ policy: Policy, _ table: String, _ column: String) -> ColumnPolicy? {
        policy.table(named: table)?.column(named: column)
    }

    @Test func theMostSpecificEntryWins() throws {
        let (policy, warnings) = try Self.expand("""
            version: 1
            default: keep
            patterns:
              "*.*email*": { pii: email, rule: fake }
              "customers.email": { pii: email, rule: pseudonymize }
              "type:timestamptz": redact
            tables:
              customers:
                default: { pii: other, rule: redact }
                columns: { id: keep }
            """)
        #expect(warnings.isEmpty)
        #expect(Self.entry(policy, "customers", "id")?.decidedBy == nil)  // its own entry
        #expect(Self.entry(policy, "customers", "email")?.rule == "pseudonymize")  // the more specific pattern
        #expect(Self.entry(policy, "customers", "email")?.decidedBy?.hasPrefix("pattern \"customers.email\"") == true)
        #expect(Self.entry(policy, "audit_log", "actor_email")?.rule == "fake")
        #expect(Self.entry(policy, "audit_log", "updated_at")?.rule == "redact")  // by type
        #expect(Self.entry(policy, "customers", "full_name")?.rule == "redact")  // the table's default
        #expect(Self.entry(policy, "customers", "full_name")?.decidedBy?.hasPrefix("the default of table customers") == true)
        #expect(Self.entry(policy, "orders", "total")?.rule == "keep")  // the policy's default, table not listed
        #expect(Self.entry(policy, "audit_log", "id")?.decidedBy?.hasPrefix("the policy's default") == true)
        // A foreign key inherits its parent's rule: no entry is written for it.
        #expect(Self.entry(policy, "orders", "customer_id") == nil)
    }

    @Test func patternsSelectByCaseInsensitiveGlobsOverTableAndColumn() {
        func matches(_ pattern: String, _ table: String, _ column: String) -> Bool {
            ColumnPattern(text: pattern, entry: ColumnPolicy(name: pattern, location: .init(file: "p", line: 1, column: 1), rule: "keep", ruleLocation: .init(file: "p", line: 1, column: 1)))?
                .matches(table: table, column: column, declaredType: "varchar(40)", logicalType: "text") ?? false
        }
        #expect(matches("*.updated_at", "public.orders", "updated_at"))
        #expect(matches("*.*EMAIL*", "users", "work_email_address"))
        #expect(matches("audit_?.*", "audit_1", "x") && !matches("audit_?.*", "audit_12", "x"))
        #expect(!matches("*.email", "users", "email2"))
        #expect(matches("type:varchar", "t", "c") && matches("type:TEXT", "t", "c") && !matches("type:int", "t", "c"))
    }

    @Test func onlyMaskedTablesAreFilledAndAnUnusedPatternIsNamed() throws {
        let (policy, warnings) = try Self.expand("""
            version: 1
            patterns:
              "*.updated_at": keep
              "nothing.here": redact
            tables:
              audit_log: skip
              customers: { columns: { id: keep, email: { pii: email, rule: fake } } }
            """)
        #expect(policy.table(named: "audit_log")?.columns.isEmpty == true)
        #expect(Self.entry(policy, "customers", "full_name") == nil)  // nothing covers it: the validator reports it
        #expect(warnings.count == 2 && warnings.allSatisfy { $0.severity == .warning })  // "*.updated_at" only matched a skipped table
    }

    @Test func aDefaultOrPatternWithoutARuleIsAnError() {
        let (_, diagnostics) = PolicyLoader().load(text: """
            version: 1
            default: { pii: email }
            patterns: { "*.x": { unique: true } }
            tables: {}
            """, file: "p.yaml")
        #expect(diagnostics.filter { $0.severity == .error && $0.message.contains("has no `rule`") }.count == 2)
    }

    /// The written-out policy validates like a written one: a pattern's rule that does not fit a column is
    /// reported at the pattern's line.
    @Test func aPatternThatDoesNotFitAColumnIsReportedAtThePattern() throws {
        let (policy, _) = try Self.expand("""
            version: 1
            default: keep
            patterns:
              "*.birth_date": redact
            tables: {}
            """)
        let diagnostics = PolicyValidator(schema: Self.schema, rules: PolicyTestSchema.rules).validate(policy)
        let error = try #require(diagnostics.first { $0.severity == .error })
        #expect(error.location?.line == 4)
        #expect(error.message.contains("birth_date"))
    }
}
