/// Dates and times as seconds since 1970 (UTC wall clock), and back to text in a column's format.
package enum TemporalValue {
    /// Seconds since 1970-01-01 00:00:00 of `text` (`2009-01-01`, `2009-01-01 10:30:00.5+00`), with its format.
    package static func parse(_ text: String) -> (seconds: Double, format: TemporalFormat)? {
        guard let parsed = TemporalText(text) else { return nil }
        var seconds = Double(parsed.date.daysSinceEpoch) * 86_400
        let suffix = Array(parsed.timeSuffix.utf8)
        guard !suffix.isEmpty else { return (seconds, TemporalFormat(hasTime: false)) }
        guard suffix.count >= 9, suffix[0] == UInt8(ascii: " ") || suffix[0] == UInt8(ascii: "T"),
            let hours = number(suffix, 1, 2), suffix[3] == UInt8(ascii: ":"), let minutes = number(suffix, 4, 2),
            suffix[6] == UInt8(ascii: ":"), let wholeSeconds = number(suffix, 7, 2)
        else { return nil }
        seconds += Double(hours * 3600 + minutes * 60 + wholeSeconds)
        var position = 9
        var fractionDigits = 0
        if position < suffix.count, suffix[position] == UInt8(ascii: ".") {
            position += 1
            var fraction = 0.0, scale = 0.1
            while position < suffix.count, suffix[position] >= 48, suffix[position] <= 57 {
                fraction += Double(suffix[position] - 48) * scale
                scale /= 10
                fractionDigits += 1
                position += 1
            }
            seconds += fraction
        }
        let zone = String(decoding: suffix[position...], as: UTF8.self)
        return (seconds, TemporalFormat(hasTime: true, timeSeparator: String(UnicodeScalar(suffix[0])), fractionDigits: fractionDigits, zone: zone))
    }

    /// A value as a number: numbers as they are, dates and times as seconds since 1970, numeric text parsed.
    package static func number(_ value: Value) -> Double? {
        switch value {
        case .integer(let integer): return Double(integer)
        case .real(let real): return real
        case .text(let text): return parse(text)?.seconds ?? Double(text)
        default: return nil
        }
    }

    /// `seconds` written in `format`.
    package static func text(_ seconds: Double, format: TemporalFormat) -> String {
        let whole = seconds.rounded(.down)
        var days = Int((whole / 86_400).rounded(.down))
        var secondOfDay = Int(whole - Double(days) * 86_400)
        if secondOfDay < 0 { secondOfDay += 86_400; days -= 1 }
        let date = TemporalText(date: CivilDate(daysSinceEpoch: days)).text
        guard format.hasTime else { return date }
        func pad(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
        var text = date + format.timeSeparator + pad(secondOfDay / 3600) + ":" + pad(secondOfDay / 60 % 60) + ":" + pad(secondOfDay % 60)
        if format.fractionDigits > 0 {
            var fraction = Int(((seconds - whole) * pow10(format.fractionDigits)).rounded(.down))
            var digits = ""
            for _ in 0..<format.fractionDigits {
                digits = String(fraction % 10) + digits
                fraction /= 10
            }
            text += "." + digits
        }
        return text + format.zone
    }

    private static func pow10(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<exponent { result *= 10 }
        return result
    }

    private static func number(_ bytes: [UInt8], _ start: Int, _ count: Int) -> Int? {
        var result = 0
        for index in start..<(start + count) {
            let byte = bytes[index]
            guard byte >= 48, byte <= 57 else { return nil }
            result = result * 10 + Int(byte - 48)
        }
        return result
    }
}
