import Testing
@testable import DoppelCore

@Suite struct SipHashTests {
    /// The reference vector of the SipHash paper (Aumasson & Bernstein, appendix A):
    /// key 00 01 … 0f, message 00 01 … 0e → a129ca6149be45e5.
    @Test func matchesThePapersTestVector() {
        let hasher = SipHash(key: (0x0706_0504_0302_0100, 0x0F0E_0D0C_0B0A_0908))
        #expect(hasher.hash(Array(UInt8(0)...UInt8(14))) == 0xA129_CA61_49BE_45E5)
    }

    /// The first entries of the reference implementation's vectors.h (messages 00, 00 01, … of length 0...8).
    @Test func matchesTheReferenceImplementationsShortVectors() {
        let hasher = SipHash(key: (0x0706_0504_0302_0100, 0x0F0E_0D0C_0B0A_0908))
        let expected: [UInt64] = [
            0x726F_DB47_DD0E_0E31, 0x74F8_39C5_93DC_67FD, 0x0D6C_8009_D9A9_4F5A, 0x8567_6696_D7FB_7E2D,
            0xCF27_94E0_2771_87B7, 0x1876_5564_CD99_A68D, 0xCBC9_466E_58FE_E3CE, 0xAB02_00F5_8B01_D137,
            0x93F5_F579_9A93_2462,
        ]
        for (length, tag) in expected.enumerated() {
            #expect(hasher.hash(Array(UInt8(0)..<UInt8(length))) == tag, "length \(length)")
        }
    }

    /// The two-word form is the byte form of the same 16 bytes (which the vectors above pin down).
    @Test func twoWordsHashAsTheirSixteenLittleEndianBytes() {
        let hasher = SipHash(key: (0x0706_0504_0302_0100, 0x0F0E_0D0C_0B0A_0908))
        var words = SplitMix64(seed: 16)
        for _ in 0..<1000 {
            let (first, second) = (words.next(), words.next())
            let bytes = withUnsafeBytes(of: (first.littleEndian, second.littleEndian)) { Array($0) }
            #expect(hasher.hash(first, second) == hasher.hash(bytes))
        }
    }

    /// Contiguous bytes are read a word at a time, other collections a byte at a time: both give one tag, at
    /// every length around the word boundaries (the vectors above pin the contiguous form).
    @Test func contiguousAndByteAtATimeFormsAgree() {
        let hasher = SipHash(key: (0x0706_0504_0302_0100, 0x0F0E_0D0C_0B0A_0908))
        var generator = SplitMix64(seed: 64)
        for length in 0...40 {
            let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            let notContiguous = bytes.lazy.map { $0 }  // a LazyMapCollection has no contiguous storage
            #expect(notContiguous.withContiguousStorageIfAvailable { _ in true } == nil)
            let viaBuffer = bytes.withUnsafeBytes { hasher.hash($0) }
            #expect(hasher.hash(bytes) == hasher.hash(notContiguous), "length \(length)")
            #expect(viaBuffer == hasher.hash(notContiguous), "length \(length)")
        }
    }

    @Test func differentKeysGiveUnrelatedTags() {
        let a = SipHash(key: (1, 2)).hash(Array("alice@example.com".utf8))
        let b = SipHash(key: (1, 3)).hash(Array("alice@example.com".utf8))
        #expect(a != b)
    }
}

@Suite struct SplitMix64Tests {
    @Test func sameSeedSameSequence() {
        var a = SplitMix64(seed: 42)
        var b = SplitMix64(seed: 42)
        for _ in 0..<100 { #expect(a.next() == b.next()) }
    }

    /// First output of SplitMix64 seeded with 0 in the reference implementation (Vigna).
    @Test func matchesReferenceOutput() {
        var generator = SplitMix64(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
    }

    @Test func boundedDrawsStayInRangeAndCoverIt() {
        var generator = SplitMix64(seed: 7)
        var seen = Set<Int>()
        for _ in 0..<1_000 {
            let draw = generator.next(below: 10)
            #expect((0..<10).contains(draw))
            seen.insert(draw)
        }
        #expect(seen.count == 10)
    }
}
