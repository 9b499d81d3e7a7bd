import DoppelCore
import DoppelPolicy
@testable import DoppelSynthesis

/// Sets a rule up for one column of a one-table schema, as the engine would.
enum RuleHarness {
    static let secret = try! Secret(bytes: Array(String(repeating: "s", count: 32).utf8), origin: "test")
    static let otherSecret = try! Secret(bytes: Array(String(repeating: "t", count: 32).utf8), origin: "test")

    static func transform(
        _ rule: any Rule.Type, type: LogicalType = .text, pii: PIIKind? = nil, unique: Bool = false,
        parameters: [String: String] = [:], seed: UInt64 = 1, secret: Secret = secret, range: (min: Value, max: Value)? = nil
    ) throws -> any ValueTransform {
        let location = SourceLocation(file: "test.yaml", line: 1, column: 1)
        let column = Column(name: "c", declaredType: type.rawValue.uppercased(), logicalType: type, isNullable: true)
        let table = Table(name: "t", columns: [Column(name: "id", declaredType: "INTEGER", logicalType: .integer, isNullable: false), column], primaryKey: ["id"])
        let policy = ColumnPolicy(
            name: "c", location: location, pii: pii, rule: rule.descriptor.name, ruleLocation: location, unique: unique,
            parameters: parameters.mapValues { ParameterValue(text: $0, location: location) })
        return try rule.make(RuleContext(table: table, column: column, policy: policy, seed: seed, secret: secret, columnIndexes: ["id": 0, "c": 1], range: range))
    }

    static func row(id: Int64, _ value: Value) -> RowContext {
        RowContext(values: [.integer(id), value], identity: SipHash(key: (9, 9)).hash(UInt64(id)))
    }
}
