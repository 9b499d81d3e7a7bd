import DoppelCore
import Testing
@testable import DoppelSynthesis

/// The salts are the ASCII words their documentation names, all different, and fixed: a changed salt
/// changes every synthetic database (the characterization digests would catch it too).
@Suite struct GenerationSaltTests {
    /// The salt's bytes as big-endian ASCII, leading zero bytes dropped.
    static func word(_ salt: UInt64) -> String {
        let bytes = (0..<8).reversed().map { UInt8(truncatingIfNeeded: salt >> (8 * UInt64($0))) }.drop { $0 == 0 }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func eachSaltSpellsItsName() {
        #expect(Self.word(GenerationSalt.rows) == "rows")
        #expect(Self.word(GenerationSalt.counts) == "counts")
        #expect(Self.word(GenerationSalt.picker) == "pick")
        #expect(Self.word(GenerationSalt.strata) == "strata")
        #expect(Self.word(GenerationSalt.parentPicks) == "pickpare")
        #expect(GenerationSalt.tableKeyWord == 0x9E37_79B9_7F4A_7C15)
    }

    @Test func saltsAreDistinct() {
        let salts = [GenerationSalt.rows, GenerationSalt.counts, GenerationSalt.picker, GenerationSalt.strata, GenerationSalt.parentPicks, GenerationSalt.tableKeyWord]
        #expect(Set(salts).count == salts.count)
    }

    @Test func aTablesKeySeparatesTablesAndSalts() {
        let rows = SipHash(key: (7, GenerationSalt.rows))
        let counts = SipHash(key: (7, GenerationSalt.counts))
        #expect(rows.hashKey("Track").hash(UInt64(0)) != rows.hashKey("Album").hash(UInt64(0)))
        #expect(rows.hashKey("Track").hash(UInt64(0)) != counts.hashKey("Track").hash(UInt64(0)))
        #expect(rows.hashKey("Track").hash(UInt64(0)) == SipHash(key: (7, GenerationSalt.rows)).hashKey("Track").hash(UInt64(0)))
    }
}
