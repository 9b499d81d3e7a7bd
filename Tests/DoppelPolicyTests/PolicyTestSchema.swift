import DoppelCore
import DoppelPolicy

/// A small schema the policy tests validate against, and the rule catalog they use (written here so the
/// policy target's tests do not depend on the synthesis target).
enum PolicyTestSchema {
    static let schema = Schema(engine: "sqlite", tables: [
        Table(name: "customers", columns: [
            Column(name: "id", declaredType: "INTEGER", logicalType: .integer, isNullable: false, isAutoIncrementing: true),
            Column(name: "email", declaredType: "TEXT", logicalType: .text, isNullable: false),
            Column(name: "full_name", declaredType: "TEXT", logicalType: .text, isNullable: true),
            Column(name: "birth_date", declaredType: "DATE", logicalType: .date, isNullable: true),
        ], primaryKey: ["id"], uniqueKeys: [["email"]]),
        Table(name: "orders", columns: [
            Column(name: "id", declaredType: "INTEGER", logicalType: .integer, isNullable: false),
            Column(name: "customer_id", declaredType: "INTEGER", logicalType: .integer, isNullable: false),
            Column(name: "total", declaredType: "REAL", logicalType: .real, isNullable: false),
        ], primaryKey: ["id"], foreignKeys: [ForeignKey(columns: ["customer_id"], referencedTable: "customers", referencedColumns: ["id"])]),
    ])

    static func rule(
        _ name: String, injective: Bool, unique: Bool, types: Set<String>? = nil, parameters: [RuleDescriptor.Parameter] = [], keyed: Bool = false,
        output: RuleDescriptor.Output = .transformedSourceValue
    ) -> RuleDescriptor {
        RuleDescriptor(
            name: name, summary: name, parameters: parameters, acceptedTypes: types,
            properties: .init(deterministic: true, keyed: keyed, injective: injective, preservesFormat: false, supportsUnique: unique),
            output: output, example: "x: \(name)")
    }

    static let rules: [RuleDescriptor] = [
        rule("keep", injective: true, unique: true, output: .sourceValue),
        rule("redact", injective: false, unique: false, types: ["text"]),
        rule("fake", injective: false, unique: true, types: ["text", "date"], keyed: true, output: .transformedOrGenerated),
        rule("pseudonymize", injective: true, unique: true, types: ["text", "integer"], keyed: true),
        rule("generalize", injective: false, unique: false, types: ["date", "integer", "real"],
             parameters: [.init("to", .choice(["month", "year"]), summary: "unit")]),
    ]

    static func diagnose(_ yaml: String) -> [PolicyDiagnostic] {
        let (policy, diagnostics) = PolicyLoader().load(text: yaml, file: "policy.yaml")
        guard let policy else { return diagnostics }
        return diagnostics + PolicyValidator(schema: schema, rules: rules).validate(policy)
    }

    static let valid = """
        version: 1
        seed: 7
        secret: env:DOPPEL_SECRET
        tables:
          customers:
            columns:
              id: pseudonymize
              email: { pii: email, rule: fake, unique: true }
              full_name: { pii: name, rule: fake }
              birth_date: { pii: date_of_birth, rule: generalize, to: year }
          orders:
            columns:
              id: keep
              total: keep
        """
}
