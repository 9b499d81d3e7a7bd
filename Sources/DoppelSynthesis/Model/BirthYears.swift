public import DoppelCore

/// What the fit learns of a date of birth it fakes: the years its people were born in, with the extremes of
/// fewer than `min_count` people cut off (so no one's year stands out), and how the column writes a date. No
/// date of anyone's is kept.
public struct BirthYears: Codable, Hashable, Sendable {
    /// The first and last year kept.
    public var first: Int
    public var last: Int
    /// The column's date format (`1962-02-18 00:00:00`, `1962-02-18`); nil for dates stored as numbers.
    public var format: TemporalFormat?

    package init(first: Int, last: Int, format: TemporalFormat?) {
        self.first = first
        self.last = last
        self.format = format
    }

    /// From a count of people per birth year: the years between the first and last at which `minCount`
    /// people have been counted from either end; nil with fewer than `minCount` people.
    package static func clipped(_ counts: [Int: Int64], minCount: Int, format: TemporalFormat?) -> BirthYears? {
        let years = counts.keys.sorted()
        let total = counts.values.reduce(0, +)
        guard total >= Int64(minCount), !years.isEmpty else { return nil }
        func boundary(_ ordered: [Int]) -> Int? {
            var seen: Int64 = 0
            for year in ordered {
                seen += counts[year] ?? 0
                if seen >= Int64(minCount) { return year }
            }
            return nil
        }
        guard let first = boundary(years), let last = boundary(years.reversed()) else { return nil }
        return BirthYears(first: min(first, last), last: max(first, last), format: format)
    }
}
