import DoppelCore

/// The dates of a column's sample, kept only as day numbers while the sample is read, to tell birth
/// dates from other dates without a name: births lie in the past, spread over decades, and most people
/// in a table are adults, while order, invoice or event dates cluster in recent years.
struct BirthDateDistribution: Sendable {
    /// Days since 1970 of each dated value of the sample.
    private var days: [Int] = []

    /// Fewer dates than this say nothing about a distribution.
    static let minimumDates = 10

    mutating func add(_ date: CivilDate) {
        days.append(date.daysSinceEpoch)
    }

    /// How many dates lie between 120 years before `today` and `today`.
    func countInBirthRange(today: CivilDate) -> Int {
        let now = today.daysSinceEpoch
        return days.filter { $0 <= now && now - $0 <= Self.days(years: 120) }.count
    }

    /// Whether the dates look like birth dates: at least ``minimumDates``, none in the future, nearly all
    /// within a human life, a median age of at least 16 years and a spread (10th to 90th percentile) of at
    /// least 15 years.
    func looksLikeBirthDates(today: CivilDate) -> Bool {
        guard days.count >= Self.minimumDates else { return false }
        let now = today.daysSinceEpoch
        guard days.allSatisfy({ $0 <= now }), countInBirthRange(today: today) * 10 >= days.count * 9 else { return false }
        let sorted = days.sorted()
        let median = sorted[sorted.count / 2]
        let low = sorted[sorted.count / 10]
        let high = sorted[sorted.count * 9 / 10]
        return now - median >= Self.days(years: 16) && high - low >= Self.days(years: 15)
    }

    private static func days(years: Int) -> Int {
        years * 36525 / 100
    }
}
