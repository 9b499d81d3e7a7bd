import Crypto
import DoppelCore
import Testing
@testable import DoppelMasking

@Suite struct SipHashFeistelTests {
    @Test(arguments: [(10, 4), (10, 5), (26, 3), (2, 12)])
    func isABijectionOnEveryStringOfItsLength(radix: Int, length: Int) throws {
        let feistel = try SipHashFeistel(key: SymmetricKey(size: .bits256), radix: radix)
        let size = (0..<length).reduce(1) { result, _ in result * radix }
        var seen = [Bool](repeating: false, count: size)
        for value in 0..<size {
            let numerals = numerals(of: value, radix: radix, length: length)
            let output = try feistel.encrypt(numerals, tweak: [7])
            #expect(output.count == length)
            let image = output.reduce(0) { $0 * radix + Int($1) }
            #expect(!seen[image], "\(image) is the image of two strings")
            seen[image] = true
            #expect(try feistel.decrypt(output, tweak: [7]) == numerals)
        }
        #expect(seen.allSatisfy { $0 })
    }

    @Test func roundTripsAtEveryLengthUpToItsMaximum() throws {
        var generator = SplitMix64(seed: 20261203)
        for radix in [10, 26, 36, 65536] {
            let feistel = try SipHashFeistel(key: SymmetricKey(size: .bits128), radix: radix)
            for length in 2...feistel.maximumLength {
                for _ in 0..<20 {
                    let numerals = (0..<length).map { _ in UInt16(Int.random(in: 0..<radix, using: &generator)) }
                    let tweak = (0..<Int.random(in: 0..<40, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
                    let output = try feistel.encrypt(numerals, tweak: tweak)
                    #expect(output.allSatisfy { Int($0) < radix })
                    #expect(try feistel.decrypt(output, tweak: tweak) == numerals, "radix \(radix), \(length) numerals")
                }
            }
        }
    }

    @Test func theLongestHalfStaysWithin52Bits() {
        #expect(SipHashFeistel.maximumLength(radix: 10) == 30)
        #expect(SipHashFeistel.maximumLength(radix: 26) == 22)
        #expect(SipHashFeistel.maximumLength(radix: 2) == 104)
        #expect(SipHashFeistel.maximumLength(radix: 65536) == 6)
    }

    @Test func theKeyAndTheTweakEachSelectAnotherPermutation() throws {
        let key = SymmetricKey(size: .bits256)
        let feistel = try SipHashFeistel(key: key, radix: 10)
        let other = try SipHashFeistel(key: SymmetricKey(size: .bits256), radix: 10)
        var sameUnderOtherKey = 0
        var sameUnderOtherTweak = 0
        var unchanged = 0
        for value in 0..<1000 {
            let numerals = numerals(of: 5_550_000 + value, radix: 10, length: 10)
            let output = try feistel.encrypt(numerals, tweak: [1])
            if try other.encrypt(numerals, tweak: [1]) == output { sameUnderOtherKey += 1 }
            if try feistel.encrypt(numerals, tweak: [2]) == output { sameUnderOtherTweak += 1 }
            if output == numerals { unchanged += 1 }
            // The same key gives the same permutation: a fake is a function of the source value.
            #expect(try SipHashFeistel(key: key, radix: 10).encrypt(numerals, tweak: [1]) == output)
        }
        #expect(sameUnderOtherKey == 0)
        #expect(sameUnderOtherTweak == 0)
        #expect(unchanged == 0)
    }

    @Test func neighboursSpreadOverTheWholeDomain() throws {
        // Ten thousand consecutive phone numbers: every output digit position takes all ten digits, about
        // equally often (a Feistel with too few rounds or a weak round function leaves positions fixed).
        let feistel = try SipHashFeistel(key: SymmetricKey(size: .bits256), radix: 10)
        var counts = [[Int]](repeating: [Int](repeating: 0, count: 10), count: 10)
        for value in 0..<10_000 {
            let output = try feistel.encrypt(numerals(of: 5_550_100_000 + value, radix: 10, length: 10))
            for (position, digit) in output.enumerated() { counts[position][Int(digit)] += 1 }
        }
        for (position, digits) in counts.enumerated() {
            #expect(digits.allSatisfy { (850...1150).contains($0) }, "position \(position): \(digits)")
        }
    }

    @Test func refusesWhatItCannotPermute() throws {
        #expect(throws: FormatPreservingError.invalidKeySize(bitCount: 64)) {
            try SipHashFeistel(key: SymmetricKey(size: SymmetricKeySize(bitCount: 64)), radix: 10)
        }
        #expect(throws: FormatPreservingError.radixOutOfRange(radix: 1)) {
            try SipHashFeistel(key: SymmetricKey(size: .bits128), radix: 1)
        }
        let feistel = try SipHashFeistel(key: SymmetricKey(size: .bits128), radix: 10)
        #expect(throws: FormatPreservingError.domainTooSmall(radix: 10, length: 1)) { try feistel.encrypt([3]) }
        #expect(throws: FormatPreservingError.lengthTooLong(radix: 10, length: 31, maximum: 30)) {
            try feistel.encrypt([UInt16](repeating: 1, count: 31))
        }
        #expect(throws: FormatPreservingError.numeralOutOfRange(numeral: 10, index: 2, radix: 10)) {
            try feistel.encrypt([1, 2, 10, 4])
        }
    }

    @Test func fakesUseItAndStayUniqueAndShapedWhileFF1StaysForLongerStrings() throws {
        let pseudonymizer = try Pseudonymizer(key: SymmetricKey(size: .bits256), cipher: .sipHashFeistel)
        var seen = Set<String>()
        for value in 0..<20_000 {
            let digits = Array(String(5_550_000_000 + value))
            let phone = "+1 (\(String(digits[0..<3]))) \(String(digits[3..<6]))-\(String(digits[6..<10]))"
            let fake = try pseudonymizer.pseudonym(of: phone)
            #expect(fake.map { $0.isNumber ? "9" : $0 } == phone.map { $0.isNumber ? "9" : $0 })
            seen.insert(fake)
        }
        #expect(seen.count == 20_000)
        // 40 digits: past SipHashFeistel's 30, so FF1 takes them, and the shape still holds.
        let long = String(repeating: "1234567890", count: 4)
        let fake = try pseudonymizer.pseudonym(of: long)
        #expect(fake.count == 40 && fake.allSatisfy(\.isNumber) && fake != long)
    }

    @Test func pseudonymsOfTextOutsideASCIIKeepEveryOtherCharacter() throws {
        // The pseudonymizer walks UTF-8 bytes: a multi-byte scalar is copied as it is and stays in the shape.
        let pseudonymizer = try Pseudonymizer(key: SymmetricKey(size: .bits256))
        let text = "Zoë Ångström-42 📞 0123456789"
        let pseudonym = try pseudonymizer.pseudonym(of: text)
        let kept = pseudonym.unicodeScalars.filter { !$0.isASCII }
        #expect(String(String.UnicodeScalarView(kept)) == "ëÅö📞")
        #expect(pseudonym.unicodeScalars.count == text.unicodeScalars.count)
        #expect(pseudonym != text)
        #expect(try pseudonymizer.pseudonym(of: text) == pseudonym)
    }

    /// A kept prefix (a phone's `+44`) is left alone and the rest disguised as it would be on its own, so the
    /// fake of `+44 …` is `+44` and the fake of `…`.
    @Test func aKeptPrefixLeavesTheRestDisguisedAsItWouldBeAlone() throws {
        let pseudonymizer = try Pseudonymizer(key: SymmetricKey(data: [UInt8](repeating: 7, count: 32)), cipher: .sipHashFeistel)
        for phone in ["+44 20 7946 0958", "+1 (780) 428-9482", "+358-40-123-4567", "+49 a@b.de 12"] {
            let code = phone.dropFirst().prefix(while: \.isNumber)
            let rest = String(phone.dropFirst(1 + code.count))
            let kept = try pseudonymizer.pseudonym(of: phone, keepingFirst: 1 + code.count)
            #expect(kept == "+" + code + (try pseudonymizer.pseudonym(of: rest)))
        }
        #expect(try pseudonymizer.pseudonym(of: "+44", keepingFirst: 3) == "+44")
    }

    /// `canDisguise` answers ASCII text from its bytes; that shortcut agrees with the Unicode definition.
    @Test func canDisguiseAgreesWithItsUnicodeDefinition() {
        func definition(_ text: String) -> Bool {
            var hasOther = false
            for scalar in text.unicodeScalars {
                if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) { return true }
                if scalar.properties.isAlphabetic || scalar.properties.numericType != nil { hasOther = true }
            }
            return !hasOther
        }
        for text in ["", "  ", "+1 (555) 010-0000", "---", "Σωκράτης", "Σωκράτης 7", "٣٤٥", "٣٤٥ x", "📞", "— · —", "é1"] {
            #expect(Pseudonymizer.canDisguise(text) == definition(text), "\(text)")
        }
    }
}
