package import DoppelCore
/// Why a format-preserving cipher or keyed permutation cannot be built or applied.
///
/// Messages name the numbers involved and what to change; they never contain the value being encrypted.
package enum FormatPreservingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The key is not an AES key (FF1 takes 128, 192 or 256 bits; the small-domain permutation at least 128).
    case invalidKeySize(bitCount: Int)
    /// The radix is outside 2...65536.
    case radixOutOfRange(radix: Int)
    /// `radix^length` is below one million, the smallest domain NIST SP 800-38G Rev. 1 allows FF1 on.
    case domainTooSmall(radix: Int, length: Int)
    /// `radix^length` does not fit the 128-bit arithmetic of a single FF1 call.
    case lengthTooLong(radix: Int, length: Int, maximum: Int)
    /// A numeral is not below the radix.
    case numeralOutOfRange(numeral: Int, index: Int, radix: Int)
    /// The tweak is longer than FF1's 32-bit length field can describe.
    case tweakTooLong(byteCount: Int)
    /// A permutation needs at least one element to permute.
    case emptyDomain

    package var description: String {
        switch self {
        case .invalidKeySize(let bits):
            return "the format-preserving key has \(bits) bits; it needs 128, 192 or 256 (derive it with HKDF from the run secret)"
        case .radixOutOfRange(let radix):
            return "radix \(radix) cannot be used for format-preserving encryption; it must be in 2...65536"
        case .domainTooSmall(let radix, let length):
            return "FF1 needs at least 1,000,000 possible values, but \(length) numerals in radix \(radix) give fewer; use at least \(FF1.minimumLength(radix: radix)) numerals, or SmallDomainPermutation for this field"
        case .lengthTooLong(let radix, let length, let maximum):
            return "FF1 in radix \(radix) takes at most \(maximum) numerals per call, got \(length); use encryptLong/decryptLong, which split longer values into chunks"
        case .numeralOutOfRange(let numeral, let index, let radix):
            return "numeral \(numeral) at position \(index) is not below the radix \(radix); map characters outside the alphabet before encrypting"
        case .tweakTooLong(let count):
            return "the FF1 tweak has \(count) bytes; it must have fewer than 2^32 (hash long context into a short tweak)"
        case .emptyDomain:
            return "a keyed permutation needs a domain of at least one value; domainSize was 0"
        }
    }
}


extension FormatPreservingError: DoppelError {
    package var exitStatus: ExitStatus { .runFailed }
}
