/// Recognises national identifiers with their check digits where they have them.
///
/// Distinctive formats (``ValueSignal/nationalID``): US SSN `123-45-6789` (area, group and serial rules),
/// UK National Insurance numbers, Spanish DNI and NIE (check letter), Brazilian CPF and French NIR
/// (check digits), Italian codice fiscale (check letter), Canadian SIN written in three groups (Luhn).
/// Bare numbers that pass a check (``ValueSignal/nationalIDNumber``): Dutch BSN (11-proof), German tax
/// ID (MOD 11,10) and SIN (Luhn); about a tenth of random numbers pass, so they are weak.
enum NationalIDDetector {
    /// The signal `bytes` gives, if it is a national identifier.
    static func signal(_ bytes: ArraySlice<UInt8>) -> ValueSignal? {
        guard bytes.count >= 8, bytes.count <= 24 else { return nil }
        if isFormattedSSN(bytes) || isUKNationalInsurance(bytes) || isSpanishID(bytes) || isItalianFiscalCode(bytes) {
            return .nationalID
        }
        let groupedDigits = bytes.allSatisfy { $0.isDigit || $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") }
        guard groupedDigits else { return nil }
        let digits = bytes.digits
        let solid = bytes.isAllDigits
        if digits.count == 11 && CheckDigits.brazilianCPF(digits) && (solid || isCPFLayout(bytes)) { return .nationalID }
        if digits.count == 15 && CheckDigits.frenchNIR(digits) { return .nationalID }
        if digits.count == 9 && !solid && isThreeGroups(bytes) && CheckDigits.luhn(digits) {
            return .nationalID
        }
        guard solid else { return nil }
        if digits.count == 9 && (CheckDigits.dutchElevenProof(digits) || CheckDigits.luhn(digits)) { return .nationalIDNumber }
        if digits.count == 11 && CheckDigits.germanTaxID(digits) { return .nationalIDNumber }
        return nil
    }

    /// `AAA-GG-SSSS` (or with spaces): area not 000, 666 or 9xx; group not 00; serial not 0000.
    static func isFormattedSSN(_ bytes: ArraySlice<UInt8>) -> Bool {
        let text = Array(bytes)
        guard text.count == 11, text[3] == text[6], text[3] == UInt8(ascii: "-") || text[3] == UInt8(ascii: " ") else { return false }
        let parts = [text[0..<3], text[4..<6], text[7..<11]]
        guard parts.allSatisfy(\.isAllDigits) else { return false }
        let area = parts[0].digits.reduce(0) { $0 * 10 + $1 }
        let group = parts[1].digits.reduce(0) { $0 * 10 + $1 }
        let serial = parts[2].digits.reduce(0) { $0 * 10 + $1 }
        return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0
    }

    /// UK National Insurance number: two letters (with the excluded letters and prefixes), six digits and
    /// A–D, spaces allowed (`AB 12 34 56 C`).
    static func isUKNationalInsurance(_ bytes: ArraySlice<UInt8>) -> Bool {
        let compact = bytes.filter { $0 != UInt8(ascii: " ") }.map(\.uppercased)
        guard compact.count == 9, compact[0].isUpper, compact[1].isUpper, compact[2..<8].isAllDigits,
              (UInt8(ascii: "A")...UInt8(ascii: "D")).contains(compact[8])
        else { return false }
        let first = Set("DFIQUV".utf8), second = Set("DFIOQUV".utf8)
        let prefix = String(decoding: compact[0..<2], as: UTF8.self)
        return !first.contains(compact[0]) && !second.contains(compact[1]) && !["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"].contains(prefix)
    }

    /// Spanish DNI (8 digits and a check letter) or NIE (X, Y or Z, 7 digits and a check letter).
    static func isSpanishID(_ bytes: ArraySlice<UInt8>) -> Bool {
        let compact = bytes.filter { $0 != UInt8(ascii: "-") && $0 != UInt8(ascii: " ") }.map(\.uppercased)
        guard compact.count == 9, let letter = compact.last, letter.isUpper else { return false }
        var body = Array(compact[0..<8])
        switch body[0] {
        case UInt8(ascii: "X"): body[0] = UInt8(ascii: "0")
        case UInt8(ascii: "Y"): body[0] = UInt8(ascii: "1")
        case UInt8(ascii: "Z"): body[0] = UInt8(ascii: "2")
        default: break
        }
        guard body.isAllDigits else { return false }
        let number = body.digits.reduce(0) { $0 * 10 + $1 }
        return CheckDigits.spanishIDLetter(number) == letter
    }

    /// Italian codice fiscale: six letters, two digits, a month letter, two digits, a letter, three digits
    /// (digits may be letters after an omocodia substitution) and the check letter.
    static func isItalianFiscalCode(_ bytes: ArraySlice<UInt8>) -> Bool {
        let text = bytes.map(\.uppercased)
        guard text.count == 16 else { return false }
        let letterPositions: Set<Int> = [0, 1, 2, 3, 4, 5, 8, 11, 15]
        for (index, byte) in text.enumerated() {
            if letterPositions.contains(index) {
                guard byte.isUpper else { return false }
            } else {
                guard byte.isDigit || Set("LMNPQRSTUV".utf8).contains(byte) else { return false }
            }
        }
        guard Set("ABCDEHLMPRST".utf8).contains(text[8]) else { return false }
        return CheckDigits.italianFiscalCodeLetter(text[0..<15]) == text[15]
    }

    /// `123.456.789-09`, the way a CPF is written.
    private static func isCPFLayout(_ bytes: ArraySlice<UInt8>) -> Bool {
        let text = Array(bytes)
        return text.count == 14 && text[3] == UInt8(ascii: ".") && text[7] == UInt8(ascii: ".") && text[11] == UInt8(ascii: "-")
    }

    /// Three groups of three digits with one kind of separator (`046 454 286`, `046-454-286`).
    private static func isThreeGroups(_ bytes: ArraySlice<UInt8>) -> Bool {
        let text = Array(bytes)
        return text.count == 11 && text[3] == text[7] && (text[3] == UInt8(ascii: " ") || text[3] == UInt8(ascii: "-"))
            && text[0..<3].isAllDigits && text[4..<7].isAllDigits && text[8..<11].isAllDigits
    }
}
