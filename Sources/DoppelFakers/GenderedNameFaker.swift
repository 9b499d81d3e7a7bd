package import DoppelCore

/// First names, full names and courtesy titles that follow a row's gender: male rows get names from the
/// Census male list and `Mr.`, female rows names from the female list and `Ms.`, `Mrs.` or `Miss` (by
/// their shares of use). A row whose gender is unknown gets what ``Faker`` draws, from both.
package struct GenderedNameFaker: Sendable {
    package let kind: FakeKind
    /// Today's fake, for rows of unknown gender.
    package let faker: Faker
    private let maleNames: WeightedList
    private let femaleNames: WeightedList
    private let lastNames: WeightedList
    private let maleTitles: WeightedList
    private let femaleTitles: WeightedList
    private let maxLength: Int?

    /// The kinds that can follow a gender.
    package static let kinds: Set<FakeKind> = [.firstName, .name, .courtesyTitle]

    /// `kind` is one of ``kinds``; `maxLength` the most characters the column holds.
    package init(kind: FakeKind, data: FakerData, maxLength: Int?) {
        precondition(GenderedNameFaker.kinds.contains(kind), "only names and titles follow a gender")
        self.kind = kind
        self.maxLength = maxLength
        faker = Faker(kind: kind, data: data, maxLength: maxLength)
        // Kinds drawn whole from one list draw only among the items that fit, as ``Faker`` does.
        func fitting(_ list: WeightedList) -> WeightedList {
            guard let maxLength, kind != .name else { return list }
            return list.filter { $0.count <= maxLength } ?? list
        }
        maleNames = fitting(data.maleFirstNames)
        femaleNames = fitting(data.femaleFirstNames)
        lastNames = data.lastNames
        let titles = data.courtesyTitles
        maleTitles = fitting(titles.filter { $0 == "Mr." } ?? WeightedList(uniform: ["Mr."]))
        femaleTitles = fitting(titles.filter { ["Ms.", "Mrs.", "Miss"].contains($0) } ?? WeightedList(uniform: ["Ms."]))
    }

    /// A fake for `source` in a row of `gender`, drawn from `generator`.
    package func fake(for source: Value, gender: Gender?, using generator: inout SplitMix64) -> Value {
        guard let gender else { return faker.fake(for: source, using: &generator) }
        switch kind {
        case .courtesyTitle:
            return .text(fitted((gender == .male ? maleTitles : femaleTitles).draw(using: &generator)))
        case .firstName:
            return .text(fitted((gender == .male ? maleNames : femaleNames).draw(using: &generator)))
        default:
            return .text(Faker.fullName(gender == .male ? maleNames : femaleNames, lastNames, maxLength: maxLength, using: &generator))
        }
    }

    /// `text` cut to ``maxLength`` as a last resort (``Faker/fitted(_:to:)``).
    private func fitted(_ text: String) -> String {
        Faker.fitted(text, to: maxLength)
    }
}
