/// SipHash-2-4, a fast keyed pseudorandom function (Aumasson and Bernstein, 2012).
///
/// Rules call it once per value with a key derived once per column, where HMAC would cost ten times
/// more: it keys fakes, shifts and row identities. Its 64-bit output is not used where injectivity matters.
package struct SipHash: Sendable {
    private let k0: UInt64
    private let k1: UInt64

    package init(key: (UInt64, UInt64)) {
        self.k0 = key.0
        self.k1 = key.1
    }

    /// The 64-bit tag of `bytes`. Contiguous bytes (arrays, buffers, a string's UTF-8) take ``hash(_:)-(UnsafeRawBufferPointer)``,
    /// a word at a time; other collections are read a byte at a time, with the same result.
    package func hash<Bytes: Collection>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        if let tag = bytes.withContiguousStorageIfAvailable({ hash(UnsafeRawBufferPointer($0)) }) { return tag }
        var state = State(k0: k0, k1: k1)
        var word: UInt64 = 0
        var shift: UInt64 = 0
        var count: UInt64 = 0
        for byte in bytes {
            word |= UInt64(byte) << shift
            shift += 8
            count += 1
            if shift == 64 {
                state.compress(word)
                word = 0
                shift = 0
            }
        }
        state.compress(word | (count << 56))
        return state.finalize()
    }

    /// The 64-bit tag of the bytes in `buffer`, read eight at a time (little-endian words, as the byte loop builds them).
    package func hash(_ buffer: UnsafeRawBufferPointer) -> UInt64 {
        var state = State(k0: k0, k1: k1)
        let count = buffer.count
        let whole = count & ~7
        var offset = 0
        while offset < whole {
            state.compress(UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            offset += 8
        }
        var word = UInt64(count & 0xFF) << 56
        var shift: UInt64 = 0
        while offset < count {
            word |= UInt64(buffer[offset]) << shift
            shift += 8
            offset += 1
        }
        state.compress(word)
        return state.finalize()
    }

    /// The tag of 16 bytes given as two little-endian words: `hash` of their bytes, without a byte loop
    /// (a keyed Feistel calls it once per round).
    package func hash(_ first: UInt64, _ second: UInt64) -> UInt64 {
        var state = State(k0: k0, k1: k1)
        state.compress(first)
        state.compress(second)
        state.compress(16 << 56)  // no bytes left over; the length, 16, in the top byte
        return state.finalize()
    }

    /// SipHash's four words: two compression rounds per message word, four to finish.
    private struct State {
        var v0: UInt64, v1: UInt64, v2: UInt64, v3: UInt64

        @inline(__always) init(k0: UInt64, k1: UInt64) {
            v0 = 0x736f_6d65_7073_6575 ^ k0
            v1 = 0x646f_7261_6e64_6f6d ^ k1
            v2 = 0x6c79_6765_6e65_7261 ^ k0
            v3 = 0x7465_6462_7974_6573 ^ k1
        }

        @inline(__always) mutating func round() {
            v0 &+= v1; v1 = v1.rotatedLeft(13); v1 ^= v0; v0 = v0.rotatedLeft(32)
            v2 &+= v3; v3 = v3.rotatedLeft(16); v3 ^= v2
            v0 &+= v3; v3 = v3.rotatedLeft(21); v3 ^= v0
            v2 &+= v1; v1 = v1.rotatedLeft(17); v1 ^= v2; v2 = v2.rotatedLeft(32)
        }

        @inline(__always) mutating func compress(_ word: UInt64) {
            v3 ^= word
            round(); round()
            v0 ^= word
        }

        @inline(__always) mutating func finalize() -> UInt64 {
            v2 ^= 0xff
            round(); round(); round(); round()
            return v0 ^ v1 ^ v2 ^ v3
        }
    }

    /// The tag of a value's canonical bytes (so `5` and `"5"` share it), without allocating.
    package func hash(_ value: Value) -> UInt64 {
        value.withCanonicalBytes { hash($0) }
    }

    /// The tag of a 64-bit number (its little-endian bytes).
    package func hash(_ number: UInt64) -> UInt64 {
        withUnsafeBytes(of: number.littleEndian) { hash($0) }
    }
}

extension UInt64 {
    @inline(__always) func rotatedLeft(_ count: UInt64) -> UInt64 {
        (self << count) | (self >> (64 - count))
    }
}
