import DoppelCore
import Testing

@testable import DoppelSynthesis

/// The years a faked date of birth is drawn in: the ends cut where fewer than `min_count` people were born.
@Suite struct BirthYearsTests {
    @Test func endsOfFewerThanMinCountPeopleAreCut() {
        let counts: [Int: Int64] = [1940: 1, 1950: 2, 1951: 30, 1960: 40, 1970: 25, 1985: 3]
        let years = BirthYears.clipped(counts, minCount: 5, format: nil)
        // From the oldest, 1 + 2 + 30 people reach 5 in 1951; from the youngest, 3 + 25 reach 5 in 1970.
        #expect(years?.first == 1951 && years?.last == 1970)
    }

    @Test func fewerPeopleThanMinCountKeepNothing() {
        #expect(BirthYears.clipped([1960: 4], minCount: 5, format: nil) == nil)
        #expect(BirthYears.clipped([1960: 5], minCount: 5, format: nil).map { [$0.first, $0.last] } == [1960, 1960])
    }
}
