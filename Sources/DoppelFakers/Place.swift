/// One fake place: a real city with its country and state, from which every location fake of a row is written.
package struct Place: Sendable, Equatable {
    package let city: String
    package let countryName: String
    /// ISO 3166-1 alpha-2.
    package let countryCode: String
    /// The state (a US city's own) or a region of the country; nil when the data has none for the country.
    package let stateName: String?
    /// A US state's USPS code; nil elsewhere.
    package let stateCode: String?

    /// The first digit of a ZIP code in this place: its state's USPS national area; nil outside the US.
    package var zipDigit: UInt8? {
        stateCode.flatMap(USZipArea.digit(ofState:))
    }

    /// The state as a source wrote its own: the USPS code for a two-letter source where there is one, else the
    /// name (a region outside the US has no code in the data); the country's name when it has no regions.
    package func state(asCode: Bool) -> String {
        if asCode, let stateCode { return stateCode }
        return stateName ?? countryName
    }

    /// The country as a source wrote its own: the ISO code for a two-letter source, else the name.
    package func country(asCode: Bool) -> String {
        asCode ? countryCode : countryName
    }
}
