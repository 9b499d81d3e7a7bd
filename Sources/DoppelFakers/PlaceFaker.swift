package import DoppelCore

/// Chooses the one fake place a row's location fakes are written from, in the source row's country.
///
/// The source's country is the one a country value names, else the country of the source city (its most
/// populous namesake, or the one in the source state's country: `Paris, TX` stays in the US), else the
/// country of the source state or region; without any of these the place is drawn from the whole world by
/// population. A place outside the US takes a region of its country, not necessarily the city's own (see
/// ``PlaceAtlas``).
package struct PlaceFaker: Sendable {
    package let atlas: PlaceAtlas

    /// Draws at most this many places for one that the caller accepts.
    package static let draws = 32

    package init(atlas: PlaceAtlas) {
        self.atlas = atlas
    }

    /// The country (its position in ``PlaceAtlas/countries``) of a source row with these values, if any says.
    package func sourceCountry(country: String?, city: String?, state: String?) -> Int? {
        if let country, let found = atlas.country(named: country) { return found }
        let stateCountry = state.flatMap(atlas.country(ofState:))
        if let city {
            let found = atlas.countries(ofCity: city)
            if let stateCountry, found.contains(stateCountry) { return stateCountry }
            if let first = found.first { return first }
        }
        return stateCountry
    }

    /// A place in `country`, or in a country drawn by population when `drawsCountry` (then `country` is the
    /// source's, which the drawn one avoids through `isAcceptable` if the caller wishes), or anywhere when
    /// `country` is nil. Places are drawn from `generator` until `isAcceptable` takes one, at most ``draws``
    /// times: the last is returned either way.
    ///
    /// With `usState` (a USPS code, of a state the source keeps) and a US or unknown `country`, the place is a
    /// city of that state.
    package func place(
        in country: Int?, usState: String? = nil, drawsCountry: Bool, using generator: inout SplitMix64, accepting isAcceptable: (Place) -> Bool
    ) -> Place {
        let state = drawsCountry || (country != nil && country != atlas.unitedStates) ? nil : usState
        var place = draw(in: country, usState: state, drawsCountry: drawsCountry, using: &generator)
        var draws = 1
        while draws < PlaceFaker.draws && !isAcceptable(place) {
            place = draw(in: country, usState: state, drawsCountry: drawsCountry, using: &generator)
            draws += 1
        }
        return place
    }

    private func draw(in country: Int?, usState: String?, drawsCountry: Bool, using generator: inout SplitMix64) -> Place {
        let within = drawsCountry ? atlas.drawCountry(using: &generator) : country
        let index = usState.flatMap { atlas.drawCity(inUSState: $0, using: &generator) } ?? atlas.drawCity(in: within, using: &generator)
        let city = atlas.cities[index]
        let state = atlas.state(of: city, using: &generator)
        let country = atlas.countries[city.country]
        return Place(city: city.name, countryName: country.name, countryCode: country.code, stateName: state?.name, stateCode: state?.code)
    }

    /// `postcode` with its first ASCII digit set to the ZIP area of the place's state, for a US place; as it
    /// is elsewhere: `10115` in Texas becomes `70115`.
    package static func postcode(_ postcode: String, in place: Place) -> String {
        guard let digit = place.zipDigit else { return postcode }
        let utf8 = postcode.utf8
        guard let first = utf8.firstIndex(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }), utf8[first] != UInt8(ascii: "0") + digit
        else { return postcode }
        return String(unsafeUninitializedCapacity: utf8.count) { output in
            var position = 0
            for index in utf8.indices {
                output[position] = index == first ? UInt8(ascii: "0") + digit : utf8[index]
                position += 1
            }
            return position
        }
    }
}
