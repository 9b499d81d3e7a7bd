import DoppelFakers

/// The word lists values are looked up in, built once from the lists DoppelFakers ships (US Census
/// names, GeoNames cities and countries, US states, titles of courtesy, job titles, street suffixes)
/// plus a few hand-written additions. Keys are lowercase and free of diacritics (``Gazetteer/key(_:)``).
package struct Gazetteer: Sendable {
    let firstNames: Set<String>
    let lastNames: Set<String>
    let cities: Set<String>
    let countries: Set<String>
    let courtesyTitles: Set<String>
    let jobTitles: Set<String>
    let streetSuffixes: Set<String>

    /// The shared gazetteer, built from the shipped lists on first use.
    package static func shared() throws(DetectionError) -> Gazetteer {
        try loaded.get()
    }

    private static let loaded: Result<Gazetteer, DetectionError> = {
        do {
            return .success(Gazetteer(data: try FakerData.shared()))
        } catch {
            return .failure(DetectionError(message: "doppel's name and city lists could not be loaded (\(error)); reinstall doppel"))
        }
    }()

    init(data: FakerData) {
        func keys(_ items: [String]) -> Set<String> { Set(items.map(Gazetteer.key)) }
        firstNames = keys(data.femaleFirstNames.items + data.maleFirstNames.items)
        lastNames = keys(data.lastNames.items)
        cities = keys(data.cities.items)
        countries = keys(data.countries.items + Gazetteer.countryAliases)
        courtesyTitles = keys(data.courtesyTitles.items + Gazetteer.moreCourtesyTitles)
            .union(keys(data.courtesyTitles.items.map { String($0.filter { $0 != "." }) }))
        jobTitles = keys(data.jobTitles.items)
        streetSuffixes = keys(data.streetSuffixes.items)
    }

    /// The lookup key of a word or phrase: lowercase, diacritics removed, spaces collapsed.
    package static func key(_ text: String) -> String {
        NameTokens.foldedToASCII(text).lowercased().split(separator: " ").joined(separator: " ")
    }

    /// Titles of courtesy in the other languages the name classifier reads (hand-written).
    static let moreCourtesyTitles = [
        "Herr", "Frau", "Hr.", "Fr.", "M.", "Mme", "Mme.", "Mlle", "Sr.", "Sra.", "Srta.", "Don", "Dona", "Sig.",
        "Sig.ra", "Dhr.", "Mevr.", "Mw.", "Mr", "Mrs", "Ms", "Dr", "Prof",
    ]

    /// Short country names people write besides the shipped official ones (hand-written).
    static let countryAliases = [
        "USA", "US", "UK", "Great Britain", "England", "Scotland", "Wales", "Deutschland", "Espana", "España",
        "Italia", "Nederland", "Holland", "Brasil", "Schweiz", "Suisse", "Osterreich", "Österreich",
    ]
}
