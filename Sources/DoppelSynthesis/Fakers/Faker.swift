import DoppelCore

/// Makes one realistic fake value from a generator seeded by (secret, seed, source value).
///
/// Where the source value has a visible format (phones, postcodes, dates), the fake keeps it: the
/// same separators and length, fresh digits and letters.
public struct Faker: Sendable {
    public let kind: FakeKind
    private let data: FakerData
    /// Earliest and latest day (days since 1970) for date fakes.
    private let dayRange: ClosedRange<Int>

    public init(kind: FakeKind, data: FakerData, dayRange: ClosedRange<Int>? = nil) {
        self.kind = kind
        self.data = data
        // Without a range from the column, dates of birth fall between 1940 and 2006.
        self.dayRange = dayRange ?? (CivilDate(year: 1940, month: 1, day: 1).daysSinceEpoch...CivilDate(year: 2006, month: 12, day: 31).daysSinceEpoch)
    }

    /// A fake for `source`, drawn from `generator`. `uniqueTag`, when given, is woven in so distinct
    /// sources give distinct fakes.
    public func fake(for source: Value, using generator: inout SplitMix64, uniqueTag: String? = nil) -> Value {
        let text = source.textRepresentation ?? ""
        switch kind {
        case .name:
            return .text(tagged(firstName(&generator) + " " + data.lastNames.draw(using: &generator), uniqueTag, separator: " "))
        case .firstName:
            return .text(tagged(firstName(&generator), uniqueTag, separator: " "))
        case .lastName:
            return .text(tagged(data.lastNames.draw(using: &generator), uniqueTag, separator: "-"))
        case .email:
            return .text(email(&generator, uniqueTag: uniqueTag))
        case .username:
            return .text(username(&generator, uniqueTag: uniqueTag))
        case .phone:
            return .text(tagged(reshaped(text.isEmpty ? "(555) 555-5555" : text, keepingCountryCode: true, &generator), uniqueTag, separator: " x"))
        case .postcode:
            return .text(tagged(reshaped(text.isEmpty ? "00000" : text, keepingCountryCode: false, &generator), uniqueTag, separator: "-"))
        case .nationalID:
            return .text(tagged(nationalID(text, &generator), uniqueTag, separator: "-"))
        case .streetAddress:
            return .text(tagged(streetAddress(&generator), uniqueTag, separator: " Unit "))
        case .city:
            return .text(tagged(data.cities.draw(using: &generator), uniqueTag, separator: " "))
        case .state:
            return .text(tagged(data.states.draw(using: &generator), uniqueTag, separator: " "))
        case .company:
            return .text(tagged(company(&generator), uniqueTag, separator: " "))
        case .lorem:
            return .text(tagged(lorem(length: max(text.count, 12), &generator), uniqueTag, separator: " "))
        case .ipAddress:
            return .text(ipAddress(&generator, uniqueTag: uniqueTag))
        case .url:
            let path = data.loremWords.draw(using: &generator) + "/" + data.loremWords.draw(using: &generator)
            return .text("https://www.example.com/" + path + (uniqueTag.map { "-" + $0 } ?? ""))
        case .dateOfBirth:
            let day = dayRange.lowerBound + generator.next(below: dayRange.count)
            let date = CivilDate(daysSinceEpoch: day)
            if case .integer = source { return .integer(Int64(day) * 86_400) }
            if let parsed = TemporalText(text) {
                return .text(TemporalText(date: date, timeSuffix: parsed.timeSuffix, separator: parsed.separator).text)
            }
            return .text(TemporalText(date: date).text)
        }
    }

    private func firstName(_ generator: inout SplitMix64) -> String {
        // The Census lists cover both sexes in roughly equal shares of people.
        generator.next() & 1 == 0
            ? data.femaleFirstNames.draw(using: &generator) : data.maleFirstNames.draw(using: &generator)
    }

    private func tagged(_ text: String, _ tag: String?, separator: String) -> String {
        guard let tag else { return text }
        return text + separator + tag
    }

    /// A first and a last name drawn as for ``firstName(_:)``, lowercased to `a`–`z` for emails and usernames.
    private func lowercaseNames(_ generator: inout SplitMix64) -> (first: String, last: String) {
        let firstNames = generator.next() & 1 == 0 ? data.femaleFirstNames : data.maleFirstNames
        let first = firstNames.asciiLowercased[firstNames.drawIndex(using: &generator)]
        return (first, data.lastNames.asciiLowercased[data.lastNames.drawIndex(using: &generator)])
    }

    private func email(_ generator: inout SplitMix64, uniqueTag: String?) -> String {
        let (first, last) = lowercaseNames(&generator)
        var text = ""
        text.reserveCapacity(first.utf8.count + last.utf8.count + 40)
        switch generator.next(below: 4) {
        case 0: text += first; text += "."; text += last
        case 1: text += first.prefix(1); text += last
        case 2: text += first; text += last; text += String(generator.next(below: 100))
        default: text += first; text += "_"; text += last
        }
        if let uniqueTag { text += "."; text += uniqueTag }
        text += "@"
        text += data.emailDomains.draw(using: &generator)
        return text
    }

    private func username(_ generator: inout SplitMix64, uniqueTag: String?) -> String {
        let (first, last) = lowercaseNames(&generator)
        let base = String(first.prefix(1)) + last + (generator.next(below: 3) == 0 ? String(generator.next(below: 1000)) : "")
        return base + (uniqueTag.map { "_" + $0 } ?? "")
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

    private func ipAddress(_ generator: inout SplitMix64, uniqueTag: String?) -> String {
        // Documentation ranges (RFC 5737): never a real host.
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
