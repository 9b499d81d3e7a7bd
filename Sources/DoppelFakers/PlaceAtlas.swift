package import DoppelCore
import Foundation

/// GeoNames cities with their country and state, and the indexes that let the fakes of one row come from one
/// place: cities by country (weighted by population), regions by country, and lookups from a source city,
/// state or country to its country. Built once per process, on first use (see `Resources/SOURCES.md`).
///
/// A US city's state is its own (GeoNames' admin1 code is the USPS code). Elsewhere admin1 codes are mostly
/// numeric and the bundled data cannot map them to a region's name, so a place outside the US takes a region
/// of its country from `regions.tsv` — the right country, not necessarily the city's own region.
package struct PlaceAtlas: Sendable {
    /// A city of `cities.tsv`.
    package struct City: Sendable {
        package let name: String
        /// Its country's position in ``countries``.
        package let country: Int
        /// GeoNames' admin1 code: the USPS code of a US city's state, mostly a number elsewhere.
        package let admin1: String
    }

    /// A country of `countries.tsv`.
    package struct Country: Sendable {
        package let name: String
        /// ISO 3166-1 alpha-2.
        package let code: String
    }

    /// Cities by population, most populous first.
    package let cities: [City]
    /// Countries by population, most populous first.
    package let countries: [Country]
    /// The United States' position in ``countries``.
    package let unitedStates: Int?
    /// Cities drawn by population from the whole world; an item's position is its position in ``cities``.
    private let worldCities: WeightedList
    /// Countries that have cities, drawn by population, and each item's position in ``countries``.
    private let countryDraw: (list: WeightedList, countries: [Int])
    /// Per country: its cities by population, and each item's position in ``cities``; nil without cities.
    private let citiesOfCountry: [(list: WeightedList, cities: [Int])?]
    /// Per country: its first-level regions from `regions.tsv`; nil without any.
    private let regionsOfCountry: [WeightedList?]
    /// US state names by USPS code.
    package let stateNames: [String: String]
    /// Country by name, ISO code or a common other name, exact and folded (``folded(_:)``).
    private let countryKeys: [String: Int]
    /// The countries a city name is found in, the one of its most populous city first; exact and folded.
    private let cityKeys: [String: [Int]]
    /// The country of a US state's code or name or of a region's name; exact and folded.
    private let stateKeys: [String: Int]
    /// A US state's USPS code by its code or name; exact and folded.
    private let usStateCodes: [String: String]
    /// Per US state (USPS code): its cities by population, and each item's position in ``cities``.
    private let citiesOfUSState: [String: (list: WeightedList, cities: [Int])]

    /// The shared atlas, built from the bundled resources on first use.
    package static func shared() throws(FakerDataError) -> PlaceAtlas {
        try loaded.get()
    }

    private static let loaded: Result<PlaceAtlas, FakerDataError> = {
        do {
            return .success(try PlaceAtlas(bundle: Bundle.module))
        } catch {
            return .failure(FakerDataError(message: "doppel's place data is missing or damaged (\(error)); reinstall doppel"))
        }
    }()

    init(bundle: Bundle) throws {
        func records(_ name: String) throws -> [[Substring]] {
            guard let url = bundle.url(forResource: name, withExtension: nil, subdirectory: "Resources")
                ?? bundle.url(forResource: name, withExtension: nil)
            else {
                throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "faker data \(name)"])
            }
            return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        }
        var countries: [Country] = []
        var countryWeights: [UInt64] = []
        var countryKeys: [String: Int] = [:]
        for fields in try records("countries.tsv") where fields.count >= 3 {
            let country = Country(name: String(fields[0]), code: String(fields[1]))
            PlaceAtlas.insert(country.name, countries.count, into: &countryKeys)
            PlaceAtlas.insert(country.code, countries.count, into: &countryKeys)
            countries.append(country)
            countryWeights.append(UInt64(fields[2]) ?? 1)
        }
        for (alias, code) in PlaceAtlas.countryAliases {
            if let country = countryKeys[code] { PlaceAtlas.insert(alias, country, into: &countryKeys) }
        }
        var cities: [City] = []
        var cityWeights: [UInt64] = []
        var cityKeys: [String: [Int]] = [:]
        var citiesByCountry = Array(repeating: [Int](), count: countries.count)
        for fields in try records("cities.tsv") where fields.count >= 4 {
            guard let country = countryKeys[String(fields[1])] else { continue }
            let city = City(name: String(fields[0]), country: country, admin1: String(fields[2]))
            for key in Set([city.name, PlaceAtlas.folded(city.name)]) where !(cityKeys[key]?.contains(country) ?? false) {
                cityKeys[key, default: []].append(country)
            }
            citiesByCountry[country].append(cities.count)
            cities.append(city)
            cityWeights.append(UInt64(fields[3]) ?? 1)
        }
        var stateNames: [String: String] = [:]
        var stateKeys: [String: Int] = [:]
        var usStateCodes: [String: String] = [:]
        let unitedStates = countryKeys["US"]
        for fields in try records("us_states.tsv") where fields.count >= 2 {
            stateNames[String(fields[0])] = String(fields[1])
            for key in [String(fields[0]), String(fields[1])] {
                usStateCodes[key] = String(fields[0])
                usStateCodes[PlaceAtlas.folded(key)] = String(fields[0])
            }
            if let unitedStates {
                PlaceAtlas.insert(String(fields[0]), unitedStates, into: &stateKeys)
                PlaceAtlas.insert(String(fields[1]), unitedStates, into: &stateKeys)
            }
        }
        var regions = Array(repeating: (names: [String](), weights: [UInt64]()), count: countries.count)
        for fields in try records("regions.tsv") where fields.count >= 3 {
            guard let country = countryKeys[String(fields[1])] else { continue }
            regions[country].names.append(String(fields[0]))
            regions[country].weights.append(UInt64(fields[2]) ?? 1)
            PlaceAtlas.insert(String(fields[0]), country, into: &stateKeys)
        }
        guard !cities.isEmpty else { throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "faker data cities.tsv"]) }
        self.cities = cities
        self.countries = countries
        self.unitedStates = unitedStates
        self.stateNames = stateNames
        self.countryKeys = countryKeys
        self.cityKeys = cityKeys
        self.stateKeys = stateKeys
        self.usStateCodes = usStateCodes
        var citiesByUSState: [String: [Int]] = [:]
        if let unitedStates {
            for city in citiesByCountry[unitedStates] { citiesByUSState[cities[city].admin1, default: []].append(city) }
        }
        citiesOfUSState = citiesByUSState.mapValues { members in
            (WeightedList(items: members.map { cities[$0].name }, weights: members.map { cityWeights[$0] }), members)
        }
        worldCities = WeightedList(items: cities.map(\.name), weights: cityWeights)
        citiesOfCountry = citiesByCountry.map { members in
            members.isEmpty ? nil : (WeightedList(items: members.map { cities[$0].name }, weights: members.map { cityWeights[$0] }), members)
        }
        regionsOfCountry = regions.map { $0.names.isEmpty ? nil : WeightedList(items: $0.names, weights: $0.weights) }
        let populated = countries.indices.filter { citiesByCountry[$0].isEmpty == false }
        countryDraw = (WeightedList(items: populated.map { countries[$0].name }, weights: populated.map { countryWeights[$0] }), populated)
    }

    /// The country `text` names: a name (`Germany`), an ISO code (`DE`) or a common other name (`USA`, `UK`),
    /// in any case and with or without accents.
    package func country(named text: String) -> Int? {
        PlaceAtlas.lookUp(text, in: countryKeys)
    }

    /// The countries a city of this name lies in, the one of the most populous such city first.
    package func countries(ofCity text: String) -> [Int] {
        PlaceAtlas.lookUp(text, in: cityKeys) ?? []
    }

    /// The country of a US state's code or name, or of a region's name.
    package func country(ofState text: String) -> Int? {
        PlaceAtlas.lookUp(text, in: stateKeys)
    }

    /// The USPS code of the US state `text` names by code or name (`TX`, `texas`), if any.
    package func usStateCode(_ text: String) -> String? {
        PlaceAtlas.lookUp(text, in: usStateCodes)
    }

    /// A city of the US state with this USPS code drawn by population; nil for a code without cities.
    package func drawCity(inUSState code: String, using generator: inout SplitMix64) -> Int? {
        guard let local = citiesOfUSState[code] else { return nil }
        return local.cities[local.list.drawIndex(using: &generator)]
    }

    /// Whether `name` is a first-level region of the country at `country` in `regions.tsv`.
    package func isRegion(_ name: String, of country: Int) -> Bool {
        regionsOfCountry[country]?.items.contains(name) ?? false
    }

    /// A country drawn by population, among the countries that have cities.
    package func drawCountry(using generator: inout SplitMix64) -> Int {
        countryDraw.countries[countryDraw.list.drawIndex(using: &generator)]
    }

    /// A city of `country` drawn by population; from the whole world when `country` is nil or has no city.
    package func drawCity(in country: Int?, using generator: inout SplitMix64) -> Int {
        guard let country, let local = citiesOfCountry[country] else { return worldCities.drawIndex(using: &generator) }
        return local.cities[local.list.drawIndex(using: &generator)]
    }

    /// The state of `city`: a US city's own (name and USPS code); elsewhere a region of its country drawn from
    /// `generator` (name only); nil for a country without regions in the data.
    package func state(of city: City, using generator: inout SplitMix64) -> (name: String, code: String?)? {
        if city.country == unitedStates, let name = stateNames[city.admin1] { return (name, city.admin1) }
        return regionsOfCountry[city.country].map { ($0.draw(using: &generator), nil) }
    }

    /// `text` trimmed, lowercased and without accents, as lookups compare names.
    package static func folded(_ text: some StringProtocol) -> String {
        text.trimmingCharacters(in: .whitespaces).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// The exact key first (no allocation for names written as the data writes them), then the folded one.
    private static func lookUp<Found>(_ text: String, in keys: [String: Found]) -> Found? {
        if let found = keys[text] { return found }
        return keys[folded(text)]
    }

    /// Adds `text` and its folded form, keeping an earlier (more populous) entry.
    private static func insert(_ text: String, _ country: Int, into keys: inout [String: Int]) {
        if keys[text] == nil { keys[text] = country }
        let folded = folded(text)
        if keys[folded] == nil { keys[folded] = country }
    }

    /// Other names of countries that sources often write, with the ISO code they mean.
    private static let countryAliases: [(String, String)] = [
        ("USA", "US"), ("U.S.", "US"), ("U.S.A.", "US"), ("United States of America", "US"), ("America", "US"),
        ("UK", "GB"), ("U.K.", "GB"), ("Great Britain", "GB"), ("England", "GB"), ("Scotland", "GB"), ("Wales", "GB"),
        ("Northern Ireland", "GB"), ("Deutschland", "DE"), ("Russian Federation", "RU"), ("Holland", "NL"),
    ]
}
