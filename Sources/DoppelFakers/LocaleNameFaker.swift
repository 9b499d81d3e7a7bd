package import DoppelCore

/// First names, last names and full names from the names of a row's locale (``NameLocale``), following the
/// row's gender when it is known. A row of unknown locale gets today's fake (``GenderedNameFaker``, which gives
/// a row of unknown gender ``Faker``'s); a row of known locale and unknown gender gets a woman's or a man's
/// name, as the Census lists give them.
package struct LocaleNameFaker: Sendable {
    /// The kinds that can follow a locale.
    package static let kinds: Set<FakeKind> = [.firstName, .lastName, .name]

    package let kind: FakeKind
    /// One locale's lists, narrowed to the names that fit the column where the kind is drawn whole.
    private struct Lists: Sendable {
        let femaleFirstNames: WeightedList
        let maleFirstNames: WeightedList
        let femaleLastNames: WeightedList
        let maleLastNames: WeightedList
        let lastNames: WeightedList
    }
    /// In the order of ``LocaleNameData/locales``.
    private let locales: [Lists]
    /// Today's fake, for a row of unknown locale.
    private let faker: Faker
    /// Today's fake that follows a gender, for first names and names of unknown locale.
    private let gendered: GenderedNameFaker?
    private let maxLength: Int?

    /// `kind` is one of ``kinds``; `maxLength` the most characters the column holds.
    package init(kind: FakeKind, data: FakerData, locales: LocaleNameData, maxLength: Int?) {
        precondition(LocaleNameFaker.kinds.contains(kind), "only first names, last names and names follow a locale")
        self.kind = kind
        self.maxLength = maxLength
        faker = Faker(kind: kind, data: data, maxLength: maxLength)
        gendered = GenderedNameFaker.kinds.contains(kind) ? GenderedNameFaker(kind: kind, data: data, maxLength: maxLength) : nil
        // As ``Faker`` does, a kind drawn whole from one list draws only among the items that fit.
        func fitting(_ list: WeightedList, for drawnKind: FakeKind) -> WeightedList {
            guard let maxLength, kind == drawnKind else { return list }
            return list.filter { $0.count <= maxLength } ?? list
        }
        self.locales = locales.locales.map { names in
            Lists(
                femaleFirstNames: fitting(names.femaleFirstNames, for: .firstName), maleFirstNames: fitting(names.maleFirstNames, for: .firstName),
                femaleLastNames: fitting(names.femaleLastNames, for: .lastName), maleLastNames: fitting(names.maleLastNames, for: .lastName),
                lastNames: fitting(names.lastNames, for: .lastName))
        }
    }

    /// A fake for `source` in a row of locale `locale` (a position in ``LocaleNameData/locales``, nil when
    /// unknown) and `gender`, drawn from `generator`.
    package func fake(for source: Value, locale: Int?, gender: Gender?, using generator: inout SplitMix64) -> Value {
        guard let locale, locales.indices.contains(locale) else {
            if let gendered { return gendered.fake(for: source, gender: gender, using: &generator) }
            return faker.fake(for: source, using: &generator)
        }
        let lists = locales[locale]
        if kind == .lastName {
            let last = gender.map { $0 == .male ? lists.maleLastNames : lists.femaleLastNames } ?? lists.lastNames
            return .text(fitted(last.draw(using: &generator)))
        }
        // Of unknown gender, a woman or a man in equal shares (as ``Faker`` draws the Census lists), so that a
        // name's first and last names agree where last names differ by gender.
        let isMale = gender.map { $0 == .male } ?? (generator.next() & 1 == 1)
        let firstNames = isMale ? lists.maleFirstNames : lists.femaleFirstNames
        guard kind == .name else { return .text(fitted(firstNames.draw(using: &generator))) }
        return .text(Faker.fullName(firstNames, isMale ? lists.maleLastNames : lists.femaleLastNames, maxLength: maxLength, using: &generator))
    }

    /// `text` cut to ``maxLength`` as a last resort (``Faker/fitted(_:to:)``).
    private func fitted(_ text: String) -> String {
        Faker.fitted(text, to: maxLength)
    }
}
