package import DoppelCore

/// PostgreSQL's `COPY` text format, both ways: tab-separated fields, `\N` for NULL, and backslash
/// escapes (`\\`, `\t`, `\n`, `\r`, `\b`, `\f`, `\v`, octal `\NNN`, hex `\xHH`) for everything else.
///
/// Related documentation: <https://www.postgresql.org/docs/current/sql-copy.html#id-1.9.3.55.9.2>.
package enum CopyTextCodec {
    /// How a column's text turns into a ``Value``.
    package enum FieldKind: Sendable {
        /// int2, int4, int8, oid: `.integer`.
        case integer
        /// float4, float8: `.real`.
        case real
        /// boolean: `.integer` 1 or 0.
        case boolean
        /// bytea (hex output): `.blob`.
        case bytes
        /// Everything else, as the server writes it: `.text`.
        case text
        /// Left as COPY text, escapes included (`.text`), for a COPY into PostgreSQL to pass through.
        case verbatim

        /// The kind of a result column's type OID.
        package init(typeOID: UInt32) {
            switch typeOID {
            case 20, 21, 23, 26: self = .integer
            case 700, 701: self = .real
            case 16: self = .boolean
            case 17: self = .bytes
            default: self = .text
            }
        }
    }

    /// Decodes one row (without or with its trailing newline) into `values`, reusing its storage.
    package static func decodeRow(_ line: UnsafeBufferPointer<UInt8>, kinds: [FieldKind], into values: inout [Value]) throws(CopyFormatError) {
        var end = line.count
        if end > 0 && line[end - 1] == UInt8(ascii: "\n") { end -= 1 }
        if values.count != kinds.count { values = Array(repeating: .null, count: kinds.count) }
        var field = 0
        var start = 0
        var position = 0
        var scratch: [UInt8] = []
        while true {
            if position == end || line[position] == UInt8(ascii: "\t") {
                guard field < kinds.count else { throw CopyFormatError(message: "a row has more than \(kinds.count) fields") }
                values[field] = try decodeField(UnsafeBufferPointer(rebasing: line[start..<position]), kind: kinds[field], scratch: &scratch)
                field += 1
                if position == end { break }
                start = position + 1
            }
            position += 1
        }
        guard field == kinds.count else { throw CopyFormatError(message: "a row has \(field) fields, expected \(kinds.count)") }
    }

    static func decodeField(_ raw: UnsafeBufferPointer<UInt8>, kind: FieldKind, scratch: inout [UInt8]) throws(CopyFormatError) -> Value {
        if raw.count == 2 && raw[0] == UInt8(ascii: "\\") && raw[1] == UInt8(ascii: "N") { return .null }
        if case .verbatim = kind { return .text(String(decoding: raw, as: UTF8.self)) }
        guard raw.contains(UInt8(ascii: "\\")) else { return try value(of: raw, kind: kind) }
        scratch.removeAll(keepingCapacity: true)
        try unescape(raw, into: &scratch)
        return try scratch.withUnsafeBufferPointer { (bytes) throws(CopyFormatError) -> Value in try value(of: bytes, kind: kind) }
    }

    /// A field's value from its text as the server prints it (after COPY's escapes are undone).
    package static func value(of bytes: UnsafeBufferPointer<UInt8>, kind: FieldKind) throws(CopyFormatError) -> Value {
        switch kind {
        case .integer:
            guard let number = Int64(String(decoding: bytes, as: UTF8.self)) else { throw CopyFormatError(message: "not an integer") }
            return .integer(number)
        case .real:
            let text = String(decoding: bytes, as: UTF8.self)
            switch text {
            case "Infinity": return .real(.infinity)
            case "-Infinity": return .real(-.infinity)
            case "NaN": return .real(.nan)
            default:
                guard let number = Double(text) else { throw CopyFormatError(message: "not a number") }
                return .real(number)
            }
        case .boolean:
            return .integer(bytes.first == UInt8(ascii: "t") ? 1 : 0)
        case .bytes:
            return .blob(try hexBytes(bytes))
        case .text, .verbatim:
            return .text(String(decoding: bytes, as: UTF8.self))
        }
    }

    /// The value of a hexadecimal digit, or nil.
    static func hexDigit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    static func unescape(_ raw: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) throws(CopyFormatError) {
        var index = 0
        while index < raw.count {
            let byte = raw[index]
            index += 1
            guard byte == UInt8(ascii: "\\") else { output.append(byte); continue }
            guard index < raw.count else { throw CopyFormatError(message: "a field ends with a lone backslash") }
            let next = raw[index]
            index += 1
            switch next {
            case UInt8(ascii: "b"): output.append(8)
            case UInt8(ascii: "f"): output.append(12)
            case UInt8(ascii: "n"): output.append(10)
            case UInt8(ascii: "r"): output.append(13)
            case UInt8(ascii: "t"): output.append(9)
            case UInt8(ascii: "v"): output.append(11)
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                var value = Int(next - UInt8(ascii: "0"))
                var digits = 1
                while digits < 3, index < raw.count, raw[index] >= UInt8(ascii: "0"), raw[index] <= UInt8(ascii: "7") {
                    value = value * 8 + Int(raw[index] - UInt8(ascii: "0"))
                    index += 1
                    digits += 1
                }
                output.append(UInt8(truncatingIfNeeded: value))
            case UInt8(ascii: "x"):
                var value: UInt8 = 0
                var digits = 0
                while digits < 2, index < raw.count, let digit = hexDigit(raw[index]) {
                    value = value &* 16 &+ digit
                    index += 1
                    digits += 1
                }
                if digits == 0 { output.append(UInt8(ascii: "x")) } else { output.append(value) }
            default:
                output.append(next)
            }
        }
    }

    /// bytea's hex output (`\x0a1b…`, already unescaped) as bytes.
    static func hexBytes(_ text: UnsafeBufferPointer<UInt8>) throws(CopyFormatError) -> [UInt8] {
        guard text.count >= 2, text[0] == UInt8(ascii: "\\"), text[1] == UInt8(ascii: "x"), text.count % 2 == 0 else {
            throw CopyFormatError(message: "bytea is not in hex format (set bytea_output = 'hex')")
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity((text.count - 2) / 2)
        var index = 2
        func nibble(_ byte: UInt8) throws(CopyFormatError) -> UInt8 {
            guard let digit = hexDigit(byte) else { throw CopyFormatError(message: "bytea hex has a non-hex digit") }
            return digit
        }
        while index < text.count {
            bytes.append(try nibble(text[index]) << 4 | nibble(text[index + 1]))
            index += 2
        }
        return bytes
    }

    /// Appends one row in COPY text format (fields tab-separated, newline-terminated) to `output`; the
    /// text of `verbatim` fields is already COPY text and is copied as it is.
    package static func encodeRow(_ row: ArraySlice<Value>, verbatim: VerbatimColumns = .none, into output: inout [UInt8]) {
        var position = 0
        for value in row {
            if position > 0 { output.append(UInt8(ascii: "\t")) }
            if verbatim.contains(position), case .text(let text) = value {
                output.append(contentsOf: text.utf8)
            } else {
                encodeField(value, into: &output)
            }
            position += 1
        }
        output.append(UInt8(ascii: "\n"))
    }

    static let hexDigits = Array("0123456789abcdef".utf8)

    static func encodeField(_ value: Value, into output: inout [UInt8]) {
        switch value {
        case .null:
            output.append(UInt8(ascii: "\\"))
            output.append(UInt8(ascii: "N"))
        case .integer(let number):
            output.append(contentsOf: String(number).utf8)
        case .real(let number):
            if number.isNaN {
                output.append(contentsOf: "NaN".utf8)
            } else if number.isInfinite {
                output.append(contentsOf: (number < 0 ? "-Infinity" : "Infinity").utf8)
            } else {
                output.append(contentsOf: "\(number)".utf8)
            }
        case .text(let text):
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "\\"): output.append(UInt8(ascii: "\\")); output.append(UInt8(ascii: "\\"))
                case 9: output.append(UInt8(ascii: "\\")); output.append(UInt8(ascii: "t"))
                case 10: output.append(UInt8(ascii: "\\")); output.append(UInt8(ascii: "n"))
                case 13: output.append(UInt8(ascii: "\\")); output.append(UInt8(ascii: "r"))
                default: output.append(byte)
                }
            }
        case .blob(let bytes):
            // bytea input `\x…`, its backslash escaped for COPY.
            output.append(UInt8(ascii: "\\"))
            output.append(UInt8(ascii: "\\"))
            output.append(UInt8(ascii: "x"))
            for byte in bytes {
                output.append(hexDigits[Int(byte >> 4)])
                output.append(hexDigits[Int(byte & 15)])
            }
        }
    }
}

/// A COPY stream that does not follow the text format.
package struct CopyFormatError: DoppelError {
    package var message: String
    package var exitStatus: ExitStatus { .runFailed }
    package var description: String { "unexpected COPY data from the server: \(message)" }
}
