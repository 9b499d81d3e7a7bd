import Crypto
import DoppelCore
package import DoppelPolicy

/// `hash`: HMAC-SHA256 of the value under a key derived from the secret, as hex (or a 63-bit integer
/// in integer columns).
package enum HashRule: Rule {
    package static let descriptor = RuleDescriptor(
        name: "hash",
        summary: "Replaces the value with its keyed HMAC-SHA256, as `length` hex digits (default 32, i.e. 128 bits, or the column's `varchar(n)` if shorter), or as a non-negative number in integer columns (63 bits, 31 in an `integer`, 15 in a `smallint`). Joins on hashed columns keep working; without the secret it cannot be reversed.",
        parameters: [.init("length", .integer(16...64), summary: "hex digits to keep (16 to 64; default 32 or the column's length)")],
        acceptedTypes: ["text", "integer", "any", "uuid", "blob"],
        properties: .init(deterministic: true, keyed: true, injective: true, preservesFormat: false, supportsUnique: true),
        example: "session_token: { rule: hash, length: 40 }",
        checkColumn: { entry, column, table in checkColumn(entry, column, table) })

    package static func make(_ context: RuleContext) throws -> any ValueTransform {
        let limits = context.column.limits
        let length = context.policy.parameters["length"]?.integer ?? min(32, max(16, ColumnChecks.maxLength(of: context.column, in: context.table) ?? 32))
        return Transform(
            key: context.secret.derivedKey(for: "hash"), length: length,
            integerOutput: context.column.logicalType == .integer, integerMaximum: UInt64(limits.integerRange?.upperBound ?? .max))
    }

    /// Hex digits that do not fit the column, or too few bits for a key in a narrow integer.
    static func checkColumn(_ entry: ColumnPolicy, _ column: Column, _ table: Table) -> [PolicyDiagnostic] {
        let limits = column.limits
        let place = "`\(table.name).\(column.name)`"
        let listed = ColumnChecks.listedValuesProblem(entry, rule: descriptor.name, column: column, table: table)
        if !listed.isEmpty { return listed }
        if let maxLength = ColumnChecks.maxLength(of: column, in: table), column.logicalType != .integer {
            let length = entry.parameters["length"]?.integer ?? min(32, max(16, maxLength))
            if length > maxLength {
                let explicit = entry.parameters["length"] != nil
                return [PolicyDiagnostic(
                    .error, "hash writes \(length) hex digits; \(place) holds at most \(maxLength)", at: entry.parameters["length"]?.location ?? entry.ruleLocation,
                    suggestion: explicit && maxLength >= 16 ? "write `length: \(maxLength)` or less" : "a hash needs at least 16 characters; use `pseudonymize` (keeps the source's length)")]
            }
        }
        if let range = limits.integerRange, range.upperBound <= Int64(Int16.max),
            table.primaryKey.contains(column.name) || table.isUniquelyKeyed(by: [column.name]) || entry.unique
        {
            return [PolicyDiagnostic(
                .error, "hash into \(column.declaredType) keeps 15 bits, so keys of \(place) would collide", at: entry.ruleLocation,
                suggestion: "use `pseudonymize` (injective, keeps the digit count within the type)")]
        }
        return []
    }

    struct Transform: ValueTransform {
        let key: SymmetricKey
        let length: Int
        let integerOutput: Bool
        /// The largest number the column holds: integer outputs are reduced below it.
        let integerMaximum: UInt64
        private static let hexDigits = Array("0123456789abcdef".utf8)

        func apply(_ value: Value, row: RowContext) throws -> Value {
            if value.isNull { return .null }
            let code = Array(HMAC<SHA256>.authenticationCode(for: value.canonicalBytes, using: key))
            if integerOutput {
                let number = code.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) } >> 1
                return .integer(Int64(integerMaximum == UInt64(Int64.max) ? number : number % (integerMaximum + 1)))
            }
            var text: [UInt8] = []
            text.reserveCapacity(length)
            for byte in code where text.count < length {
                text.append(Self.hexDigits[Int(byte >> 4)])
                if text.count < length { text.append(Self.hexDigits[Int(byte & 0xF)]) }
            }
            return .text(String(decoding: text, as: UTF8.self))
        }
    }
}
