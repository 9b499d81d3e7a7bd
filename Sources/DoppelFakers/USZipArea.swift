/// The first digit of a US ZIP code: the USPS national area a state belongs to.
package enum USZipArea {
    /// The national area (`0`–`9`) of a state's ZIP codes, by USPS code; nil for a code that is not a state's.
    package static func digit(ofState code: String) -> UInt8? {
        digits[code]
    }

    private static let digits: [String: UInt8] = {
        let areas: [UInt8: [String]] = [
            0: ["CT", "MA", "ME", "NH", "NJ", "PR", "RI", "VT"],
            1: ["DE", "NY", "PA"],
            2: ["DC", "MD", "NC", "SC", "VA", "WV"],
            3: ["AL", "FL", "GA", "MS", "TN"],
            4: ["IN", "KY", "MI", "OH"],
            5: ["IA", "MN", "MT", "ND", "SD", "WI"],
            6: ["IL", "KS", "MO", "NE"],
            7: ["AR", "LA", "OK", "TX"],
            8: ["AZ", "CO", "ID", "NM", "NV", "UT", "WY"],
            9: ["AK", "CA", "HI", "OR", "WA"],
        ]
        var digits: [String: UInt8] = [:]
        for (digit, states) in areas {
            for state in states { digits[state] = digit }
        }
        return digits
    }()
}
