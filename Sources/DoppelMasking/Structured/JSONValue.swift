/// A JSON document read for masking: object keys keep their order and numbers keep their exact text, so
/// what no rule touches is written back as it was (compactly, without spaces).
package indirect enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    /// A number as written (`42`, `-1.5e3`).
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([Member])

    /// One key of an object and its value.
    package struct Member: Hashable, Sendable {
        package var key: String
        package var value: JSONValue

        package init(key: String, value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    /// Reads a JSON text; nil when it is not JSON.
    package static func parse(_ text: String) -> JSONValue? {
        var reader = Reader(bytes: Array(text.utf8)[...])
        guard let value = reader.value(depth: 0) else { return nil }
        reader.skipSpaces()
        return reader.bytes.isEmpty ? value : nil
    }

    /// The compact JSON text.
    package var text: String {
        var output = ""
        write(into: &output)
        return output
    }

    private func write(into output: inout String) {
        switch self {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .number(let digits): output += digits
        case .string(let string): JSONValue.writeString(string, into: &output)
        case .array(let items):
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += "," }
                item.write(into: &output)
            }
            output += "]"
        case .object(let members):
            output += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { output += "," }
                JSONValue.writeString(member.key, into: &output)
                output += ":"
                member.value.write(into: &output)
            }
            output += "}"
        }
    }

    private static func writeString(_ string: String, into output: inout String) {
        output += "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }

    private struct Reader {
        var bytes: ArraySlice<UInt8>
        /// Deeper documents are refused rather than risking the stack.
        static let maximumDepth = 512

        mutating func skipSpaces() {
            while let first = bytes.first, first == 0x20 || first == 0x09 || first == 0x0A || first == 0x0D { bytes.removeFirst() }
        }

        mutating func literal(_ word: String) -> Bool {
            let expected = Array(word.utf8)
            guard bytes.starts(with: expected) else { return false }
            bytes.removeFirst(expected.count)
            return true
        }

        mutating func value(depth: Int) -> JSONValue? {
            guard depth < Reader.maximumDepth else { return nil }
            skipSpaces()
            guard let first = bytes.first else { return nil }
            switch first {
            case UInt8(ascii: "n"): return literal("null") ? .null : nil
            case UInt8(ascii: "t"): return literal("true") ? .bool(true) : nil
            case UInt8(ascii: "f"): return literal("false") ? .bool(false) : nil
            case UInt8(ascii: "\""): return string().map(JSONValue.string)
            case UInt8(ascii: "["):
                bytes.removeFirst()
                var items: [JSONValue] = []
                skipSpaces()
                if bytes.first == UInt8(ascii: "]") {
                    bytes.removeFirst()
                    return .array(items)
                }
                while true {
                    guard let item = value(depth: depth + 1) else { return nil }
                    items.append(item)
                    skipSpaces()
                    guard let next = bytes.popFirst() else { return nil }
                    if next == UInt8(ascii: "]") { return .array(items) }
                    guard next == UInt8(ascii: ",") else { return nil }
                }
            case UInt8(ascii: "{"):
                bytes.removeFirst()
                var members: [Member] = []
                skipSpaces()
                if bytes.first == UInt8(ascii: "}") {
                    bytes.removeFirst()
                    return .object(members)
                }
                while true {
                    skipSpaces()
                    guard bytes.first == UInt8(ascii: "\""), let key = string() else { return nil }
                    skipSpaces()
                    guard bytes.popFirst() == UInt8(ascii: ":"), let item = value(depth: depth + 1) else { return nil }
                    members.append(Member(key: key, value: item))
                    skipSpaces()
                    guard let next = bytes.popFirst() else { return nil }
                    if next == UInt8(ascii: "}") { return .object(members) }
                    guard next == UInt8(ascii: ",") else { return nil }
                }
            default:
                return number()
            }
        }

        mutating func number() -> JSONValue? {
            let numberBytes = bytes.prefix { byte in
                (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")
                    || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
            }
            guard !numberBytes.isEmpty, Double(String(decoding: numberBytes, as: UTF8.self)) != nil else { return nil }
            bytes.removeFirst(numberBytes.count)
            return .number(String(decoding: numberBytes, as: UTF8.self))
        }

        mutating func string() -> String? {
            guard bytes.popFirst() == UInt8(ascii: "\"") else { return nil }
            var output: [UInt8] = []
            while let byte = bytes.popFirst() {
                switch byte {
                case UInt8(ascii: "\""): return String(decoding: output, as: UTF8.self)
                case UInt8(ascii: "\\"):
                    guard let escaped = bytes.popFirst() else { return nil }
                    switch escaped {
                    case UInt8(ascii: "n"): output.append(0x0A)
                    case UInt8(ascii: "t"): output.append(0x09)
                    case UInt8(ascii: "r"): output.append(0x0D)
                    case UInt8(ascii: "b"): output.append(0x08)
                    case UInt8(ascii: "f"): output.append(0x0C)
                    case UInt8(ascii: "u"):
                        guard var code = hex4() else { return nil }
                        if (0xD800..<0xDC00).contains(code), bytes.starts(with: Array("\\u".utf8)) {
                            bytes.removeFirst(2)
                            guard let low = hex4(), (0xDC00..<0xE000).contains(low) else { return nil }
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        }
                        guard let scalar = Unicode.Scalar(code) else { return nil }
                        output.append(contentsOf: Array(String(Character(scalar)).utf8))
                    default: output.append(escaped)
                    }
                default: output.append(byte)
                }
            }
            return nil
        }

        mutating func hex4() -> UInt32? {
            guard bytes.count >= 4, let code = UInt32(String(decoding: bytes.prefix(4), as: UTF8.self), radix: 16) else { return nil }
            bytes.removeFirst(4)
            return code
        }
    }
}
