public import DoppelCore
import Foundation

/// A value as a model file stores it: a category, a constant. JSON keeps integers and text apart
/// (`{"i":5}`, `{"r":0.99}`, `{"t":"Rock"}`, `{"b":"<base64>"}`), so a category comes back with the
/// storage class it was seen with.
public struct ModelValue: Codable, Hashable, Sendable {
    /// The value, with its storage class.
    public var value: Value

    package init(_ value: Value) {
        self.value = value
    }

    private enum CodingKeys: String, CodingKey { case i, r, t, b, null }

    /// Reads the one-key object a model file holds (`{"i":5}`); a missing or unknown key reads as NULL.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let integer = try container.decodeIfPresent(Int64.self, forKey: .i) {
            value = .integer(integer)
        } else if let real = try container.decodeIfPresent(Double.self, forKey: .r) {
            value = .real(real)
        } else if let text = try container.decodeIfPresent(String.self, forKey: .t) {
            value = .text(text)
        } else if let base64 = try container.decodeIfPresent(String.self, forKey: .b), let data = Data(base64Encoded: base64) {
            value = .blob(Array(data))
        } else {
            value = .null
        }
    }

    /// Writes the value as a one-key object: `i`, `r`, `t`, `b` (base64) or `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch value {
        case .null: try container.encode(true, forKey: .null)
        case .integer(let integer): try container.encode(integer, forKey: .i)
        case .real(let real): try container.encode(real, forKey: .r)
        case .text(let text): try container.encode(text, forKey: .t)
        case .blob(let bytes): try container.encode(Data(bytes).base64EncodedString(), forKey: .b)
        }
    }
}
