/// The check-digit algorithms the value detectors validate with, so a number of the right shape but a
/// wrong check digit is rejected.
enum CheckDigits {
    /// Luhn (ISO/IEC 7812-1), used by payment cards and Canadian SINs.
    static func luhn(_ digits: [Int]) -> Bool {
        guard !digits.isEmpty else { return false }
        var sum = 0
        for (offset, digit) in digits.reversed().enumerated() {
            if offset % 2 == 1 {
                let doubled = digit * 2
                sum += doubled > 9 ? doubled - 9 : doubled
            } else {
                sum += digit
            }
        }
        return sum % 10 == 0
    }

    /// ISO 7064 MOD 97-10 as IBANs use it: `text` (letters and digits, country first) is valid when the
    /// rearranged number is 1 modulo 97.
    static func ibanMod97(_ text: [UInt8]) -> Bool {
        guard text.count > 4 else { return false }
        let rearranged = Array(text[4...]) + Array(text[..<4])
        var remainder = 0
        for byte in rearranged {
            if byte.isDigit {
                remainder = (remainder * 10 + byte.digitValue) % 97
            } else if byte.isUpper {
                remainder = (remainder * 100 + Int(byte) - 55) % 97
            } else {
                return false
            }
        }
        return remainder == 1
    }

    /// The Dutch "elfproef" of a BSN: 9 digits whose weighted sum (9…2, and −1 for the last) is a
    /// multiple of 11.
    static func dutchElevenProof(_ digits: [Int]) -> Bool {
        guard digits.count == 9, digits.contains(where: { $0 != 0 }) else { return false }
        var sum = 0
        for (index, digit) in digits.enumerated() {
            sum += index == 8 ? -digit : digit * (9 - index)
        }
        return sum % 11 == 0
    }

    /// Brazilian CPF: 11 digits, the last two check digits of the first nine; all-equal digits are invalid.
    static func brazilianCPF(_ digits: [Int]) -> Bool {
        guard digits.count == 11, Set(digits).count > 1 else { return false }
        func check(_ count: Int) -> Int {
            var sum = 0
            for index in 0..<count { sum += digits[index] * (count + 1 - index) }
            let remainder = sum * 10 % 11
            return remainder == 10 ? 0 : remainder
        }
        return check(9) == digits[9] && check(10) == digits[10]
    }

    /// French NIR (numéro de sécurité sociale): 13 digits and a 2-digit key, 97 − (number mod 97).
    static func frenchNIR(_ digits: [Int]) -> Bool {
        guard digits.count == 15, digits[0] == 1 || digits[0] == 2 else { return false }
        var remainder = 0
        for digit in digits[..<13] { remainder = (remainder * 10 + digit) % 97 }
        let key = digits[13] * 10 + digits[14]
        return key == 97 - remainder
    }

    /// German Steuer-Identifikationsnummer: 11 digits, not starting with 0, the last an ISO 7064
    /// MOD 11,10 check digit of the first ten.
    static func germanTaxID(_ digits: [Int]) -> Bool {
        guard digits.count == 11, digits[0] != 0 else { return false }
        var product = 10
        for digit in digits[..<10] {
            var sum = (digit + product) % 10
            if sum == 0 { sum = 10 }
            product = (sum * 2) % 11
        }
        var check = 11 - product
        if check == 10 { check = 0 }
        return check == digits[10]
    }

    /// The letter a Spanish DNI's 8 digits (or an NIE's, with X/Y/Z read as 0/1/2) must end with.
    static func spanishIDLetter(_ number: Int) -> UInt8 {
        Array("TRWAGMYFPDXBNJZSQVHLCKE".utf8)[number % 23]
    }

    /// The check letter of an Italian codice fiscale's first 15 characters (upper-case letters and digits).
    static func italianFiscalCodeLetter(_ characters: ArraySlice<UInt8>) -> UInt8? {
        // Values of characters in odd positions (1st, 3rd, …) for 0–9 and A–Z, as the decree lists them.
        let odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
        var sum = 0
        for (offset, byte) in characters.enumerated() {
            let index: Int
            if byte.isDigit { index = byte.digitValue } else if byte.isUpper { index = Int(byte) - 65 } else { return nil }
            if offset % 2 == 0 {
                sum += odd[index]
            } else {
                sum += index
            }
        }
        return UInt8(65 + sum % 26)
    }
}
