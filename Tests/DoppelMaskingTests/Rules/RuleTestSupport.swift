import DoppelCore
import DoppelPolicy
@testable import DoppelMasking

/// Sets a rule up for one column of a one-table schema, as the engine would.
enum RuleHarness {
    static let secret = try! Secret(bytes: Array(String(repeating: "s", count: 32).utf8), origin: "test")
    static let otherSecret = try! Secret(bytes: Array(String(repeating: "t", count: 32).utf8), origin: "test")

    static func transform(
        _ rule: any Rule.Type, type: LogicalType = .text, declaredType: String? = nil, pii: PIIKind? = nil, unique: Bool = false,
        parameters: [String: String] = [:], seed: UInt64 = 1, secret: Secret = secret, range: (min: Value, max: Value)? = nil,
        tableName: String = "t", columnName: String = "c", fakes: FakeRegistry = FakeRegistry()
    ) throws -> any ValueTransform {
        let location = SourceLocation(file: "test.yaml", line: 1, column: 1)
        let column = Column(name: columnName, declaredType: declaredType ?? type.rawValue.uppercased(), logicalType: type, isNullable: true)
        let table = Table(name: tableName, columns: [Column(name: "id", declaredType: "INTEGER", logicalType: .integer, isNullable: false), column], primaryKey: ["id"])
        let policy = ColumnPolicy(
            name: columnName, location: location, pii: pii, rule: rule.descriptor.name, ruleLocation: location, unique: unique,
            parameters: parameters.mapValues { ParameterValue(text: $0, location: location) })
        return try rule.transform(for: RuleContext(table: table, column: column, policy: policy, seed: seed, secret: secret, columnIndexes: ["id": 0, columnName: 1], range: range, fakes: fakes))
    }

    static func row(id: Int64, _ value: Value) -> RowContext {
        RowContext(values: [.integer(id), value], identity: SipHash(key: (9, 9)).hash(UInt64(id)))
    }
}

/// Checks policy text against a schema with the real rule catalog, as `doppel check` does.
enum CheckHarness {
    static func diagnose(_ yaml: String, schema: Schema) -> [PolicyDiagnostic] {
        let (policy, diagnostics) = PolicyLoader().load(text: yaml, file: "policy.yaml")
        guard let policy else { return diagnostics }
        return diagnostics + PolicyValidator(schema: schema, rules: RuleRegistry.descriptors).validate(policy)
    }

    static func errors(_ yaml: String, schema: Schema) -> [PolicyDiagnostic] {
        diagnose(yaml, schema: schema).filter { $0.severity == .error }
    }

    /// A one-table schema `people(id integer primary key, <columns>)` of a PostgreSQL source.
    static func schema(_ columns: [Column], primaryKey: [String] = ["id"], uniqueKeys: [[String]] = []) -> Schema {
        Schema(engine: "postgres", tables: [
            Table(name: "people", columns: [Column(name: "id", declaredType: "integer", logicalType: .integer, isNullable: false)] + columns,
                  primaryKey: primaryKey, uniqueKeys: uniqueKeys),
        ])
    }

    /// A policy for `people` with `id: keep` and `entries` (YAML lines under `columns:`, without indentation).
    static func policy(_ entries: [String]) -> String {
        """
        version: 1
        seed: 7
        secret: env:DOPPEL_SECRET
        tables:
          people:
            columns:
              id: keep

        """ + entries.map { "      " + $0 }.joined(separator: "\n") + "\n"
    }
}
