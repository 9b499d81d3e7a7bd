/// Recognises phone numbers by shape: international (`+` or `00` and 8–15 digits), national with a trunk
/// `0` (`030 1234567`, `06-12345678`, `07700 900123`), North American (`(212) 555-0187`, `1-212-555-0187`)
/// local seven-digit numbers written `555-0187`, Spanish nine-digit numbers (`612 34 56 78`) and Italian
/// mobiles (`347 123 4567`).
///
/// Bare digits without `+` or a trunk `0` are never phones (they are ids and amounts), nor are dates,
/// decimals or numbers with thousands separators.
enum PhoneDetector {
    private static let separators = Set(" -./()".utf8)

    /// Whether the whole of `bytes` is one phone number, an extension (`x12`, `ext. 12`) allowed.
    static func isPhone(_ bytes: ArraySlice<UInt8>) -> Bool {
        let number = withoutExtension(bytes)
        guard let first = number.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "(") || first.isDigit else { return false }
        var digits: [Int] = []
        var groups: [Int] = []
        var groupSeparators: Set<UInt8> = []
        var inGroup = false
        for (offset, byte) in number.enumerated() {
            if byte.isDigit {
                digits.append(byte.digitValue)
                if inGroup { groups[groups.count - 1] += 1 } else { groups.append(1) }
                inGroup = true
            } else if byte == UInt8(ascii: "+") {
                guard offset == 0 else { return false }
            } else if separators.contains(byte) {
                if byte != UInt8(ascii: "(") && byte != UInt8(ascii: ")") { groupSeparators.insert(byte) }
                inGroup = false
            } else {
                return false
            }
        }
        guard (7...15).contains(digits.count), number.last.map({ $0.isDigit }) ?? false else { return false }
        if looksLikeDateOrDecimal(groups: groups, separators: groupSeparators) { return false }
        let hasSeparators = groups.count > 1
        if first == UInt8(ascii: "+") {
            return digits.count >= 8 && digits[0] != 0
        }
        if digits[0] == 0 && digits[1] == 0 {
            return digits.count >= 10
        }
        if digits[0] == 0 {
            return (9...12).contains(digits.count) && digits[1] != 0
        }
        guard hasSeparators else { return false }
        if digits.count == 10 && groups == [3, 3, 4] && digits[0] >= 2 && digits[3] >= 2 {
            return true
        }
        if digits.count == 11 && groups == [1, 3, 3, 4] && digits[0] == 1 {
            return digits[1] >= 2 && digits[4] >= 2
        }
        if digits.count == 7 && groups == [3, 4] {
            return digits[0] >= 2 && !groupSeparators.contains(UInt8(ascii: "/"))
        }
        // Spain has no trunk prefix: nine digits from 6 (mobiles) to 9 (landlines), `612 34 56 78`.
        if digits.count == 9 && (groups == [3, 3, 3] || groups == [3, 2, 2, 2]) {
            return digits[0] >= 6
        }
        // Italian mobiles start with 3 and keep no trunk 0: `347 123 4567`.
        if digits.count == 10 && digits[0] == 3 && (groups == [3, 3, 4] || groups == [3, 7]) {
            return true
        }
        return false
    }

    /// Dates (`2024-01-15`, `15.01.2024`) and decimals (`1234.56`) are digit groups too.
    private static func looksLikeDateOrDecimal(groups: [Int], separators: Set<UInt8>) -> Bool {
        if groups == [4, 2, 2] || groups == [2, 2, 4] || groups == [1, 2, 4] || groups == [2, 1, 4] || groups == [1, 1, 4] {
            return separators.count == 1
        }
        if groups.count == 2 && separators == [UInt8(ascii: ".")] { return true }
        return false
    }

    /// The number without a trailing extension (`x123`, `ext. 123`, `#123`).
    private static func withoutExtension(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        guard let marker = bytes.firstIndex(where: { $0 == UInt8(ascii: "x") || $0 == UInt8(ascii: "X") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "#") }) else {
            return bytes
        }
        let tail = bytes[marker...].drop { !$0.isDigit }
        let markerText = bytes[marker..<tail.startIndex].filter { !$0.isSpace && $0 != UInt8(ascii: ".") }
        let validMarker = markerText == Array("x".utf8) || markerText == Array("X".utf8) || markerText == Array("ext".utf8) || markerText == Array("#".utf8)
        guard validMarker, tail.isAllDigits, tail.count <= 5 else { return bytes }
        var end = marker
        while end > bytes.startIndex, bytes[end - 1].isSpace { end -= 1 }
        return bytes[..<end]
    }
}
