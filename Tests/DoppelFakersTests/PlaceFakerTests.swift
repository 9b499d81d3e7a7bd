import DoppelCore
import Testing
@testable import DoppelFakers

/// One fake place per row: a real city, its own state (US) or a region of its country, in the source's country.
@Suite struct PlaceFakerTests {
    let atlas: PlaceAtlas
    let places: PlaceFaker

    init() throws {
        atlas = try PlaceAtlas.shared()
        places = PlaceFaker(atlas: atlas)
    }

    private func country(_ code: String) throws -> Int {
        try #require(atlas.countries.firstIndex { $0.code == code })
    }

    @Test func findsTheSourceCountryByCountryThenCityThenState() throws {
        let us = try country("US")
        let france = try country("FR")
        #expect(places.sourceCountry(country: "United States", city: "Paris", state: nil) == us)
        #expect(places.sourceCountry(country: "usa", city: nil, state: nil) == us)
        #expect(places.sourceCountry(country: "FR", city: nil, state: nil) == france)
        #expect(places.sourceCountry(country: " france ", city: nil, state: nil) == france)
        // The most populous city of the name, unless the source state is in a country that has one.
        #expect(places.sourceCountry(country: nil, city: "Paris", state: nil) == france)
        #expect(places.sourceCountry(country: nil, city: "Paris", state: "TX") == us)
        #expect(places.sourceCountry(country: nil, city: "Springfield", state: nil) == us)
        #expect(places.sourceCountry(country: nil, city: "zürich", state: nil) == (try country("CH")))
        #expect(places.sourceCountry(country: nil, city: "Nowhere At All", state: "Georgia") == us)
        #expect(places.sourceCountry(country: nil, city: nil, state: "Bayern") == (try country("DE")))
        // An unknown country value falls back to the city.
        #expect(places.sourceCountry(country: "Atlantis", city: "Lyon", state: nil) == france)
        #expect(places.sourceCountry(country: nil, city: "Nowhere At All", state: nil) == nil)
    }

    @Test func aUSPlaceHasItsCitysOwnStateAndZipArea() throws {
        let us = try country("US")
        let cityStates = Dictionary(atlas.cities.filter { $0.country == us }.map { ($0.name, [$0.admin1]) }, uniquingKeysWith: +)
        var generator = SplitMix64(seed: 5)
        var states = Set<String>()
        for _ in 0..<2_000 {
            let place = places.place(in: us, drawsCountry: false, using: &generator) { _ in true }
            #expect(place.countryCode == "US" && place.countryName == "United States")
            let code = try #require(place.stateCode)
            #expect(cityStates[place.city]?.contains(code) == true, "\(place.city), \(code)")
            #expect(place.state(asCode: false) == place.stateName && place.state(asCode: true) == code)
            #expect(place.zipDigit == USZipArea.digit(ofState: code))
            states.insert(code)
        }
        #expect(states.count > 30)
    }

    @Test func zipDigitsFollowTheUSPSNationalAreas() {
        let expected: [String: UInt8] = ["MA": 0, "NJ": 0, "NY": 1, "PA": 1, "VA": 2, "DC": 2, "FL": 3, "OH": 4, "MN": 5, "IL": 6, "TX": 7, "CO": 8, "CA": 9, "AK": 9]
        for (state, digit) in expected { #expect(USZipArea.digit(ofState: state) == digit, "\(state)") }
        #expect(USZipArea.digit(ofState: "ZZ") == nil)
        let texas = Place(city: "Austin", countryName: "United States", countryCode: "US", stateName: "Texas", stateCode: "TX")
        #expect(PlaceFaker.postcode("10115", in: texas) == "70115")
        #expect(PlaceFaker.postcode("Z 1011-5", in: texas) == "Z 7011-5")
        let berlin = Place(city: "Berlin", countryName: "Germany", countryCode: "DE", stateName: "Berlin", stateCode: nil)
        #expect(PlaceFaker.postcode("10115", in: berlin) == "10115")
    }

    @Test func aPlaceElsewhereTakesARegionOfItsCountry() throws {
        let germany = try country("DE")
        var generator = SplitMix64(seed: 8)
        for _ in 0..<200 {
            let place = places.place(in: germany, drawsCountry: false, using: &generator) { _ in true }
            #expect(place.countryCode == "DE" && place.stateCode == nil)
            let region = try #require(place.stateName)
            #expect(atlas.country(ofState: region) == germany, "\(region)")
            #expect(place.state(asCode: true) == region)
        }
    }

    @Test func aDrawnCountryFollowsPopulationAndItsCityLiesInIt() throws {
        let citiesInCountries = Set(atlas.cities.map { "\($0.name)|\(atlas.countries[$0.country].code)|\(atlas.countries[$0.country].name)" })
        var generator = SplitMix64(seed: 3)
        var counts: [String: Int] = [:]
        for _ in 0..<5_000 {
            let place = places.place(in: nil, drawsCountry: true, using: &generator) { _ in true }
            counts[place.countryCode, default: 0] += 1
            #expect(citiesInCountries.contains("\(place.city)|\(place.countryCode)|\(place.countryName)"), "\(place)")
        }
        #expect((counts["CN"] ?? 0) > (counts["FR"] ?? 0) * 5)
    }

    @Test func theCallerCanRefuseAPlace() throws {
        var generator = SplitMix64(seed: 4)
        for _ in 0..<100 {
            let place = places.place(in: try country("US"), drawsCountry: false, using: &generator) { $0.stateCode != "CA" && $0.city.count <= 8 }
            #expect(place.stateCode != "CA" && place.city.count <= 8)
        }
    }
}

@Suite struct GenderTests {
    @Test func readsCommonSpellingsOfGender() {
        for male in ["m", "M", " male ", "Man", "mr", "Mr.", "h", "Homme", "hombre", "masculino", "Mann", "männlich", "maennlich", "1"] {
            #expect(Gender(source: .text(male)) == .male, "\(male)")
        }
        for female in ["f", "F", "female", "Woman", "w", "Frau", "weiblich", "femme", "mujer", "femenino", "feminino", "2", "Ms", "Mrs."] {
            #expect(Gender(source: .text(female)) == .female, "\(female)")
        }
        #expect(Gender(source: .integer(1)) == .male && Gender(source: .integer(2)) == .female)
        for other in [Value.null, .text("x"), .text("u"), .text("other"), .text(""), .integer(0), .text("mrx")] {
            #expect(Gender(source: other) == nil, "\(other)")
        }
    }

    @Test func namesAndTitlesFollowTheGender() throws {
        let data = try FakerData.shared()
        let male = Set(data.maleFirstNames.items)
        let female = Set(data.femaleFirstNames.items)
        var generator = SplitMix64(seed: 2)
        let firstNames = GenderedNameFaker(kind: .firstName, data: data, maxLength: nil)
        let names = GenderedNameFaker(kind: .name, data: data, maxLength: 12)
        let titles = GenderedNameFaker(kind: .courtesyTitle, data: data, maxLength: nil)
        for _ in 0..<500 {
            #expect(male.contains(try #require(firstNames.fake(for: .text("Pat"), gender: .male, using: &generator).textRepresentation)))
            #expect(female.contains(try #require(firstNames.fake(for: .text("Pat"), gender: .female, using: &generator).textRepresentation)))
            let name = try #require(names.fake(for: .text("Pat Doe"), gender: .female, using: &generator).textRepresentation)
            #expect(name.count <= 12)
            #expect(titles.fake(for: .text("Dr."), gender: .male, using: &generator) == .text("Mr."))
            #expect(["Ms.", "Mrs.", "Miss"].contains(try #require(titles.fake(for: .text("Dr."), gender: .female, using: &generator).textRepresentation)))
        }
    }
}
