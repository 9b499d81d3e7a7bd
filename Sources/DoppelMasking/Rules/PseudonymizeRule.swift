import DoppelCore
package import DoppelPolicy

/// `pseudonymize`: a keyed, format-preserving bijection of the value (FF1 over digits and letters).
package enum PseudonymizeRule: Rule {
    package static let descriptor = RuleDescriptor(
        name: "pseudonymize",
        summary: "Encrypts digits and letters in place with FF1 (NIST SP 800-38G) under a key derived from the secret: same length, same separators, same case; emails keep the shape local@domain.tld. Injective, so keys and unique columns stay valid (integers stay within the column's type); the same input gives the same output in every table and run.",
        acceptedTypes: ["text", "integer", "any", "uuid"],
        properties: .init(deterministic: true, keyed: true, injective: true, preservesFormat: true, supportsUnique: true),
        example: "ssn: { pii: national_id, rule: pseudonymize }",
        checkColumn: { entry, column, table in ColumnChecks.listedValuesProblem(entry, rule: entry.rule, column: column, table: table) })

    package static func make(_ context: RuleContext) throws -> any ValueTransform {
        Transform(
            pseudonymizer: try Pseudonymizer(key: context.secret.derivedKey(for: "pseudonymize")),
            integerMaximum: context.column.limits.integerRange?.upperBound ?? .max)
    }

    struct Transform: ValueTransform {
        let pseudonymizer: Pseudonymizer
        /// The largest value of the column's integer type: pseudonyms stay at or below it.
        let integerMaximum: Int64
        func apply(_ value: Value, row: RowContext) throws -> Value {
            switch value {
            case .null: return .null
            case .integer(let number): return .integer(try pseudonymizer.pseudonym(of: number, maximum: integerMaximum))
            case .text(let text):
                guard Pseudonymizer.canDisguise(text) else { throw UnreadableValue(Pseudonymizer.cannotDisguise) }
                return .text(try pseudonymizer.pseudonym(of: text))
            case .real, .blob:
                throw UnreadableValue("a real number or a blob, which `pseudonymize` cannot encrypt in place")
            }
        }
    }
}
