package import Crypto
import CryptoExtras

/// FF1 format-preserving encryption (NIST SP 800-38G Rev. 1, section 5.1) over AES.
///
/// A string of `n` numerals in base `radix` encrypts to another string of `n` numerals in the same base;
/// for a fixed key and tweak this is a bijection on those strings, and `decrypt` inverts it.
///
/// One call handles `minimumLength...maximumLength` numerals: NIST requires `radix^n >= 1_000_000`
/// (use `SmallDomainPermutation` below that), and this implementation keeps `radix^n < 2^128` so every
/// number fits a `UInt128` (radix 10: 6...38, 26: 5...27, 36: 4...24, 62: 4...21). Longer strings must be
/// split by the caller; `encryptLong(_:tweak:)` and `decryptLong(_:tweak:)` do that.
///
/// Everything that depends only on the key, the radix and the length is computed in `init`, including
/// the first CBC-MAC block for the empty tweak: an encryption then costs 10 AES blocks, 11 with a tweak
/// that fits beside the round number in `Q`'s one block (up to 12 bytes for 10 decimal digits), one more
/// per further 16 tweak bytes, and two arrays (the result and a 16-byte block buffer).
package struct FF1: Sendable {
    /// The radices FF1 is defined for.
    package static let radixRange: ClosedRange<Int> = 2...65_536
    /// The smallest number of distinct inputs NIST SP 800-38G Rev. 1 allows FF1 on.
    package static let minimumDomainSize = 1_000_000

    /// The base of the numerals.
    package let radix: Int
    /// The fewest numerals one call takes: the smallest `n` with `radix^n >= 1_000_000`.
    package let minimumLength: Int
    /// The most numerals one call takes: the largest `n` with `radix^n < 2^128`.
    package let maximumLength: Int

    private static let rounds = 10

    private let key: SymmetricKey
    /// `radix^k` for `k` in `0...maximumLength`.
    private let powers: [UInt128]
    /// Per-length constants, indexed by `n - minimumLength`.
    private let shapes: [Shape]

    /// What FF1 derives from the length alone (steps 1-4 of the algorithm) and the key.
    private struct Shape: Sendable {
        /// Numerals in the left half, `floor(n / 2)`.
        let u: Int
        /// Numerals in the right half, `n - u`.
        let v: Int
        /// Bytes of `NUM(B)` in `Q`: `ceil(ceil(v * log2(radix)) / 8)`.
        let byteCount: Int
        /// Bits of the AES output used as `y`: `8 * (4 * ceil(byteCount / 4) + 4)`, at most 128.
        let yBitCount: Int
        /// The block `P` with a tweak length of zero (the tweak length fills its last four bytes).
        let p: UInt128
        /// `CIPH_K(P)` for the empty tweak: the CBC-MAC state before `Q`.
        let untweakedState: UInt128
    }

    /// Prepares FF1 under an AES key of 128, 192 or 256 bits for numerals in base `radix` (2...65536).
    package init(key: SymmetricKey, radix: Int) throws {
        guard [128, 192, 256].contains(key.bitCount) else {
            throw FormatPreservingError.invalidKeySize(bitCount: key.bitCount)
        }
        guard Self.radixRange.contains(radix) else {
            throw FormatPreservingError.radixOutOfRange(radix: radix)
        }
        let minimumLength = Self.minimumLength(radix: radix)
        let maximumLength = Self.maximumLength(radix: radix)

        var powers: [UInt128] = [1]
        powers.reserveCapacity(maximumLength + 1)
        for _ in 0..<maximumLength {
            powers.append(powers[powers.count - 1] * UInt128(radix))
        }

        var scratch = Self.blockBuffer()
        var shapes: [Shape] = []
        shapes.reserveCapacity(maximumLength - minimumLength + 1)
        for n in minimumLength...maximumLength {
            let u = n / 2
            let v = n - u
            // ceil(v * log2(radix)) is the bit length of radix^v - 1, computed exactly.
            let bits = 128 - (powers[v] - 1).leadingZeroBitCount
            let byteCount = (bits + 7) / 8
            let yByteCount = 4 * ((byteCount + 3) / 4) + 4
            // [1]^1 || [2]^1 || [1]^1 || [radix]^3 || [10]^1 || [u mod 256]^1 || [n]^4 || [t]^4
            let header: UInt128 = 0x01_02_01 << 104
            let radixAndTen: UInt128 = UInt128(radix) << 80 | UInt128(10) << 72
            let lengths: UInt128 = UInt128(u % 256) << 64 | UInt128(n) << 32
            let p = header | radixAndTen | lengths
            shapes.append(Shape(
                u: u, v: v, byteCount: byteCount, yBitCount: 8 * yByteCount,
                p: p, untweakedState: try Self.cipher(p, key: key, scratch: &scratch)
            ))
        }

        self.key = key
        self.radix = radix
        self.minimumLength = minimumLength
        self.maximumLength = maximumLength
        self.powers = powers
        self.shapes = shapes
    }

    /// The smallest `n` with `radix^n >= 1_000_000` (at least 2); `Int.max` for a radix below 2.
    package static func minimumLength(radix: Int) -> Int {
        guard radix >= 2 else { return Int.max }
        guard radix < minimumDomainSize else { return 2 }
        var length = 1
        var size = radix
        while size < minimumDomainSize {
            size *= radix
            length += 1
        }
        return max(length, 2)
    }

    /// The largest `n` with `radix^n < 2^128`, the longest string one FF1 call takes; 0 outside 2...65536.
    package static func maximumLength(radix: Int) -> Int {
        guard radixRange.contains(radix) else { return 0 }
        var length = 0
        var size: UInt128 = 1
        while true {
            let (next, overflow) = size.multipliedReportingOverflow(by: UInt128(radix))
            if overflow { return length }
            size = next
            length += 1
        }
    }

    /// Encrypts `numerals` (each below `radix`, `minimumLength...maximumLength` of them) under `tweak`.
    package func encrypt(_ numerals: [UInt16], tweak: [UInt8] = []) throws -> [UInt16] {
        var output = numerals
        try output.withUnsafeMutableBufferPointer { buffer in
            try crypt(buffer, tweak: tweak, decrypting: false)
        }
        return output
    }

    /// Decrypts what `encrypt(_:tweak:)` produced with the same key, radix and tweak.
    package func decrypt(_ numerals: [UInt16], tweak: [UInt8] = []) throws -> [UInt16] {
        var output = numerals
        try output.withUnsafeMutableBufferPointer { buffer in
            try crypt(buffer, tweak: tweak, decrypting: true)
        }
        return output
    }

    // MARK: - The algorithm

    /// FF1 in place: steps 1-6 of Algorithms 7 and 8, on `UInt128` numbers rather than numeral strings.
    private func crypt(_ x: UnsafeMutableBufferPointer<UInt16>, tweak: [UInt8], decrypting: Bool) throws {
        let n = x.count
        guard n >= minimumLength else {
            throw FormatPreservingError.domainTooSmall(radix: radix, length: n)
        }
        guard n <= maximumLength else {
            throw FormatPreservingError.lengthTooLong(radix: radix, length: n, maximum: maximumLength)
        }
        let shape = shapes[n - minimumLength]
        var a = try number(x, from: 0, to: shape.u)
        var b = try number(x, from: shape.u, to: n)
        var scratch = Self.blockBuffer()
        let (state, tail) = try macPrefix(shape, tweak: tweak, scratch: &scratch)
        let roundShift = 8 * shape.byteCount
        let yShift = 128 - shape.yBitCount

        if decrypting {
            for i in stride(from: Self.rounds - 1, through: 0, by: -1) {
                let modulus = powers[i & 1 == 0 ? shape.u : shape.v]
                // Q's last block: tweak tail || zero padding || [i]^1 || [NUM(A)]^b.
                let r = try Self.cipher(state ^ (tail | (UInt128(i) << roundShift) | a), key: key, scratch: &scratch)
                let y = Self.remainder(r >> yShift, modulo: modulus)
                let c = b >= y ? b - y : modulus - (y - b)
                b = a
                a = c
            }
        } else {
            for i in 0..<Self.rounds {
                let modulus = powers[i & 1 == 0 ? shape.u : shape.v]
                // Q's last block: tweak tail || zero padding || [i]^1 || [NUM(B)]^b.
                let r = try Self.cipher(state ^ (tail | (UInt128(i) << roundShift) | b), key: key, scratch: &scratch)
                let y = Self.remainder(r >> yShift, modulo: modulus)
                let (sum, overflow) = a.addingReportingOverflow(y)
                let c = overflow || sum >= modulus ? sum &- modulus : sum
                a = b
                b = c
            }
        }

        write(a, into: x, from: 0, to: shape.u)
        write(b, into: x, from: shape.u, to: n)
    }

    /// The CBC-MAC state after `P` and every block of `Q` before its last, and the tweak bytes that
    /// fall into that last block (left-aligned, zero elsewhere). These are the same in all ten rounds.
    private func macPrefix(_ shape: Shape, tweak: [UInt8], scratch: inout [UInt8]) throws -> (state: UInt128, tail: UInt128) {
        if tweak.isEmpty {
            return (shape.untweakedState, 0)
        }
        guard tweak.count <= Int(UInt32.max) else {
            throw FormatPreservingError.tweakTooLong(byteCount: tweak.count)
        }
        var state = try Self.cipher(shape.p | UInt128(tweak.count), key: key, scratch: &scratch)
        // |Q| = t + pad + 1 + b is the multiple of 16 at or above t + b + 1; b + 1 <= 10 < 16,
        // so the round number and NUM(B) always sit in Q's last block.
        let qBlockCount = (tweak.count + shape.byteCount + 1 + 15) / 16
        for blockIndex in 0..<(qBlockCount - 1) {
            state = try Self.cipher(state ^ Self.block(tweak, from: 16 * blockIndex), key: key, scratch: &scratch)
        }
        return (state, Self.block(tweak, from: 16 * (qBlockCount - 1)))
    }

    /// Up to 16 bytes of `bytes` from `start` as a big-endian block, zero-padded on the right.
    private static func block(_ bytes: [UInt8], from start: Int) -> UInt128 {
        var value: UInt128 = 0
        for offset in 0..<16 {
            let index = start + offset
            let byte = index < bytes.count ? bytes[index] : 0
            value = value << 8 | UInt128(byte)
        }
        return value
    }

    /// One AES block encryption of a big-endian 128-bit value, through a 16-byte `scratch` array.
    ///
    /// `AES.permute` is generic and not inlinable; an `Array` payload takes its fastest path (measured
    /// 83 ns a block against 110 ns for a raw buffer and 260 ns for a typed buffer pointer), so each call
    /// allocates one array and reuses it for all its blocks.
    @inline(__always)
    private static func cipher(_ block: UInt128, key: SymmetricKey, scratch: inout [UInt8]) throws -> UInt128 {
        scratch.withUnsafeMutableBytes { $0.storeBytes(of: block.bigEndian, as: UInt128.self) }
        try AES.permute(&scratch, key: key)
        return UInt128(bigEndian: scratch.withUnsafeBytes { $0.loadUnaligned(as: UInt128.self) })
    }

    /// A fresh 16-byte block buffer for `cipher`.
    @inline(__always)
    private static func blockBuffer() -> [UInt8] {
        [UInt8](repeating: 0, count: 16)
    }

    /// `y mod m`, with two hardware divisions when `m` fits 64 bits.
    @inline(__always)
    private static func remainder(_ y: UInt128, modulo m: UInt128) -> UInt128 {
        guard m >> 64 == 0 else { return y % m }
        let divisor = UInt64(truncatingIfNeeded: m)
        let high = UInt64(truncatingIfNeeded: y >> 64) % divisor
        return UInt128(divisor.dividingFullWidth((high: high, low: UInt64(truncatingIfNeeded: y))).remainder)
    }

    /// `NUM_radix(x[start..<end])`, checking each numeral is below the radix.
    private func number(_ x: UnsafeMutableBufferPointer<UInt16>, from start: Int, to end: Int) throws -> UInt128 {
        let base = UInt128(radix)
        var value: UInt128 = 0
        for index in start..<end {
            let numeral = Int(x[index])
            guard numeral < radix else {
                throw FormatPreservingError.numeralOutOfRange(numeral: numeral, index: index, radix: radix)
            }
            value = value * base + UInt128(numeral)
        }
        return value
    }

    /// `STR^(end - start)_radix(value)` into `x[start..<end]`.
    private func write(_ value: UInt128, into x: UnsafeMutableBufferPointer<UInt16>, from start: Int, to end: Int) {
        let base = UInt64(radix)
        var high = UInt64(truncatingIfNeeded: value >> 64)
        var low = UInt64(truncatingIfNeeded: value)
        var index = end
        while index > start {
            index -= 1
            let digit: UInt64
            if high == 0 {
                (low, digit) = low.quotientAndRemainder(dividingBy: base)
            } else {
                let (quotient, carry) = high.quotientAndRemainder(dividingBy: base)
                high = quotient
                (low, digit) = base.dividingFullWidth((high: carry, low: low))
            }
            x[index] = UInt16(truncatingIfNeeded: digit)
        }
    }
}

// MARK: - Strings longer than one call

extension FF1 {
    /// Encrypts a string of any length from `minimumLength` up, splitting it when it exceeds `maximumLength`.
    ///
    /// Up to `maximumLength` numerals this is exactly `encrypt(_:tweak:)`. Longer strings are cut into
    /// near-equal chunks, each within `minimumLength...maximumLength`, encrypted in order, each under a tweak
    /// made of `tweak`, the chunk's index and count, and a SHA-256 digest of every numeral outside the chunk
    /// as it stands at that moment (earlier chunks already encrypted, later ones not yet). Each step changes
    /// only its chunk, as a bijection selected by the rest, so the whole is a bijection on strings of that
    /// length; and every output chunk depends on every input numeral, so a shared prefix does not show.
    package func encryptLong(_ numerals: [UInt16], tweak: [UInt8] = []) throws -> [UInt16] {
        try cryptLong(numerals, tweak: tweak, decrypting: false)
    }

    /// Decrypts what `encryptLong(_:tweak:)` produced, undoing its chunks from last to first.
    package func decryptLong(_ numerals: [UInt16], tweak: [UInt8] = []) throws -> [UInt16] {
        try cryptLong(numerals, tweak: tweak, decrypting: true)
    }

    /// The chunk lengths `encryptLong` uses for `length` numerals: as few chunks as fit `maximumLength`,
    /// the longer ones first, differing by at most one (so each is more than `maximumLength / 2`).
    static func chunkLengths(for length: Int, maximumLength: Int) -> [Int] {
        guard length > maximumLength, maximumLength > 0 else { return [length] }
        let count = (length + maximumLength - 1) / maximumLength
        let base = length / count
        let longer = length % count
        return (0..<count).map { $0 < longer ? base + 1 : base }
    }

    private func cryptLong(_ numerals: [UInt16], tweak: [UInt8], decrypting: Bool) throws -> [UInt16] {
        let n = numerals.count
        guard n > maximumLength else {
            return decrypting ? try decrypt(numerals, tweak: tweak) : try encrypt(numerals, tweak: tweak)
        }
        if let index = numerals.firstIndex(where: { Int($0) >= radix }) {
            throw FormatPreservingError.numeralOutOfRange(numeral: Int(numerals[index]), index: index, radix: radix)
        }
        let lengths = Self.chunkLengths(for: n, maximumLength: maximumLength)
        var ranges: [Range<Int>] = []
        var start = 0
        for length in lengths {
            ranges.append(start..<(start + length))
            start += length
        }
        let order = decrypting ? Array(ranges.indices.reversed()) : Array(ranges.indices)

        var output = numerals
        try output.withUnsafeMutableBufferPointer { buffer in
            for chunk in order {
                let range = ranges[chunk]
                let chunkTweak = Self.chunkTweak(tweak, chunk: chunk, of: ranges.count, buffer: buffer, excluding: range)
                try crypt(UnsafeMutableBufferPointer(rebasing: buffer[range]), tweak: chunkTweak, decrypting: decrypting)
            }
        }
        return output
    }

    /// `tweak || [chunk]^4 || [count]^4 || SHA-256(numerals outside the chunk, two bytes each)`.
    private static func chunkTweak(
        _ tweak: [UInt8], chunk: Int, of count: Int,
        buffer: UnsafeMutableBufferPointer<UInt16>, excluding range: Range<Int>
    ) -> [UInt8] {
        var hasher = SHA256()
        var context: [UInt8] = []
        context.reserveCapacity(2 * (buffer.count - range.count))
        for index in buffer.indices where !range.contains(index) {
            context.append(UInt8(truncatingIfNeeded: buffer[index] >> 8))
            context.append(UInt8(truncatingIfNeeded: buffer[index]))
        }
        hasher.update(data: context)
        var result = tweak
        result.reserveCapacity(tweak.count + 8 + SHA256.byteCount)
        for value in [UInt32(truncatingIfNeeded: chunk), UInt32(truncatingIfNeeded: count)] {
            result.append(contentsOf: [
                UInt8(truncatingIfNeeded: value >> 24), UInt8(truncatingIfNeeded: value >> 16),
                UInt8(truncatingIfNeeded: value >> 8), UInt8(truncatingIfNeeded: value),
            ])
        }
        result.append(contentsOf: hasher.finalize())
        return result
    }
}
