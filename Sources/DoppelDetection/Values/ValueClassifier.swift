package import DoppelCore

/// Runs every value detector on one whole value and says which signals it gives.
///
/// Detectors validate, not just match shapes: an IBAN needs its country's length and MOD 97-10, a card
/// number an issuer prefix and the Luhn check, a national id its check digit, a phone a country shape.
package struct ValueClassifier: Sendable {
    let gazetteer: Gazetteer
    let streets: StreetAddressDetector

    /// Detectors that look names, cities and street suffixes up in `gazetteer`.
    package init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        streets = StreetAddressDetector(suffixes: gazetteer.streetSuffixes)
    }

    /// What one value gives: its signals and, for a date, the date (never kept beyond the sample).
    package struct Reading: Sendable {
        /// Every signal the value gave.
        package var signals: Set<ValueSignal> = []
        /// The date the value holds, if it is one.
        package var date: CivilDate?
    }

    /// The signals of `value`; NULL and blobs give none.
    package func read(_ value: Value) -> Reading {
        switch value {
        case .null, .blob: return Reading()
        case .integer(let number): return read(integer: number)
        case .real: return Reading()
        case .text(let text): return read(text: text)
        }
    }

    /// The signals of a whole text value.
    package func read(text: String) -> Reading {
        var reading = Reading()
        let bytes = Array(text.utf8).trimmed()
        guard !bytes.isEmpty, bytes.count <= 200 else { return reading }
        var signals: Set<ValueSignal> = []
        if bytes.contains(UInt8(ascii: "@")) {
            if EmailDetector.isEmail(bytes) { signals.insert(.email) }
            if let url = URLDetector.signal(bytes) { signals.insert(url) }
            reading.signals = signals
            return reading
        }
        let hasDigit = bytes.contains(where: \.isDigit)
        if hasDigit {
            if BankNumberDetector.isIBAN(bytes) { signals.insert(.iban) }
            if BankNumberDetector.isPaymentCard(bytes) { signals.insert(.paymentCard) }
            if let national = NationalIDDetector.signal(bytes) { signals.insert(national) }
            if PhoneDetector.isPhone(bytes) { signals.insert(.phone) }
            if NetworkAddressDetector.isIPAddress(bytes) { signals.insert(.ipAddress) }
            if let postcode = PostcodeDetector.signal(bytes) { signals.insert(postcode) }
            if let date = DateDetector.date(String(decoding: bytes, as: UTF8.self)) {
                signals.insert(.date)
                reading.date = date
            }
        }
        if bytes.contains(UInt8(ascii: ":")) {
            if NetworkAddressDetector.isIPv6(bytes) { signals.insert(.ipAddress) }
            if let url = URLDetector.signal(bytes) { signals.insert(url) }
        }
        if NetworkAddressDetector.isMACAddress(bytes) { signals.insert(.macAddress) }
        if bytes.first.map({ $0 == UInt8(ascii: "w") || $0 == UInt8(ascii: "W") }) ?? false, let url = URLDetector.signal(bytes) {
            signals.insert(url)
        }
        let trimmed = String(decoding: bytes, as: UTF8.self)
        if hasDigit && streets.isStreetAddress(trimmed[...]) { signals.insert(.streetAddress) }
        if !hasDigit { signals.formUnion(listSignals(trimmed)) }
        reading.signals = signals
        return reading
    }

    /// The signals of an integer: card numbers, checked national numbers and 4–5 digit postcodes;
    /// never a phone (a leading zero or `+` is lost in an integer) or a date.
    package func read(integer: Int64) -> Reading {
        let bytes = Array(String(integer).utf8)[...]
        var reading = Reading()
        guard integer > 0 else { return reading }
        if BankNumberDetector.isPaymentCard(bytes) { reading.signals.insert(.paymentCard) }
        if let national = NationalIDDetector.signal(bytes) { reading.signals.insert(national) }
        if (1000...99999).contains(integer) { reading.signals.insert(.numericPostcode) }
        return reading
    }

    /// Signals from the shipped lists: names, cities, countries, titles.
    func listSignals(_ text: String) -> Set<ValueSignal> {
        guard text.count <= 60, text.allSatisfy({ $0.isLetter || " -'.,".contains($0) }) else { return [] }
        let key = Gazetteer.key(text)
        var signals: Set<ValueSignal> = []
        if gazetteer.jobTitles.contains(key) { signals.insert(.jobTitle) }
        if gazetteer.cities.contains(key) { signals.insert(.city) }
        if gazetteer.countries.contains(key) { signals.insert(.country) }
        if gazetteer.courtesyTitles.contains(key) { signals.insert(.courtesyTitle) }
        let words = key.split(separator: " ").map(String.init)
        if words.count == 1 {
            if gazetteer.firstNames.contains(key) { signals.insert(.firstName) }
            if gazetteer.lastNames.contains(key) { signals.insert(.lastName) }
        } else if isFullName(key) {
            signals.insert(.fullName)
        }
        return signals
    }

    /// `ada lovelace`, `dr. ada king lovelace`, `lovelace, ada` (keys: lowercase, no diacritics).
    func isFullName(_ key: String) -> Bool {
        let commaParts = key.split(separator: ",").map { $0.trimmingSpaces() }
        if commaParts.count == 2 {
            let given = commaParts[1].split(separator: " ").first.map(String.init) ?? ""
            return gazetteer.lastNames.contains(commaParts[0]) && gazetteer.firstNames.contains(given)
        }
        var words = key.split(separator: " ").map(String.init)
        if let first = words.first, gazetteer.courtesyTitles.contains(first) { words.removeFirst() }
        guard (2...4).contains(words.count), let first = words.first, let last = words.last else { return false }
        return gazetteer.firstNames.contains(first) && gazetteer.lastNames.contains(last)
    }
}

extension Substring {
    /// The text without leading and trailing spaces.
    fileprivate func trimmingSpaces() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
