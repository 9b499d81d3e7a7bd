package import DoppelCore

extension FakeKind {
    /// Whether two values of this kind are the same value written differently, by a hash of the form the
    /// comparison reads: emails, usernames and URLs ignore ASCII case; phones, national IDs and postcodes
    /// keep only their ASCII letters and digits, upper-cased (`+1 (555) 010-0000` is `15550100000`); street
    /// addresses ignore case and runs of spaces. Reads UTF-8 bytes into a stack buffer: no allocation per value.
    package func comparisonHash(of text: String, with hasher: SipHash) -> UInt64 {
        var text = text
        return text.withUTF8 { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { buffer in
                var count = 0
                var lastWasSpace = false
                for byte in bytes {
                    let isUpper = byte >= 0x41 && byte <= 0x5A
                    let isLower = byte >= 0x61 && byte <= 0x7A
                    let isDigit = byte >= 0x30 && byte <= 0x39
                    switch self {
                    case .phone, .nationalID, .postcode:
                        guard isUpper || isLower || isDigit else { continue }
                        buffer[count] = isLower ? byte - 0x20 : byte
                    case .streetAddress:
                        let isSpace = byte == 0x20 || byte == 0x09
                        if isSpace && (lastWasSpace || count == 0) { continue }
                        lastWasSpace = isSpace
                        buffer[count] = isSpace ? 0x20 : (isUpper ? byte + 0x20 : byte)
                    case .email, .username, .url:
                        buffer[count] = isUpper ? byte + 0x20 : byte
                    default:
                        buffer[count] = byte
                    }
                    count += 1
                }
                if self == .streetAddress && count > 0 && buffer[count - 1] == 0x20 { count -= 1 }
                return hasher.hash(UnsafeRawBufferPointer(rebasing: UnsafeMutableRawBufferPointer(buffer)[0..<count]))
            }
        }
    }
}
