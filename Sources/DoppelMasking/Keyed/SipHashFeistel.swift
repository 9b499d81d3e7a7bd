package import Crypto
import DoppelCore

/// A keyed bijection on strings of `n` numerals in base `radix`, for fakes: FF1's Feistel structure
/// (NIST SP 800-38G: the two halves read as numbers, ten rounds of addition modulo `radix^half`) with
/// SipHash-2-4 as the round function where FF1 runs AES-CBC-MAC.
///
/// It keeps what a fake of a phone number or a national ID needs: the output has the input's length and
/// alphabet, and distinct inputs give distinct outputs, so a unique column stays unique without a tag.
/// One value costs one SipHash per round (about a tenth of FF1's AES calls, each of which re-expands its
/// key in swift-crypto). It is not a NIST mode: `pseudonymize`, whose pseudonyms are meant to hold up as
/// encryption, keeps FF1.
///
/// Each half is a number below `2^52`, so a round's 64-bit SipHash output reduced modulo `radix^half` is
/// uniform to within `2^-12`; strings longer than ``maximumLength(radix:)`` go to FF1.
package struct SipHashFeistel: Sendable {
    /// The base of the numerals permuted.
    package let radix: Int
    /// ``maximumLength(radix:)`` for this radix.
    package let maximumLength: Int
    private let roundFunction: SipHash
    private let tweakDigest: SipHash

    private static let rounds = 10
    /// The largest half, as a number of values: `radix^half` stays at or below this.
    private static let largestHalf: UInt64 = 1 << 52

    /// Prepares the permutation selected by `key` (at least 128 bits) for numerals in base `radix` (2...65536).
    package init(key: SymmetricKey, radix: Int) throws {
        guard key.bitCount >= 128 else { throw FormatPreservingError.invalidKeySize(bitCount: key.bitCount) }
        guard (2...65536).contains(radix) else { throw FormatPreservingError.radixOutOfRange(radix: radix) }
        self.radix = radix
        self.maximumLength = Self.maximumLength(radix: radix)
        let label = Array("doppel.siphash-feistel.v1 radix \(radix)".utf8)
        let words = HMAC<SHA256>.authenticationCode(for: label, using: key).withUnsafeBytes { bytes in
            (0..<4).map { bytes.loadUnaligned(fromByteOffset: 8 * $0, as: UInt64.self).littleEndian }
        }
        self.roundFunction = SipHash(key: (words[0], words[1]))
        self.tweakDigest = SipHash(key: (words[2], words[3]))
    }

    /// The most numerals one call takes in base `radix`: its larger half stays within 52 bits.
    package static func maximumLength(radix: Int) -> Int {
        var half = 0
        var size: UInt64 = 1
        while size <= largestHalf / UInt64(radix) {
            size *= UInt64(radix)
            half += 1
        }
        return 2 * half
    }

    /// Permutes `numerals` (each below `radix`, 2...``maximumLength(radix:)`` of them) under `tweak`.
    package func encrypt(_ numerals: [UInt16], tweak: [UInt8] = []) throws -> [UInt16] {
        try crypt(numerals, tweak: tweak, decrypting: false)
    }

    /// Undoes ``encrypt(_:tweak:)`` with the same key, radix and tweak.
    package func decrypt(_ numerals: [UInt16], tweak: [UInt8] = []) throws -> [UInt16] {
        try crypt(numerals, tweak: tweak, decrypting: true)
    }

    private func crypt(_ numerals: [UInt16], tweak: [UInt8], decrypting: Bool) throws -> [UInt16] {
        let n = numerals.count
        guard n >= 2 else { throw FormatPreservingError.domainTooSmall(radix: radix, length: n) }
        guard n <= maximumLength else { throw FormatPreservingError.lengthTooLong(radix: radix, length: n, maximum: maximumLength) }
        if let index = numerals.firstIndex(where: { Int($0) >= radix }) {
            throw FormatPreservingError.numeralOutOfRange(numeral: Int(numerals[index]), index: index, radix: radix)
        }
        let u = n / 2
        let base = UInt64(radix)
        let moduli = (NumeralString.power(base, u), NumeralString.power(base, n - u))
        var a = NumeralString.value(of: numerals[0..<u], radix: base)
        var b = NumeralString.value(of: numerals[u..<n], radix: base)
        // The tweak and the length select the permutation: a round hashes the tweak's digest with its own
        // number, the length and one half.
        let digest = tweakDigest.hash(tweak)
        if decrypting {
            for round in stride(from: Self.rounds - 1, through: 0, by: -1) {
                let modulus = round & 1 == 0 ? moduli.0 : moduli.1
                let y = self.round(round, length: n, digest: digest, half: a) % modulus
                let c = b >= y ? b - y : b + modulus - y  // (b - y) mod modulus: both are below it
                b = a
                a = c
            }
        } else {
            for round in 0..<Self.rounds {
                let modulus = round & 1 == 0 ? moduli.0 : moduli.1
                let y = self.round(round, length: n, digest: digest, half: b) % modulus
                let sum = a + y  // both below modulus (at most 2^52): no overflow, and one subtraction reduces it
                let c = sum >= modulus ? sum - modulus : sum
                a = b
                b = c
            }
        }
        var output = [UInt16](repeating: 0, count: n)
        NumeralString.write(a, radix: base, into: &output, at: 0..<u)
        NumeralString.write(b, radix: base, into: &output, at: u..<n)
        return output
    }

    /// The round function's output: SipHash of the tweak's digest and one word holding the round (4 bits), the
    /// length (at most 104, 7 bits) and the half (below 2^52).
    @inline(__always)
    private func round(_ round: Int, length: Int, digest: UInt64, half: UInt64) -> UInt64 {
        roundFunction.hash(digest, UInt64(round) << 60 | UInt64(length) << 52 | half)
    }
}
