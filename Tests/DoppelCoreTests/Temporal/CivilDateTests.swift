import Testing
@testable import DoppelCore

@Suite struct CivilDateTests {
    @Test func knownDayCounts() {
        #expect(CivilDate(year: 1970, month: 1, day: 1).daysSinceEpoch == 0)
        #expect(CivilDate(year: 2000, month: 3, day: 1).daysSinceEpoch == 11_017)
        #expect(CivilDate(year: 1969, month: 12, day: 31).daysSinceEpoch == -1)
        #expect(CivilDate(daysSinceEpoch: 19_723) == CivilDate(year: 2024, month: 1, day: 1))
    }

    @Test func roundTripsEveryDayOfFourCenturies() {
        let start = CivilDate(year: 1800, month: 1, day: 1).daysSinceEpoch
        for day in stride(from: start, to: start + 146_097, by: 1) {
            #expect(CivilDate(daysSinceEpoch: day).daysSinceEpoch == day)
        }
    }

    @Test func validity() {
        #expect(CivilDate(year: 2024, month: 2, day: 29).isValid)
        #expect(!CivilDate(year: 2023, month: 2, day: 29).isValid)
        #expect(!CivilDate(year: 2023, month: 13, day: 1).isValid)
    }

    @Test func textKeepsItsFormat() throws {
        let parsed = try #require(TemporalText("2009-01-01 00:00:00"))
        #expect(parsed.date == CivilDate(year: 2009, month: 1, day: 1))
        #expect(parsed.timeSuffix == " 00:00:00")
        var shifted = parsed
        shifted.date = CivilDate(daysSinceEpoch: parsed.date.daysSinceEpoch - 1)
        #expect(shifted.text == "2008-12-31 00:00:00")
        #expect(TemporalText("2009/02/03")?.text == "2009/02/03")
        #expect(TemporalText("not a date") == nil)
        #expect(TemporalText("2009-02-30") == nil)
    }
}
