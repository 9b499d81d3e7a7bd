import Crypto
import DoppelCore
import DoppelPolicy

/// `hash`: HMAC-SHA256 of the value under a key derived from the secret, as hex (or a 63-bit integer
/// in integer columns).
public enum HashRule: Rule {
    public static let descriptor = RuleDescriptor(
        name: "hash",
        summary: "Replaces the value with its keyed HMAC-SHA256, as `length` hex digits (default 32, i.e. 128 bits), or as a 63-bit number in integer columns. Joins on hashed columns keep working; without the secret it cannot be reversed.",
        parameters: [.init("length", .integer(16...64), summary: "hex digits to keep (16 to 64)")],
        acceptedTypes: ["text", "integer", "any", "uuid", "blob"],
        properties: .init(deterministic: true, keyed: true, injective: true, preservesFormat: false, supportsUnique: true),
        example: "session_token: { rule: hash, length: 40 }")

    public static func make(_ context: RuleContext) throws -> any ValueTransform {
        Transform(
            key: context.secret.derivedKey(for: "hash"), length: context.policy.parameters["length"]?.integer ?? 32,
            integerOutput: context.column.logicalType == .integer)
    }

    struct Transform: ValueTransform {
        let key: SymmetricKey
        let length: Int
        let integerOutput: Bool
        private static let hexDigits = Array("0123456789abcdef".utf8)

        func apply(_ value: Value, row: RowContext) throws -> Value {
            if value.isNull { return .null }
            let code = Array(HMAC<SHA256>.authenticationCode(for: value.canonicalBytes, using: key))
            if integerOutput {
                let number = code.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) } >> 1
                return .integer(Int64(number))
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
