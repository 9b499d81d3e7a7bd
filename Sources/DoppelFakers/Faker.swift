package import DoppelCore

/// Makes one realistic fake value from a generator seeded by (secret, seed, source value).
///
/// Where the source value has a visible format (phones, postcodes, dates), the fake keeps it: the
/// same separators and length, fresh digits and letters. With a `maxLength` (the column's `varchar(n)`)
/// every fake fits: kinds drawn from one list draw only among the items that fit; composed ones (names,
/// addresses, emails) are drawn again, and as a last resort the drawn part is cut.
///
/// A unique column asks for further candidates of one source value (``fake(for:using:attempt:)`` with
/// `attempt` 1, 2, …) until one is free (``FakeOwnership``): later attempts draw from a wider realistic
/// space (a number in an email's local part, a middle initial, an apartment), so no visible tag is needed.
/// Only past ``lastPlainAttempt``, when a kind's space is exhausted (more distinct values than a list has
/// items), does a candidate carry a counter (`Springfield 2`).
package struct Faker: Sendable {
    package let kind: FakeKind
    private let data: FakerData
    /// Earliest and latest day (days since 1970) for date fakes.
    private let dayRange: ClosedRange<Int>
    /// The most characters a fake may have (nil: no limit).
    package let maxLength: Int?
    /// For kinds drawn whole from one list: the list, narrowed to the items that fit `maxLength`.
    private let list: WeightedList?

    /// Draws at most this many times for a composed fake to fit before cutting it.
    static let fittingDraws = 32

    /// The last attempt drawn from the kind's realistic space alone; later ones append a counter.
    package static let lastPlainAttempt = 48

    package init(kind: FakeKind, data: FakerData, dayRange: ClosedRange<Int>? = nil, maxLength: Int? = nil) {
        self.kind = kind
        self.data = data
        // Without a range from the column, dates of birth fall between 1940 and 2006.
        self.dayRange = dayRange ?? (CivilDate(year: 1940, month: 1, day: 1).daysSinceEpoch...CivilDate(year: 2006, month: 12, day: 31).daysSinceEpoch)
        self.maxLength = maxLength
        let whole = Faker.list(of: kind, in: data)
        if let whole, let maxLength {
            // A column too short for any name of a country or state (`char(2)`) holds its code.
            list = whole.filter { $0.count <= maxLength } ?? Faker.codes(of: kind, in: data, fitting: maxLength) ?? whole
        } else {
            list = whole
        }
    }

    /// The list a kind draws its whole value from, if it does.
    package static func list(of kind: FakeKind, in data: FakerData) -> WeightedList? {
        switch kind {
        case .city: return data.cities
        case .state: return data.states
        case .region: return data.regions
        case .country: return data.countries
        case .jobTitle: return data.jobTitles
        case .courtesyTitle: return data.courtesyTitles
        case .lastName: return data.lastNames
        default: return nil
        }
    }

    /// A first name and a last name from these lists, drawn again (up to ``fittingDraws`` times) until it fits
    /// `maxLength`, then cut as a last resort (``fitted(_:to:)``).
    package static func fullName(
        _ firstNames: WeightedList, _ lastNames: WeightedList, maxLength: Int?, using generator: inout SplitMix64
    ) -> String {
        var name = firstNames.draw(using: &generator) + " " + lastNames.draw(using: &generator)
        var draws = 1
        while let maxLength, name.count > maxLength, draws < fittingDraws {
            name = firstNames.draw(using: &generator) + " " + lastNames.draw(using: &generator)
            draws += 1
        }
        return fitted(name, to: maxLength)
    }

    /// `text` cut to `maxLength` as a last resort, without a trailing space.
    package static func fitted(_ text: String, to maxLength: Int?) -> String {
        guard let maxLength, text.count > maxLength else { return text }
        var cut = String(text.prefix(maxLength))
        while cut.last == " " { cut.removeLast() }
        return cut
    }

    /// The two-letter codes of a kind that has them (ISO 3166-1 countries, USPS states), if they fit `maxLength`.
    static func codes(of kind: FakeKind, in data: FakerData, fitting maxLength: Int) -> WeightedList? {
        guard maxLength >= 2 else { return nil }
        switch kind {
        case .country: return data.countryCodes
        case .state: return data.stateCodes
        default: return nil
        }
    }

    /// The separator written before the counter of an attempt past ``lastPlainAttempt``.
    static func counterSeparator(of kind: FakeKind) -> String {
        switch kind {
        case .lastName, .nationalID, .postcode, .url: return "-"
        case .phone: return " x"
        case .streetAddress: return " Unit "
        case .email, .username, .ipAddress: return ""
        default: return " "
        }
    }

    /// A fake for `source`, drawn from `generator`. `attempt` 0 is the plain fake; a unique column asks for
    /// attempt 1, 2, … of the same source (with the same generator, continued) until one is free.
    package func fake(for source: Value, using generator: inout SplitMix64, attempt: Int = 0) -> Value {
        let text = source.textRepresentation ?? ""
        if kind == .dateOfBirth { return dateOfBirth(source, text, &generator) }
        var drawn = parts(text, &generator, attempt: attempt)
        guard let maxLength else { return .text(drawn.body + drawn.tail) }
        var draws = 1
        while drawn.body.count + drawn.tail.count > maxLength && draws < Faker.fittingDraws && !kind.keepsSourceShape && kind != .lorem {
            drawn = parts(text, &generator, attempt: attempt)
            draws += 1
        }
        let room = maxLength - drawn.tail.count
        if drawn.body.count > room {
            // Cut the drawn part, never the tail (an email's domain, a counter).
            var body = String(drawn.body.prefix(max(room, 0)))
            while let last = body.last, last == " " || last == "," || last == "." || last == "-" || last == "&" { body.removeLast() }
            return .text(String((body + drawn.tail).prefix(maxLength)))
        }
        return .text(drawn.body + drawn.tail)
    }

    /// A fake in two parts: what may be cut to fit, and what may not (an email's domain, an attempt's counter).
    private func parts(_ text: String, _ generator: inout SplitMix64, attempt: Int) -> (body: String, tail: String) {
        let counter = attempt > Faker.lastPlainAttempt ? Faker.counterSeparator(of: kind) + String(attempt - Faker.lastPlainAttempt + 1) : ""
        switch kind {
        case .name:
            // Past a few attempts, a middle initial multiplies the space by 26, as real name lists do.
            let middle = attempt >= 4 ? " " + String(UnicodeScalar(UInt8(ascii: "A") + UInt8(generator.next(below: 26)))) + "." : ""
            return (firstName(&generator) + middle + " " + data.lastNames.draw(using: &generator), counter)
        case .firstName:
            return (firstName(&generator), counter)
        case .email:
            return email(&generator, digits: Faker.digits(forAttempt: attempt), counter: counter)
        case .username:
            return (username(&generator, digits: Faker.digits(forAttempt: attempt)), counter)
        case .phone:
            return (reshaped(text.isEmpty ? "(555) 555-5555" : text, keepingCountryCode: true, &generator), counter)
        case .postcode:
            return (reshaped(text.isEmpty ? "00000" : text, keepingCountryCode: false, &generator), counter)
        case .nationalID:
            return (nationalID(text, &generator), counter)
        case .streetAddress:
            let apartment = attempt >= 8 ? " Apt " + String(1 + generator.next(below: 400)) : ""
            return (streetAddress(&generator) + apartment, counter)
        case .company:
            return (company(&generator), counter)
        case .lorem:
            return (lorem(length: max(text.count, 12), &generator), counter)
        case .ipAddress:
            return (ipAddress(&generator, attempt: attempt), counter)
        case .url:
            return (url(&generator, digits: Faker.digits(forAttempt: attempt)), counter)
        case .city, .state, .region, .country, .jobTitle, .courtesyTitle, .lastName:
            return ((list ?? data.cities).draw(using: &generator), counter)
        case .dateOfBirth:
            return ("", "")
        }
    }

    /// How many digits an attempt adds to an email, username or URL: none at first (some plain patterns
    /// carry a number of their own), then 2, 3, … up to 6, as people add them when their name is taken.
    static func digits(forAttempt attempt: Int) -> Int {
        attempt < 2 ? 0 : min(6, 2 + (attempt - 2) / 6)
    }

    private func dateOfBirth(_ source: Value, _ text: String, _ generator: inout SplitMix64) -> Value {
        let day = dayRange.lowerBound + generator.next(below: dayRange.count)
        let date = CivilDate(daysSinceEpoch: day)
        if case .integer = source { return .integer(Int64(day) * 86_400) }
        if let parsed = TemporalText(text) {
            return .text(TemporalText(date: date, timeSuffix: parsed.timeSuffix, separator: parsed.separator).text)
        }
        return .text(TemporalText(date: date).text)
    }

    /// The fewest characters a fake of this kind can have: a column shorter than this cannot hold it. Nil
    /// for kinds that keep the source's shape (they fit wherever the source did).
    package static func minimumLength(of kind: FakeKind, data: FakerData) -> Int? {
        switch kind {
        case .dateOfBirth, .phone, .nationalID, .postcode: return nil
        case .email: return 1 + 1 + data.emailDomains.lengthRange.lowerBound
        case .ipAddress: return "192.0.2.1".count
        case .url: return "https://www.example.com/".count + 1
        case .country, .state: return 2  // their codes
        default: return list(of: kind, in: data)?.lengthRange.lowerBound ?? 1
        }
    }

    /// The most characters a fake of this kind usually has (before fitting), for messages; nil when it
    /// follows the source's length.
    package static func typicalMaximumLength(of kind: FakeKind, data: FakerData) -> Int? {
        if let list = list(of: kind, in: data) { return list.lengthRange.upperBound }
        switch kind {
        case .name, .firstName: return data.femaleFirstNames.lengthRange.upperBound + 1 + data.lastNames.lengthRange.upperBound
        case .email: return 2 * 15 + 3 + data.emailDomains.lengthRange.upperBound + 1
        case .streetAddress: return 6 + data.streetNames.lengthRange.upperBound + 1 + data.streetSuffixes.lengthRange.upperBound
        default: return nil
        }
    }

    private func firstName(_ generator: inout SplitMix64) -> String {
        // The Census lists cover both sexes in roughly equal shares of people.
        generator.next() & 1 == 0
            ? data.femaleFirstNames.draw(using: &generator) : data.maleFirstNames.draw(using: &generator)
    }

    /// A first and a last name drawn as for ``firstName(_:)``, lowercased to `a`–`z` for emails and usernames.
    private func lowercaseNames(_ generator: inout SplitMix64) -> (first: String, last: String) {
        let firstNames = generator.next() & 1 == 0 ? data.femaleFirstNames : data.maleFirstNames
        let first = firstNames.asciiLowercased[firstNames.drawIndex(using: &generator)]
        return (first, data.lastNames.asciiLowercased[data.lastNames.drawIndex(using: &generator)])
    }

    /// An email as (local part, `@domain` and any counter): the local part may be cut to fit, the rest may not.
    /// `digits` > 0 appends a number of that many digits to the local part.
    private func email(_ generator: inout SplitMix64, digits: Int, counter: String) -> (body: String, tail: String) {
        let (first, last) = lowercaseNames(&generator)
        var text = ""
        text.reserveCapacity(first.utf8.count + last.utf8.count + 8)
        switch generator.next(below: 4) {
        case 0: text += first; text += "."; text += last
        case 1: text += first.prefix(1); text += last
        case 2: text += first; text += last; text += String(generator.next(below: 100))
        default: text += first; text += "_"; text += last
        }
        if digits > 0 { text += Self.number(digits: digits, &generator) }
        var tail = counter
        tail += "@"
        tail += data.emailDomains.draw(using: &generator)
        return (text, tail)
    }

    private func username(_ generator: inout SplitMix64, digits: Int) -> String {
        let (first, last) = lowercaseNames(&generator)
        let number = digits > 0 ? Self.number(digits: digits, &generator) : (generator.next(below: 3) == 0 ? String(generator.next(below: 1000)) : "")
        return String(first.prefix(1)) + last + number
    }

    /// A profile-style URL on the reserved `example.com` (RFC 2606): `https://www.example.com/people/mary-smith`.
    private func url(_ generator: inout SplitMix64, digits: Int) -> String {
        let (first, last) = lowercaseNames(&generator)
        let section = ["people", "profile", "u", "team", "about"][generator.next(below: 5)]
        let number = digits > 0 ? "-" + Self.number(digits: digits, &generator) : ""
        return "https://www.example.com/" + section + "/" + first + "-" + last + number
    }

    /// A number of exactly `digits` digits (no leading zero).
    private static func number(digits: Int, _ generator: inout SplitMix64) -> String {
        var low = 1
        for _ in 1..<digits { low *= 10 }
        return String(low + generator.next(below: 9 * low))
    }

    private func streetAddress(_ generator: inout SplitMix64) -> String {
        // House numbers skew small, as on real streets.
        let magnitude = [10, 100, 1000, 10000][generator.next(below: 4)]
        let number = 1 + generator.next(below: magnitude)
        return "\(number) \(data.streetNames.draw(using: &generator)) \(data.streetSuffixes.draw(using: &generator))"
    }

    private func company(_ generator: inout SplitMix64) -> String {
        switch generator.next(below: 3) {
        case 0: return data.lastNames.draw(using: &generator) + " " + data.companySuffixes.draw(using: &generator)
        case 1: return data.lastNames.draw(using: &generator) + " & " + data.lastNames.draw(using: &generator)
        default:
            return data.companyWords.draw(using: &generator) + " " + data.companyWords.draw(using: &generator) + " "
                + data.companySuffixes.draw(using: &generator)
        }
    }

    private func lorem(length: Int, _ generator: inout SplitMix64) -> String {
        var words: [String] = []
        var count = 0
        while count < length {
            let word = data.loremWords.draw(using: &generator)
            words.append(word)
            count += word.count + 1
        }
        guard var first = words.first else { return "" }
        first = first.prefix(1).uppercased() + first.dropFirst()
        words[0] = first
        return words.joined(separator: " ") + "."
    }

    /// An address no real host has: at first from the documentation ranges (RFC 5737, 762 addresses), then,
    /// for a unique column, from the private network 10.0.0.0/8 (RFC 1918, 16 million).
    private func ipAddress(_ generator: inout SplitMix64, attempt: Int) -> String {
        if attempt >= 2 {
            return "10." + String(generator.next(below: 256)) + "." + String(generator.next(below: 256)) + "." + String(1 + generator.next(below: 254))
        }
        let networks = ["192.0.2", "198.51.100", "203.0.113"]
        return networks[generator.next(below: 3)] + "." + String(1 + generator.next(below: 254))
    }

    /// A US-style social security number in valid ranges (no 000, 666 or 9xx area; no 00 group; no 0000
    /// serial), shaped like the source when it has the same number of digits.
    private func nationalID(_ text: String, _ generator: inout SplitMix64) -> String {
        var area = 1 + generator.next(below: 899)
        if area == 666 { area = 667 }
        let group = 1 + generator.next(below: 99)
        let serial = 1 + generator.next(below: 9999)
        let digits = String(format3(area)) + String(format(group, width: 2)) + String(format(serial, width: 4))
        if text.filter(\.isNumber).count == 9 {
            var iterator = digits.makeIterator()
            return String(text.map { $0.isNumber ? (iterator.next() ?? $0) : $0 })
        }
        return format3(area) + "-" + format(group, width: 2) + "-" + format(serial, width: 4)
    }

    private func format3(_ number: Int) -> String { format(number, width: 3) }

    private func format(_ number: Int, width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// The source's shape with fresh digits and letters: `+55 (12) 3923-5555` → `+55 (48) 7710-2039`.
    /// A leading `+` country code is kept, and a leading digit stays non-zero so numbers stay dialable.
    /// Works on UTF-8 bytes: only ASCII digits and letters change, every other byte is copied.
    private func reshaped(_ text: String, keepingCountryCode: Bool, _ generator: inout SplitMix64) -> String {
        let utf8 = text.utf8
        return String(unsafeUninitializedCapacity: utf8.count) { output in
            var inCountryCode = keepingCountryCode && utf8.first == UInt8(ascii: "+")
            var firstDigit = true
            var position = 0
            for byte in utf8 {
                defer { position += 1 }
                let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
                if inCountryCode {
                    output[position] = byte
                    if !isDigit && byte != UInt8(ascii: "+") { inCountryCode = false }
                    continue
                }
                if isDigit {
                    let digit = firstDigit ? 2 + generator.next(below: 8) : generator.next(below: 10)
                    firstDigit = false
                    output[position] = UInt8(ascii: "0") + UInt8(digit)
                } else if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") {
                    output[position] = UInt8(ascii: "A") + UInt8(generator.next(below: 26))
                } else if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") {
                    output[position] = UInt8(ascii: "a") + UInt8(generator.next(below: 26))
                } else {
                    output[position] = byte
                }
            }
            return position
        }
    }
}
