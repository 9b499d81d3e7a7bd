import DoppelCore
import DoppelFakers

/// `fake` of a location kind (`city`, `state`, `region`, `postcode`, `country`, without `unique: true`): the
/// location fakes of one row come from one real place, in the source row's country.
///
/// The place is a keyed function of the row's source values of its location columns (``PlaceColumns``): the
/// same tuple gets the same place in every table and run with the same secret and seed. A city is a GeoNames
/// city of the source's country (``PlaceFaker``), unless the country is faked too; a state is that city's
/// (US), or a region of its country elsewhere; a state or country is written as a code when the source's is
/// two letters. A kept US state keeps the fake city and postcode in it. A postcode keeps the source's shape, and a US one starts with its state's ZIP digit.
/// No column keeps its source value where another place can avoid it, and every fake fits its column.
struct PlaceFakeTransform: ValueTransform {
    let kind: FakeKind
    let columns: PlaceColumns
    let places: PlaceFaker
    /// Keys the place: the same for every member column.
    let hasher: SipHash
    /// Each member's kind, hashed, so (`city` `X`) and (`state` `X`) key different places.
    let kindTags: [UInt64]
    /// The shape-keeping postcode faker, for a postcode column.
    let postcodes: Faker?
    let sourceCountries = SourceCountryCache()

    init(_ context: RuleContext, kind: FakeKind) throws {
        self.kind = kind
        columns = PlaceColumns(context, kind: kind)
        places = PlaceFaker(atlas: try PlaceAtlas.shared())
        let hasher = SipHash(key: context.secret.derivedWords(for: FakeRule.keyPurpose(seed: context.seed, "place")))
        self.hasher = hasher
        kindTags = columns.members.map { hasher.hash($0.kind.rawValue.utf8) }
        let maxLength = columns.members[columns.own].maxLength
        postcodes = kind == .postcode ? Faker(kind: .postcode, data: try FakerData.shared(), maxLength: maxLength) : nil
    }

    func apply(_ value: Value, row: RowContext) throws -> Value {
        if value.isNull { return .null }
        if case .text(let text) = value, FakeRule.Transform.isBlank(text) { return value }
        var generator = SplitMix64(seed: placeKey(value, row))
        let keptState = columns.stateIndex.flatMap { row.values[$0].textRepresentation }
        let country = columns.drawsCountry ? nil : sourceCountries.country(
            places, country: columns.countryIndex.flatMap { row.values[$0].textRepresentation },
            city: sourceText(of: .city, value, row), state: sourceText(of: .state, value, row) ?? sourceText(of: .region, value, row) ?? keptState)
        let usState = country == nil || country == places.atlas.unitedStates ? keptState.flatMap(places.atlas.usStateCode) : nil
        let place = places.place(in: country, usState: usState, drawsCountry: columns.drawsCountry, using: &generator) { place in
            isAcceptable(place, value, row)
        }
        guard let postcodes else {
            let member = columns.members[columns.own]
            let fake = Self.text(of: kind, in: place, source: value.textRepresentation ?? "")
            guard let maxLength = member.maxLength, fake.count > maxLength else { return .text(fake) }
            return .text(String(fake.prefix(maxLength)))
        }
        // The postcode's digits come after the place's draws, so the place stays the same in every column.
        let fake = FakeRule.differing(from: value) { postcode(value, place, postcodes, &generator) }
        if fake == value { throw UnreadableValue("a value a fake postcode cannot change (it keeps the source's shape and replaces its digits)") }
        return fake
    }

    private func postcode(_ value: Value, _ place: Place, _ faker: Faker, _ generator: inout SplitMix64) -> Value {
        guard case .text(let text) = faker.fake(for: value, using: &generator) else { return value }
        return .text(PlaceFaker.postcode(text, in: place))
    }

    /// The row's source value of the member at `position`; the value being faked for this column's own.
    private func source(at position: Int, _ value: Value, _ row: RowContext) -> Value {
        if position == columns.own { return value }
        guard let index = columns.members[position].index, index < row.values.count else { return .null }
        return row.values[index]
    }

    /// The source text of the first member of `kind`, if the place has one and it holds text.
    private func sourceText(of kind: FakeKind, _ value: Value, _ row: RowContext) -> String? {
        guard let position = columns.members.firstIndex(where: { $0.kind == kind }) else { return nil }
        return source(at: position, value, row).textRepresentation
    }

    /// A keyed hash of the source values of every member, in their fixed order, each with its kind.
    private func placeKey(_ value: Value, _ row: RowContext) -> UInt64 {
        var key: UInt64 = 0x706C_6163_6500_0000  // "place"
        for position in columns.members.indices {
            key = hasher.hash(key ^ kindTags[position], hasher.hash(source(at: position, value, row)))
        }
        return key
    }

    /// Whether every member's fake from `place` differs from its source value, fits its column and, for a
    /// state, is one (postcodes are drawn afresh after the place, so they take no part).
    private func isAcceptable(_ place: Place, _ value: Value, _ row: RowContext) -> Bool {
        for (position, member) in columns.members.enumerated() where member.kind != .postcode {
            guard let source = source(at: position, value, row).textRepresentation, !FakeRule.Transform.isBlank(source) else { continue }
            // A state needs a place whose country has states or regions in the data (Hong Kong has none).
            if (member.kind == .state || member.kind == .region) && place.stateName == nil { return false }
            let fake = Self.text(of: member.kind, in: place, source: source)
            if fake == source { return false }
            if let maxLength = member.maxLength, fake.utf8.count > maxLength, fake.count > maxLength { return false }
        }
        return true
    }

    /// The text a column of `kind` takes from `place`, in the form of its source (a code for two letters).
    static func text(of kind: FakeKind, in place: Place, source: String) -> String {
        switch kind {
        case .city: return place.city
        case .country: return place.country(asCode: isTwoLetters(source))
        default: return place.state(asCode: isTwoLetters(source))
        }
    }

    /// Whether `text` is two ASCII letters, as USPS and ISO codes are.
    static func isTwoLetters(_ text: String) -> Bool {
        let utf8 = text.utf8
        return utf8.count == 2 && utf8.allSatisfy { ($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z") }
    }
}
