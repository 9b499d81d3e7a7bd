import DoppelCore

/// Reads calendar dates from text: ISO (`1962-02-18`, with a time after it), European day first
/// (`18.02.1962`, `18/02/1962`) and US month first (`02/18/1962`) where the day is over 12.
///
/// A date alone says nothing personal: whether it is a birth date depends on the column's name and on
/// how the sample's dates spread (``BirthDateDistribution``).
enum DateDetector {
    /// The date the whole of `text` holds, if it is one.
    static func date(_ text: String) -> CivilDate? {
        if let iso = TemporalText(text) {
            let suffix = iso.timeSuffix
            guard suffix.isEmpty || suffix.first == " " || suffix.first == "T" else { return nil }
            return iso.date
        }
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[2] == bytes[5], bytes[2] == UInt8(ascii: ".") || bytes[2] == UInt8(ascii: "/") || bytes[2] == UInt8(ascii: "-"),
              bytes[0..<2].isAllDigits, bytes[3..<5].isAllDigits, bytes[6..<10].isAllDigits
        else { return nil }
        let first = bytes[0..<2].digits.reduce(0) { $0 * 10 + $1 }
        let second = bytes[3..<5].digits.reduce(0) { $0 * 10 + $1 }
        let year = bytes[6..<10].digits.reduce(0) { $0 * 10 + $1 }
        let dayFirst = CivilDate(year: year, month: second, day: first)
        if dayFirst.isValid { return dayFirst }
        let monthFirst = CivilDate(year: year, month: first, day: second)
        return monthFirst.isValid ? monthFirst : nil
    }
}
