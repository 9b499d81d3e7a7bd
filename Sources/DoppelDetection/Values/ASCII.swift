/// Byte tests the value detectors share; they read UTF-8 bytes, so non-ASCII letters are never digits.
extension UInt8 {
    var isDigit: Bool { self >= 0x30 && self <= 0x39 }
    var isUpper: Bool { self >= 0x41 && self <= 0x5A }
    var isLower: Bool { self >= 0x61 && self <= 0x7A }
    var isLetter: Bool { isUpper || isLower }
    var isAlphanumeric: Bool { isDigit || isLetter }
    var isHexDigit: Bool { isDigit || (self >= 0x41 && self <= 0x46) || (self >= 0x61 && self <= 0x66) }
    var isSpace: Bool { self == 0x20 || self == 0x09 || self == 0x0A || self == 0x0D }
    /// The letter in upper case; other bytes unchanged.
    var uppercased: UInt8 { isLower ? self - 32 : self }
    /// The digit's value (only meaningful for digits).
    var digitValue: Int { Int(self) - 0x30 }
}

extension Array where Element == UInt8 {
    /// The bytes without leading and trailing spaces.
    func trimmed() -> ArraySlice<UInt8> {
        var start = startIndex
        var end = endIndex
        while start < end, self[start].isSpace { start += 1 }
        while end > start, self[end - 1].isSpace { end -= 1 }
        return self[start..<end]
    }
}

extension Collection where Element == UInt8 {
    /// The digits only, as values 0…9.
    var digits: [Int] { filter(\.isDigit).map(\.digitValue) }

    /// Whether every byte is a digit (and there is at least one).
    var isAllDigits: Bool { !isEmpty && allSatisfy(\.isDigit) }
}
