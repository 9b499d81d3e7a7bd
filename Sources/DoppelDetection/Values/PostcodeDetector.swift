/// Recognises postcodes. Distinctive shapes are ``ValueSignal/postcode``: UK (`SW1A 1AA`), Canadian
/// (`K1A 0B1`), Dutch (`1012 AB`), US ZIP+4 (`12345-6789`) and Brazilian CEP (`01310-100`). Four or five
/// bare digits (US ZIP, German, French, Spanish, Italian, Swiss, Austrian…) are only
/// ``ValueSignal/numericPostcode``: a postcode when the column's name says so; so is Poland's `00-950`.
enum PostcodeDetector {
    /// The signal the whole of `bytes` gives, if it is postcode-shaped.
    static func signal(_ bytes: ArraySlice<UInt8>) -> ValueSignal? {
        let text = bytes.map(\.uppercased)
        if (4...5).contains(text.count), text.isAllDigits { return .numericPostcode }
        // Poland's `00-950`: as plain as bare digits, so a postcode only when the name says so.
        if isHyphenated(text, 2, 3) { return .numericPostcode }
        if isUK(text) || isCanadian(text) || isDutch(text) || isHyphenated(text, 5, 4) || isHyphenated(text, 5, 3) {
            return .postcode
        }
        return nil
    }

    /// UK: outward code `A9`, `A99`, `AA9`, `AA99`, `A9A` or `AA9A`, an optional space, inward code `9AA`.
    static func isUK(_ text: [UInt8]) -> Bool {
        let compact = text.filter { $0 != UInt8(ascii: " ") }
        guard (5...7).contains(compact.count), text.count - compact.count <= 1 else { return false }
        let inward = compact.suffix(3)
        guard let inwardDigit = inward.first, inwardDigit.isDigit, inward.dropFirst().allSatisfy(\.isUpper) else { return false }
        let outward = Array(compact.dropLast(3))
        guard let area = outward.first, area.isUpper else { return false }
        // true: letter, false: digit.
        let shapes: [[Bool]] = [
            [true, false], [true, false, false], [true, true, false], [true, true, false, false],
            [true, false, true], [true, true, false, true],
        ]
        return shapes.contains { shape in
            shape.count == outward.count && zip(shape, outward).allSatisfy { isLetter, byte in
                isLetter ? byte.isUpper : byte.isDigit
            }
        }
    }

    /// Canada: `A9A 9A9`, letters from the set Canada Post uses, an optional space.
    static func isCanadian(_ text: [UInt8]) -> Bool {
        let compact = text.filter { $0 != UInt8(ascii: " ") }
        guard compact.count == 6, text.count - compact.count <= 1 else { return false }
        let first = Set("ABCEGHJKLMNPRSTVXY".utf8), other = Set("ABCEGHJKLMNPRSTVWXYZ".utf8)
        return first.contains(compact[0]) && compact[1].isDigit && other.contains(compact[2])
            && compact[3].isDigit && other.contains(compact[4]) && compact[5].isDigit
    }

    /// The Netherlands: four digits (not starting with 0), an optional space, two letters (not SA, SD, SS).
    static func isDutch(_ text: [UInt8]) -> Bool {
        let compact = text.filter { $0 != UInt8(ascii: " ") }
        guard compact.count == 6, text.count - compact.count <= 1, compact[0..<4].isAllDigits, compact[0] != UInt8(ascii: "0"),
              compact[4].isUpper, compact[5].isUpper
        else { return false }
        let letters = String(decoding: compact[4...], as: UTF8.self)
        return !["SA", "SD", "SS"].contains(letters)
    }

    /// `first` digits, a hyphen, `second` digits: ZIP+4 (5-4) or CEP (5-3).
    static func isHyphenated(_ text: [UInt8], _ first: Int, _ second: Int) -> Bool {
        text.count == first + second + 1 && text[first] == UInt8(ascii: "-")
            && text[..<first].isAllDigits && text[(first + 1)...].isAllDigits
    }
}
