import DoppelFakers

/// The source country of recent (country, city, state) texts, so a town missing from the data (whose lookup
/// folds its text) is looked up once per run rather than once per row. Serves one transform, from one thread.
///
/// - Complexity: at most ``capacity`` entries; emptied when full.
final class SourceCountryCache {
    private struct Key: Hashable {
        var country: String?
        var city: String?
        var state: String?
    }

    static let capacity = 4_096
    private var countries: [Key: Int?] = [:]

    /// `places.sourceCountry(country:city:state:)`, remembered.
    func country(_ places: PlaceFaker, country: String?, city: String?, state: String?) -> Int? {
        let key = Key(country: country, city: city, state: state)
        if let known = countries[key] { return known }
        let found = places.sourceCountry(country: country, city: city, state: state)
        if countries.count >= SourceCountryCache.capacity { countries.removeAll(keepingCapacity: true) }
        countries[key] = .some(found)
        return found
    }
}
