/// Recognises email addresses: a local part, one `@`, and a domain of at least two labels whose last
/// label (the top-level domain) is letters only.
enum EmailDetector {
    private static let localSymbols = Set("!#$%&'*+/=?^_`{|}~.-".utf8)

    /// Whether the whole of `bytes` is one email address.
    static func isEmail(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard bytes.count >= 6, bytes.count <= 254,
              let at = bytes.firstIndex(of: UInt8(ascii: "@")),
              bytes[(at + 1)...].firstIndex(of: UInt8(ascii: "@")) == nil
        else { return false }
        return isLocalPart(bytes[..<at]) && isDomain(bytes[(at + 1)...])
    }

    /// Whether `bytes` can be the part before the `@`.
    static func isLocalPart(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard !bytes.isEmpty, bytes.count <= 64,
              bytes.first != UInt8(ascii: "."), bytes.last != UInt8(ascii: ".")
        else { return false }
        var previousDot = false
        for byte in bytes {
            let isDot = byte == UInt8(ascii: ".")
            if isDot && previousDot { return false }
            previousDot = isDot
            guard byte.isAlphanumeric || localSymbols.contains(byte) || byte >= 0x80 else { return false }
        }
        return true
    }

    /// Whether `bytes` is a domain name with a letters-only top-level domain.
    static func isDomain(_ bytes: ArraySlice<UInt8>) -> Bool {
        let labels = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard labels.count >= 2, let top = labels.last, top.count >= 2 else { return false }
        for label in labels {
            guard !label.isEmpty, label.count <= 63,
                  label.first != UInt8(ascii: "-"), label.last != UInt8(ascii: "-"),
                  label.allSatisfy({ $0.isAlphanumeric || $0 == UInt8(ascii: "-") || $0 >= 0x80 })
            else { return false }
        }
        return top.allSatisfy { $0.isLetter || $0 >= 0x80 } || top.starts(with: "xn--".utf8)
    }
}
