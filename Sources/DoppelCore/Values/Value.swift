import Foundation

/// One database value, engine-neutral: the storage classes every supported engine can carry.
///
/// Connectors decode their native representation into a `Value` in exactly one place and encode it
/// back in exactly one place; rules only ever see `Value`s.
public enum Value: Hashable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])

    /// Whether this is SQL NULL.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The value as text, the way SQL would cast it (`nil` for NULL and blobs).
    public var textRepresentation: String? {
        switch self {
        case .null, .blob: return nil
        case .integer(let value): return String(value)
        case .real(let value): return Value.format(value)
        case .text(let value): return value
        }
    }

    /// Bytes that identify the value for keyed functions, independent of its storage class where SQL
    /// would compare equal: the integer `5` and the text `"5"` give the same bytes, so a key stored as
    /// text in one table and as an integer in another still maps to the same pseudonym.
    package var canonicalBytes: [UInt8] {
        switch self {
        case .null: return []
        case .integer(let value): return Array(String(value).utf8)
        case .real(let value): return Array(Value.format(value).utf8)
        case .text(let value): return Array(value.utf8)
        case .blob(let bytes): return [0xFF] + bytes
        }
    }

    /// Calls `body` with the value's ``canonicalBytes`` without allocating for text and integers: the
    /// per-value hot path of keyed rules.
    package func withCanonicalBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        switch self {
        case .text(var text):
            return try text.withUTF8 { try body(UnsafeRawBufferPointer($0)) }
        case .integer(let number):
            // Decimal digits, most significant first, built right to left in a fixed buffer.
            return try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
                var magnitude = number.magnitude
                var position = 20
                repeat {
                    position -= 1
                    buffer[position] = UInt8(48 + magnitude % 10)
                    magnitude /= 10
                } while magnitude > 0
                if number < 0 {
                    position -= 1
                    buffer[position] = 45
                }
                return try body(UnsafeRawBufferPointer(UnsafeMutableBufferPointer(rebasing: buffer[position..<20])))
            }
        default:
            return try canonicalBytes.withUnsafeBytes(body)
        }
    }

    /// Formats a double the way SQLite prints a REAL: integral values keep a trailing `.0`.
    static func format(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
            return String(format: "%.1f", value)
        }
        return "\(value)"
    }
}

extension Value: CustomStringConvertible {
    /// A short description of the value's kind, never its content: safe for logs and errors.
    public var description: String {
        switch self {
        case .null: return "NULL"
        case .integer: return "<integer>"
        case .real: return "<real>"
        case .text(let text): return "<text of \(text.utf8.count) bytes>"
        case .blob(let bytes): return "<blob of \(bytes.count) bytes>"
        }
    }
}
