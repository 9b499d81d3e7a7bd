/// Numbers as strings of numerals in a radix, most significant first, in 64 bits: FF1's `NUM` and `STR`,
/// shared by the keyed permutations that work on digits and letters.
enum NumeralString {
    /// `base^exponent`, wrapping past 2^64 (callers stay below it).
    static func power(_ base: UInt64, _ exponent: Int) -> UInt64 {
        var result: UInt64 = 1
        for _ in 0..<exponent { result &*= base }
        return result
    }

    /// The number `numerals` spell in `radix`.
    static func value<Numerals: Collection<UInt16>>(of numerals: Numerals, radix: UInt64) -> UInt64 {
        numerals.reduce(0) { $0 &* radix &+ UInt64($1) }
    }

    /// Spells `value` in `radix` into `output[range]`, padded with leading zeros.
    static func write(_ value: UInt64, radix: UInt64, into output: inout [UInt16], at range: Range<Int>) {
        var rest = value
        for index in range.reversed() {
            output[index] = UInt16(rest % radix)
            rest /= radix
        }
    }

    /// `value` spelled in `count` numerals of `radix`, padded with leading zeros.
    static func numerals(of value: UInt64, radix: UInt64, count: Int) -> [UInt16] {
        var output = [UInt16](repeating: 0, count: count)
        write(value, radix: radix, into: &output, at: 0..<count)
        return output
    }
}
