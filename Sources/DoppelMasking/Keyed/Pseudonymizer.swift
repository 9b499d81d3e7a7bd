package import Crypto
package import DoppelCore

/// Keyed, format-preserving, injective pseudonyms: digits stay digits, letters stay letters (with their
/// case), everything else stays where it is; the last label of an email's domain is kept.
///
/// Digits and letters are each encrypted as one string with FF1 (NIST SP 800-38G), tweaked by the
/// value's shape, or with a keyed small-domain permutation when the string is too short for FF1. So
/// distinct inputs always give distinct outputs, and keys and unique columns need no collision handling.
package final class Pseudonymizer {
    /// Which keyed permutation runs on strings long enough for FF1.
    package enum Cipher: Sendable {
        /// FF1 (NIST SP 800-38G): what `pseudonymize` promises.
        case ff1
        /// ``SipHashFeistel``, about five times cheaper per value and not a NIST mode: for fakes, which need a
        /// unique stand-in of the same shape and nothing more. Strings too long for it still go to FF1.
        case sipHashFeistel
    }

    private let key: SymmetricKey
    private let digits: FF1
    private let letters: FF1
    private let fastDigits: SipHashFeistel?
    private let fastLetters: SipHashFeistel?
    private var smallDomains: [UInt64: SmallDomainPermutation] = [:]

    package init(key: SymmetricKey, cipher: Cipher = .ff1) throws {
        self.key = key
        self.digits = try FF1(key: key, radix: 10)
        self.letters = try FF1(key: key, radix: 26)
        switch cipher {
        case .ff1:
            (fastDigits, fastLetters) = (nil, nil)
        case .sipHashFeistel:
            (fastDigits, fastLetters) = (try SipHashFeistel(key: key, radix: 10), try SipHashFeistel(key: key, radix: 26))
        }
    }

    /// The pseudonym of `value`: integers stay integers with as many digits, text keeps its shape.
    package func pseudonym(of value: Value) throws -> Value {
        switch value {
        case .null: return .null
        case .integer(let number): return .integer(try pseudonym(of: number))
        case .text(let text): return .text(try pseudonym(of: text))
        case .real, .blob: return value
        }
    }

    /// An integer with the same sign and number of digits. `Int64.min`, whose magnitude has no positive
    /// counterpart, is its own pseudonym; every other value maps within ±(its digit range).
    ///
    /// `maximum` caps the magnitude (a PostgreSQL `integer` holds at most 2147483647): the permutation then
    /// walks on until it lands at or below it, which keeps it a bijection of the values that fit.
    package func pseudonym(of number: Int64, maximum: Int64 = .max) throws -> Int64 {
        if number == .min { return .min }
        let magnitude = number.magnitude
        let digitCount = String(magnitude).count
        let low: UInt64 = digitCount == 1 ? 0 : NumeralString.power(10, digitCount - 1)
        let full: UInt64 = digitCount >= 19 ? UInt64(Int64.max) : NumeralString.power(10, digitCount) - 1
        // A value above the cap (it cannot be in the column) keeps the uncapped mapping.
        let high = magnitude <= UInt64(max(maximum, 0)) ? min(full, UInt64(max(maximum, 0))) : full
        let size = full - low + 1
        var result: UInt64
        if size < 1_000_000 {
            let domain = try permutation(size: size, purpose: 0)
            result = low + domain.permute(magnitude - low)
            while result > high { result = low + domain.permute(result - low) }
        } else {
            // Cycle-walk FF1 over all d-digit strings until the result is a d-digit number in range.
            var numerals = NumeralString.numerals(of: magnitude, radix: 10, count: digitCount)
            let fast = fastDigits.flatMap { digitCount <= $0.maximumLength ? $0 : nil }
            repeat {
                numerals = try fast?.encrypt(numerals, tweak: [0x49]) ?? digits.encrypt(numerals, tweak: [0x49])
                result = NumeralString.value(of: numerals, radix: 10)
            } while numerals[0] == 0 || result > high
        }
        return number < 0 ? -Int64(result) : Int64(result)
    }

    /// Whether ``pseudonym(of:)-(String)`` changes something of `text` that can identify: false for text whose
    /// letters and digits are all outside ASCII (`Σωκράτης`), which the pseudonym would keep as it is.
    package static func canDisguise(_ text: String) -> Bool {
        // Most text is ASCII and holds a digit or a letter: its bytes answer without Unicode properties.
        var allASCII = true
        for byte in text.utf8 {
            if isDigit(byte) || isLetter(byte) { return true }
            if byte >= 0x80 { allASCII = false; break }
        }
        if allASCII { return true }
        var hasOther = false
        for scalar in text.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) { return true }
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil { hasOther = true }
        }
        return !hasOther
    }

    /// Why a text ``canDisguise(_:)`` refuses cannot be pseudonymized.
    package static let cannotDisguise = "text whose letters and digits are all outside ASCII, which `pseudonymize` keeps as they are; use `fake`, `hash` or `redact`"

    /// Text with the same shape.
    ///
    /// Works on the UTF-8 bytes: a scalar outside ASCII is bytes of 0x80 and above, which are neither digits
    /// nor letters here and go into the shape as they are, exactly as the scalar's own UTF-8 would.
    ///
    /// - Parameter kept: how many leading UTF-8 bytes stay as they are, outside the shape too (a phone's `+1`):
    ///   the rest is disguised exactly as `pseudonym(of:)` disguises it alone.
    package func pseudonym(of text: String, keepingFirst kept: Int = 0) throws -> String {
        var bytes = Array(text.utf8)
        let start = min(max(kept, 0), bytes.count)
        var fixedFrom = bytes.count
        if let at = bytes[start...].lastIndex(of: UInt8(ascii: "@")), let dot = bytes[at...].lastIndex(of: UInt8(ascii: ".")) {
            fixedFrom = dot  // keep `.com`, `.org`: the shape of an email survives
        }
        var digitNumerals: [UInt16] = []
        digitNumerals.reserveCapacity(fixedFrom - start)
        var letterNumerals: [UInt16] = []
        var shape: [UInt8] = []
        shape.reserveCapacity(bytes.count - start + 1)
        shape.append(0x54)
        for index in start..<bytes.count {
            let byte = bytes[index]
            if index < fixedFrom, Self.isDigit(byte) {
                digitNumerals.append(UInt16(byte - 48))
                shape.append(0x30)
            } else if index < fixedFrom, Self.isLetter(byte) {
                letterNumerals.append(UInt16((byte | 0x20) - 97))
                shape.append(byte <= 90 ? 0x41 : 0x61)
            } else {
                shape.append(byte)
            }
        }
        var newDigits = try encrypt(digitNumerals, radix: 10, cipher: digits, fast: fastDigits, tweak: shape).makeIterator()
        var newLetters = try encrypt(letterNumerals, radix: 26, cipher: letters, fast: fastLetters, tweak: shape).makeIterator()
        // The same walk again, each digit and letter taking the next of its kind from the cipher's output.
        for index in start..<fixedFrom {
            let byte = bytes[index]
            if Self.isDigit(byte), let numeral = newDigits.next() {
                bytes[index] = UInt8(48 + numeral)
            } else if Self.isLetter(byte), let numeral = newLetters.next() {
                bytes[index] = UInt8((byte <= 90 ? 65 : 97) + numeral)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    @inline(__always) private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
    @inline(__always) private static func isLetter(_ byte: UInt8) -> Bool { (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) }

    private func encrypt(_ numerals: [UInt16], radix: Int, cipher: FF1, fast: SipHashFeistel?, tweak: [UInt8]) throws -> [UInt16] {
        guard !numerals.isEmpty else { return numerals }
        if numerals.count >= FF1.minimumLength(radix: radix) {
            if let fast, numerals.count <= fast.maximumLength {
                return try fast.encrypt(numerals, tweak: tweak)
            }
            return try cipher.encryptLong(numerals, tweak: tweak)
        }
        // Too short for FF1: permute the whole domain radix^n with a keyed small-domain permutation.
        let base = UInt64(radix)
        let size = NumeralString.power(base, numerals.count)
        let permuted = try permutation(size: size, purpose: radix == 10 ? 1 : 2).permute(NumeralString.value(of: numerals, radix: base))
        return NumeralString.numerals(of: permuted, radix: base, count: numerals.count)
    }

    /// A keyed permutation of `0..<size`, one per (size, purpose), made once and kept.
    private func permutation(size: UInt64, purpose: UInt8) throws -> SmallDomainPermutation {
        let cacheKey = size &* 4 &+ UInt64(purpose)
        if let cached = smallDomains[cacheKey] { return cached }
        let made = try SmallDomainPermutation(key: key, domainSize: size, tweak: [purpose] + Array(String(size).utf8))
        smallDomains[cacheKey] = made
        return made
    }

}
