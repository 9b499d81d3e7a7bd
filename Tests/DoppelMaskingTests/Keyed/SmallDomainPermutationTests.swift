import DoppelCore
import Crypto
import Testing
@testable import DoppelMasking

@Suite struct SmallDomainPermutationTests {
    @Test(arguments: [1, 2, 3, 7, 100, 10_000, 99_999] as [UInt64])
    func isABijectionOnItsDomain(_ domainSize: UInt64) throws {
        let permutation = try SmallDomainPermutation(key: SymmetricKey(size: .bits256), domainSize: domainSize, tweak: [3])
        var seen = [Bool](repeating: false, count: Int(domainSize))
        for x in 0..<domainSize {
            let y = permutation.permute(x)
            #expect(y < domainSize)
            guard y < domainSize else { return }
            #expect(!seen[Int(y)], "\(y) is the image of two values")
            seen[Int(y)] = true
            #expect(permutation.invert(y) == x)
        }
        #expect(seen.allSatisfy { $0 })
    }

    @Test(arguments: [1 << 20 + 1, 5_000_000, 1 << 40, 1 << 40 + 12_345, UInt64.max] as [UInt64])
    func roundTripsOnLargeDomains(_ domainSize: UInt64) throws {
        // Above 2^20 values the rounds call AES instead of a table.
        let permutation = try SmallDomainPermutation(key: SymmetricKey(size: .bits128), domainSize: domainSize)
        var generator = SplitMix64(seed: domainSize)
        var outputs = Set<UInt64>()
        for _ in 0..<300 {
            let x = UInt64.random(in: 0..<domainSize, using: &generator)
            let y = permutation.permute(x)
            #expect(y < domainSize)
            #expect(permutation.invert(y) == x)
            outputs.insert(y)
        }
        for x in [0, domainSize - 1] {
            #expect(permutation.invert(permutation.permute(x)) == x)
        }
        #expect(outputs.count > 290)
    }

    @Test func differentKeysTweaksAndSizesGiveUnrelatedPermutations() throws {
        let key = SymmetricKey(size: .bits256)
        let domain: UInt64 = 10_000
        let base = try SmallDomainPermutation(key: key, domainSize: domain, tweak: [1])
        let variants = [
            try SmallDomainPermutation(key: SymmetricKey(size: .bits256), domainSize: domain, tweak: [1]),
            try SmallDomainPermutation(key: key, domainSize: domain, tweak: [2]),
            try SmallDomainPermutation(key: key, domainSize: domain),
            try SmallDomainPermutation(key: key, domainSize: domain + 1, tweak: [1]),
        ]
        for variant in variants {
            let agreeing = (0..<domain).filter { base.permute($0) == variant.permute($0) }.count
            // Unrelated permutations agree on about one value in expectation.
            #expect(agreeing < 20)
        }
        let again = try SmallDomainPermutation(key: key, domainSize: domain, tweak: [1])
        #expect((0..<domain).allSatisfy { base.permute($0) == again.permute($0) })
    }

    @Test func movesAlmostEveryValue() throws {
        let permutation = try SmallDomainPermutation(key: SymmetricKey(size: .bits128), domainSize: 10_000)
        let fixedPoints = (0..<UInt64(10_000)).filter { permutation.permute($0) == $0 }.count
        #expect(fixedPoints < 20)
    }

    @Test func smallestDomains() throws {
        let one = try SmallDomainPermutation(key: SymmetricKey(size: .bits128), domainSize: 1)
        #expect(one.permute(0) == 0)
        #expect(one.invert(0) == 0)
        // Both permutations of two values occur across keys.
        var images = Set<UInt64>()
        for _ in 0..<64 {
            images.insert(try SmallDomainPermutation(key: SymmetricKey(size: .bits128), domainSize: 2).permute(0))
        }
        #expect(images == [0, 1])
    }

    @Test func refusesAnEmptyDomainAndShortKeys() {
        #expect(throws: FormatPreservingError.emptyDomain) {
            try SmallDomainPermutation(key: SymmetricKey(size: .bits128), domainSize: 0)
        }
        #expect(throws: FormatPreservingError.invalidKeySize(bitCount: 64)) {
            try SmallDomainPermutation(key: SymmetricKey(size: SymmetricKeySize(bitCount: 64)), domainSize: 10)
        }
    }
}

