/// A date or timestamp read from text (`2009-01-01`, `2009-01-01 00:00:00`, `2009-01-01T10:30:00.123Z`),
/// remembering how it was written so a rule's output is written the same way.
public struct TemporalText: Sendable, Equatable {
    public var date: CivilDate
    /// Everything after the date (` 00:00:00`, `T10:30:00Z`), kept verbatim.
    public var timeSuffix: Substring
    /// The separator between year, month and day (`-` or `/`).
    public var separator: Character

    /// Parses `YYYY-MM-DD` with an optional time part; nil when the text is not such a date.
    public init?(_ text: String) {
        let utf8 = Array(text.utf8.prefix(10))
        guard utf8.count == 10 else { return nil }
        func digits(_ range: Range<Int>) -> Int? {
            var number = 0
            for index in range {
                let byte = utf8[index]
                guard byte >= 48, byte <= 57 else { return nil }
                number = number * 10 + Int(byte - 48)
            }
            return number
        }
        guard let year = digits(0..<4), let month = digits(5..<7), let day = digits(8..<10),
            utf8[4] == utf8[7], utf8[4] == UInt8(ascii: "-") || utf8[4] == UInt8(ascii: "/")
        else { return nil }
        let date = CivilDate(year: year, month: month, day: day)
        guard date.isValid else { return nil }
        self.date = date
        self.separator = Character(Unicode.Scalar(utf8[4]))
        let suffixStart = text.utf8.index(text.utf8.startIndex, offsetBy: 10)
        self.timeSuffix = text[suffixStart...]
    }

    public init(date: CivilDate, timeSuffix: Substring = "", separator: Character = "-") {
        self.date = date
        self.timeSuffix = timeSuffix
        self.separator = separator
    }

    /// The text in the original format, with this date.
    public var text: String {
        func pad(_ number: Int, _ width: Int) -> String {
            let digits = String(number)
            return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
        }
        return pad(date.year, 4) + String(separator) + pad(date.month, 2) + String(separator) + pad(date.day, 2) + timeSuffix
    }
}
