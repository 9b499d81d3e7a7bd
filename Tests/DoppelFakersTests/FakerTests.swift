import DoppelCore
import Foundation
import Testing
@testable import DoppelFakers

@Suite struct FakerTests {
    let data: FakerData

    init() throws {
        data = try FakerData.shared()
    }

    @Test func shipsTheFullNameLists() {
        #expect(data.femaleFirstNames.items.count > 4_000)
        #expect(data.maleFirstNames.items.count > 1_000)
        #expect(data.lastNames.items.count > 80_000)
        #expect(data.cities.items.count > 20_000)
    }

    /// Names are drawn with their Census frequencies: Smith (1.006 %) comes out far more often than a
    /// surname of weight 1 (0.001 %). Over 200,000 draws Smith is expected about 2,000 times; the bound
    /// (more than 1,000, and more than 50 times the rare name's count + 1) is loose enough never to flake.
    @Test func commonNamesComeOutMoreOftenThanRareOnes() {
        var generator = SplitMix64(seed: 99)
        var counts: [String: Int] = [:]
        for _ in 0..<200_000 { counts[data.lastNames.draw(using: &generator), default: 0] += 1 }
        let smith = counts["Smith"] ?? 0
        let rare = data.lastNames.items.last.flatMap { counts[$0] } ?? 0
        #expect(smith > 1_000)
        #expect(smith > 50 * (rare + 1))
        #expect((counts["Johnson"] ?? 0) > (counts["Brown"] ?? 0) / 2)
    }

    @Test func emailsAndPhonesHaveValidFormats() throws {
        let email = Faker(kind: .email, data: data)
        let phone = Faker(kind: .phone, data: data)
        let emailPattern = try Regex("^[a-z0-9._]+@([a-z]+\\.)?example\\.(com|net|org)$")
        var generator = SplitMix64(seed: 1)
        for _ in 0..<500 {
            let address = try #require(email.fake(for: .text("x"), using: &generator).textRepresentation)
            #expect(address.wholeMatch(of: emailPattern) != nil, "\(address)")
            let number = try #require(phone.fake(for: .text("+1 (780) 428-9482"), using: &generator).textRepresentation)
            #expect(number.hasPrefix("+1 ("))
            #expect(number.count == "+1 (780) 428-9482".count)
            #expect(number.filter(\.isNumber).count == 11)
        }
    }

    @Test func datesOfBirthStayInTheColumnsRange() throws {
        let low = CivilDate(year: 1950, month: 1, day: 1).daysSinceEpoch
        let high = CivilDate(year: 1960, month: 12, day: 31).daysSinceEpoch
        let faker = Faker(kind: .dateOfBirth, data: data, dayRange: low...high)
        var generator = SplitMix64(seed: 3)
        for _ in 0..<500 {
            let text = try #require(faker.fake(for: .text("1955-06-01 00:00:00"), using: &generator).textRepresentation)
            let parsed = try #require(TemporalText(text))
            #expect((low...high).contains(parsed.date.daysSinceEpoch))
            #expect(parsed.timeSuffix == " 00:00:00")
        }
    }

    /// Later attempts draw from a wider space that still looks real: a number in the local part, no tag.
    @Test func furtherAttemptsLookLikeRealEmails() throws {
        let faker = Faker(kind: .email, data: data)
        var generator = SplitMix64(seed: 1)
        let shape = try Regex("^[a-z]+([._]?[a-z]+)?[0-9]*@([a-z]+\\.)?example\\.(com|net|org)$")
        for attempt in 0...Faker.lastPlainAttempt {
            let text = try #require(faker.fake(for: .text("a@b.test"), using: &generator, attempt: attempt).textRepresentation)
            #expect(text.wholeMatch(of: shape) != nil, "\(text)")
            let local = text.prefix { $0 != "@" }
            #expect(local.filter(\.isNumber).count <= 8, "\(text)")
        }
    }

    /// Past the realistic attempts a list kind carries a counter, so even an exhausted list stays injective.
    @Test func attemptsPastTheListCarryACounter() throws {
        let faker = Faker(kind: .country, data: data)
        var generator = SplitMix64(seed: 1)
        let plain = try #require(faker.fake(for: .text("x"), using: &generator, attempt: 3).textRepresentation)
        #expect(plain.allSatisfy { !$0.isNumber })
        let counted = try #require(faker.fake(for: .text("x"), using: &generator, attempt: Faker.lastPlainAttempt + 1).textRepresentation)
        #expect(counted.hasSuffix(" 2"))
    }

    /// `char(2)` holds no country or state name, but their codes (seen on WooCommerce's customer lookup).
    @Test func twoCharacterColumnsGetCountryAndStateCodes() throws {
        let codes = Set(data.countryCodes.items), states = Set(data.stateCodes.items)
        #expect(codes.contains("US") && states.contains("CA"))
        var generator = SplitMix64(seed: 3)
        for (kind, allowed) in [(FakeKind.country, codes), (.state, states)] {
            let faker = Faker(kind: kind, data: data, maxLength: 2)
            for _ in 0..<200 {
                let text = try #require(faker.fake(for: .text("NL"), using: &generator).textRepresentation)
                #expect(allowed.contains(text), "\(kind): \(text)")
            }
            #expect(Faker.minimumLength(of: kind, data: data) == 2)
        }
    }

    @Test func frozenHoldingsAnswerLikeClaims() {
        let ownership = FakeOwnership(kind: .email)
        let keys = ["a@example.com", "b@example.com", "c@example.com"].map(ownership.key(of:))
        ownership.freeze(adding: zip(keys, [1, 2, 3]).map { FakeOwnership.Holding(key: $0, owner: $1) }.sorted { $0.key < $1.key })
        ownership.freeze(adding: [FakeOwnership.Holding(key: ownership.key(of: "d@example.com"), owner: 4)])
        #expect(ownership.holder(of: keys[1]) == 2)
        #expect(ownership.claim("A@example.com", for: 1) && !ownership.claim("a@example.com", for: 9))
        #expect(ownership.claim("e@example.com", for: 5) && !ownership.claim("d@example.com", for: 5))
        #expect(ownership.count == 5)
    }

    @Test func sortedHashesAreASet() {
        var hashes = SortedHashes()
        var reference = Set<UInt64>()
        var generator = SplitMix64(seed: 5)
        for _ in 0..<10_000 {
            let hash = generator.next() % 5_000
            hashes.insert(hash)
            reference.insert(hash)
        }
        hashes.seal()
        #expect(hashes.count == reference.count)
        for probe in UInt64(0)..<6_000 { #expect(hashes.contains(probe) == reference.contains(probe)) }
    }

    @Test func ownershipLetsTheHolderTakeItsFakeAgainAndNoOneElse() {
        let ownership = FakeOwnership(kind: .email)
        #expect(ownership.claim("mary.smith@example.com", for: 1))
        #expect(ownership.claim("mary.smith@example.com", for: 1))
        #expect(!ownership.claim("Mary.Smith@example.com", for: 2))  // the same address, written otherwise
        #expect(ownership.claim("mary.smith84@example.com", for: 2))
        #expect(ownership.count == 2)
    }

    @Test func comparisonFormsIgnoreWhatDoesNotChangeTheValue() {
        let hasher = SipHash(key: (1, 2))
        #expect(FakeKind.phone.comparisonHash(of: "+1 (555) 010-0000", with: hasher) == FakeKind.phone.comparisonHash(of: "15550100000", with: hasher))
        #expect(FakeKind.phone.comparisonHash(of: "+1 (555) 010-0000", with: hasher) != FakeKind.phone.comparisonHash(of: "+1 (555) 010-0001", with: hasher))
        #expect(FakeKind.email.comparisonHash(of: "A.B@Example.com", with: hasher) == FakeKind.email.comparisonHash(of: "a.b@example.com", with: hasher))
        #expect(FakeKind.streetAddress.comparisonHash(of: " 12  Oak   St ", with: hasher) == FakeKind.streetAddress.comparisonHash(of: "12 oak st", with: hasher))
        #expect(FakeKind.nationalID.comparisonHash(of: "123-45-6789", with: hasher) == FakeKind.nationalID.comparisonHash(of: "123456789", with: hasher))
        #expect(FakeKind.name.comparisonHash(of: "Ann", with: hasher) != FakeKind.name.comparisonHash(of: "ann", with: hasher))
    }

    @Test func avoidedValuesHoldWhatWasInserted() {
        var avoided = AvoidedValues(kind: .phone)
        for number in 0..<1_000 { avoided.insert("+1 555 010 \(1000 + number)") }
        avoided.insert("+1 555 010 1000")  // a repeat
        avoided.seal()
        #expect(avoided.count == 1_000)
        #expect(avoided.contains("+1 (555) 010-1500"))
        #expect(!avoided.contains("+1 (555) 010-2500"))
    }
}
