/// Recognises IBANs (country, length and MOD 97-10 check) and payment card numbers (length, issuer
/// prefix and Luhn check).
enum BankNumberDetector {
    /// IBAN lengths by country, from the IBAN registry of SWIFT (ISO 13616), facts listed by hand.
    static let ibanLengths: [String: Int] = [
        "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29,
        "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20, "EG": 29,
        "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28,
        "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20,
        "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19,
        "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29,
        "RO": 24, "RS": 22, "SA": 24, "SC": 31, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28,
        "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
    ]

    /// Whether the whole of `bytes` is an IBAN, written solid or in groups separated by single spaces.
    static func isIBAN(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard bytes.count >= 15, bytes.count <= 42 else { return false }
        var compact: [UInt8] = []
        var previousSpace = false
        for byte in bytes {
            if byte == UInt8(ascii: " ") {
                if previousSpace { return false }
                previousSpace = true
                continue
            }
            previousSpace = false
            guard byte.isAlphanumeric else { return false }
            compact.append(byte.uppercased)
        }
        guard compact.count >= 15, compact[0].isUpper, compact[1].isUpper, compact[2].isDigit, compact[3].isDigit,
              let length = ibanLengths[String(decoding: compact[0..<2], as: UTF8.self)], compact.count == length
        else { return false }
        return CheckDigits.ibanMod97(compact)
    }

    /// Whether the whole of `bytes` is a payment card number: 13–19 digits, solid or in groups separated
    /// by spaces or dashes, with a known issuer prefix and a valid Luhn check.
    static func isPaymentCard(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard bytes.count >= 13, bytes.count <= 23,
              bytes.allSatisfy({ $0.isDigit || $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "-") }),
              bytes.first?.isDigit == true, bytes.last?.isDigit == true
        else { return false }
        let digits = bytes.digits
        guard (13...19).contains(digits.count), Set(digits).count > 1 else { return false }
        return hasIssuerPrefix(digits) && CheckDigits.luhn(digits)
    }

    /// Whether the digits start with a prefix a card network issues, at a length it uses: Visa, Mastercard,
    /// American Express, Discover, JCB, Diners Club, UnionPay and Maestro.
    static func hasIssuerPrefix(_ digits: [Int]) -> Bool {
        func prefix(_ count: Int) -> Int { digits.prefix(count).reduce(0) { $0 * 10 + $1 } }
        let length = digits.count
        let two = prefix(2), three = prefix(3), four = prefix(4), six = prefix(6)
        if digits[0] == 4 { return length == 13 || length == 16 || length == 19 }
        if (51...55).contains(two) || (222_100...272_099).contains(six) { return length == 16 }
        if two == 34 || two == 37 { return length == 15 }
        if four == 6011 || (644...649).contains(three) || two == 65 { return (16...19).contains(length) }
        if (3528...3589).contains(four) { return (16...19).contains(length) }
        if (300...305).contains(three) || two == 36 || two == 38 || two == 39 { return (14...19).contains(length) }
        if two == 62 { return (16...19).contains(length) }
        if two == 50 || (56...69).contains(two) { return (12...19).contains(length) }
        return false
    }
}
