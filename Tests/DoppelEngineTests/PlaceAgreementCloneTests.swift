import DoppelCore
import DoppelFakers
import DoppelTestSupport
import Testing

/// A clone of a US shop's customers: each row's fake city, state, ZIP and country agree (issue 15).
@Suite struct PlaceAgreementCloneTests {
    static let sourceCities: [(city: String, state: String, zip: String)] = [
        ("Boston", "MA", "02108"), ("New York City", "NY", "10001"), ("Philadelphia", "PA", "19103"), ("Baltimore", "MD", "21201"),
        ("Atlanta", "GA", "30303"), ("Columbus", "OH", "43215"), ("Minneapolis", "MN", "55401"), ("Chicago", "IL", "60601"),
        ("Dallas", "TX", "75201"), ("Denver", "CO", "80202"), ("Seattle", "WA", "98101"), ("Paris", "TX", "75460"),
        ("Springfield", "IL", "62701"), ("Portland", "OR", "97201"), ("Miami", "FL", "33101"), ("Phoenix", "AZ", "85001"),
    ]

    @Test func theFakesOfEachClonedRowAgree() throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("shop.db")
        var inserts: [String] = []
        for index in 0..<160 {
            let (city, state, zip) = Self.sourceCities[index % Self.sourceCities.count]
            inserts.append("(\(index + 1), '\(city)', '\(state)', '\(zip)', 'United States', '\(city)', '\(index % 2 == 0 ? "Texas" : state)', '\(zip)-0001', 'US')")
        }
        try SQLiteFixture.create(source, sql: """
            CREATE TABLE customers (
                id INTEGER PRIMARY KEY, city TEXT, state TEXT, zip TEXT, country TEXT,
                ship_city TEXT, ship_state TEXT, ship_zip TEXT, ship_country_code TEXT);
            INSERT INTO customers VALUES \(inserts.joined(separator: ", "));
            """)
        let target = directory.file("clone.db")
        _ = try EngineHarness.clone(policy: """
            version: 1
            seed: 4
            secret: env:DOPPEL_SECRET
            tables:
              customers:
                columns:
                  id: keep
                  city: { pii: city, rule: fake }
                  state: { pii: state, rule: fake }
                  zip: { pii: postcode, rule: fake }
                  country: { pii: country, rule: fake }
                  ship_city: { pii: city, rule: fake }
                  ship_state: { pii: state, rule: fake }
                  ship_zip: { pii: postcode, rule: fake }
                  ship_country_code: keep
            """, source: source, target: target, in: directory)
        let atlas = try PlaceAtlas.shared()
        let placesOfCities = Set(atlas.cities.map { "\($0.name)|\(atlas.countries[$0.country].name)|\($0.admin1)" })
        let usStates = atlas.stateNames
        let rows = try SQLiteFixture.rows(target, "SELECT city, state, zip, country, ship_city, ship_state, ship_zip, ship_country_code FROM customers ORDER BY id")
        #expect(rows.count == 160)
        var countries = Set<String>()
        for (index, row) in rows.enumerated() {
            let text = row.map { $0.textRepresentation ?? "" }
            let source = Self.sourceCities[index % Self.sourceCities.count]
            // The billing address: the country is faked, so the place is anywhere, but its parts agree.
            let (city, state, zip, country) = (text[0], text[1], text[2], text[3])
            #expect(country != "United States" && zip.count == 5 && zip != source.zip)
            #expect(atlas.cities.contains { $0.name == city && atlas.countries[$0.country].name == country }, "\(city), \(country)")
            countries.insert(country)
            if country == "United States" {
                #expect(placesOfCities.contains("\(city)|\(country)|\(state)"), "\(city), \(state)")
                #expect(zip.first?.wholeNumberValue == USZipArea.digit(ofState: state).map(Int.init))
            } else {
                let countryIndex = try #require(atlas.countries.firstIndex { $0.name == country })
                #expect(atlas.isRegion(state, of: countryIndex) || state == country, "\(state) in \(country)")
            }
            // The shipping address: the kept country code keeps it in the US; the state is written as the source wrote it.
            let (shipCity, shipState, shipZip) = (text[4], text[5], text[6])
            #expect(text[7] == "US" && shipCity != source.city)
            let code = index % 2 == 0 ? usStates.first { $0.value == shipState }?.key : shipState
            let shipCode = try #require(code, "\(shipState)")
            #expect(placesOfCities.contains("\(shipCity)|United States|\(shipCode)"), "\(shipCity), \(shipState)")
            #expect(shipZip.count == 10)
            #expect(shipZip.first?.wholeNumberValue == USZipArea.digit(ofState: shipCode).map(Int.init), "\(shipZip) in \(shipCode)")
        }
        #expect(countries.count > 5)
        // Equal source addresses got equal fake ones.
        #expect(rows[0] == rows[32] && rows[1] == rows[33])
    }
}
