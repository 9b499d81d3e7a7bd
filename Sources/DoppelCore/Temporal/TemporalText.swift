/// A date or timestamp read from text (`2009-01-01`, `2009-01-01 00:00:00`, `2009-01-01T10:30:00.123Z`),
/// remembering how it was written so a rule's output is written the same way.
package struct TemporalText: Sendable, Equatable {
    package var date: CivilDate
    /// Everything after the date (` 00:00:00`, `T10:30:00Z`), kept verbatim.
    package var timeSuffix: Substring
    /// The separator between year, month and day (`-` or `/`).
    package var separator: Character

    /// Parses `YYYY-MM-DD` with an optional time part; nil when the text is not such a date.
    package init?(_ text: String) {
        let utf8 = text.utf8
        guard utf8.count >= 10 else { return nil }
        var year = 0, month = 0, day = 0
        var separator: UInt8 = 0
        var index = utf8.startIndex
        for position in 0..<10 {
            let byte = utf8[index]
            index = utf8.index(after: index)
            switch position {
            case 4, 7:
                guard byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/") else { return nil }
                if position == 4 { separator = byte } else if byte != separator { return nil }
            default:
                guard byte >= 48, byte <= 57 else { return nil }
                let digit = Int(byte - 48)
                if position < 4 { year = year * 10 + digit } else if position < 7 { month = month * 10 + digit } else { day = day * 10 + digit }
            }
        }
        let date = CivilDate(year: year, month: month, day: day)
        guard date.isValid else { return nil }
        self.date = date
        self.separator = Character(Unicode.Scalar(separator))
        self.timeSuffix = text[index...]
    }

    package init(date: CivilDate, timeSuffix: Substring = "", separator: Character = "-") {
        self.date = date
        self.timeSuffix = timeSuffix
        self.separator = separator
    }

    /// The text in the original format, with this date.
    package var text: String {
        let separatorByte = separator.asciiValue ?? UInt8(ascii: "-")
        // Years outside 0...9999 are written in full, with a sign when negative.
        guard (0...9999).contains(date.year) else {
            func pad(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
            return "\(date.year)" + String(separator) + pad(date.month) + String(separator) + pad(date.day) + timeSuffix
        }
        let suffix = timeSuffix.utf8
        let year = date.year, month = date.month, day = date.day
        return String(unsafeUninitializedCapacity: 10 + suffix.count) { output in
            output[0] = UInt8(48 + year / 1000)
            output[1] = UInt8(48 + year / 100 % 10)
            output[2] = UInt8(48 + year / 10 % 10)
            output[3] = UInt8(48 + year % 10)
            output[4] = separatorByte
            output[5] = UInt8(48 + month / 10)
            output[6] = UInt8(48 + month % 10)
            output[7] = separatorByte
            output[8] = UInt8(48 + day / 10)
            output[9] = UInt8(48 + day % 10)
            var position = 10
            for byte in suffix {
                output[position] = byte
                position += 1
            }
            return position
        }
    }
}
