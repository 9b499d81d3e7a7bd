import DoppelCore
import DoppelPolicy

/// Whether a value has the rough shape of a kind, without validating it: a name may then stand even when
/// the detectors cannot confirm the values (unformatted ids, phones stored as integers, names missing
/// from the shipped lists), while values of another shape contradict it (`email` column of yes/no).
enum KindShape {
    /// Whether `value` is shaped like data of `kind`.
    static func fits(_ value: Value, _ kind: PIIKind) -> Bool {
        switch value {
        case .null, .blob, .real: return kind == .other
        case .integer(let number):
            let digits = String(number.magnitude).count
            switch kind {
            case .phone: return (6...15).contains(digits)
            case .nationalID, .accountNumber: return (5...19).contains(digits)
            case .postcode: return (3...6).contains(digits)
            case .dateOfBirth: return (1900...2100).contains(number) || (19_000_101...21_001_231).contains(number)
            case .other: return true
            default: return false
            }
        case .text(let text): return fits(text, kind)
        }
    }

    /// Whether `text` is shaped like data of `kind`.
    static func fits(_ text: String, _ kind: PIIKind) -> Bool {
        let bytes = Array(text.utf8).trimmed()
        guard !bytes.isEmpty else { return false }
        let digits = bytes.filter(\.isDigit).count
        let letters = text.filter(\.isLetter).count
        switch kind {
        case .email:
            return bytes.contains(UInt8(ascii: "@"))
        case .phone:
            return digits >= 6 && bytes.allSatisfy { $0.isDigit || " +-./()xX".utf8.contains($0) }
        case .nationalID, .accountNumber:
            return digits >= 4 && bytes.count <= 40 && bytes.allSatisfy { $0.isAlphanumeric || " -./".utf8.contains($0) }
        case .postcode:
            return digits >= 1 && bytes.count <= 10 && bytes.allSatisfy { $0.isAlphanumeric || $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "-") }
        case .dateOfBirth:
            return digits >= 4 && bytes.count <= 35
        case .ipAddress:
            return bytes.count <= 50 && bytes.allSatisfy { $0.isHexDigit || ".:/%".utf8.contains($0) }
        case .streetAddress:
            return letters >= 3
        case .url:
            return bytes.contains(UInt8(ascii: ".")) || bytes.contains(UInt8(ascii: "/"))
        case .name, .firstName, .lastName, .city, .state, .region, .country, .company, .jobTitle, .courtesyTitle:
            return letters >= 1 && letters * 2 >= text.count && text.count <= 120
        case .username:
            return bytes.count <= 64 && !bytes.contains(where: \.isSpace)
        case .freeText, .other:
            return true
        }
    }
}
