/// Recognises IPv4 and IPv6 addresses (an optional `/prefix` allowed) and MAC addresses.
enum NetworkAddressDetector {
    /// Whether the whole of `bytes` is an IPv4 or IPv6 address.
    static func isIPAddress(_ bytes: ArraySlice<UInt8>) -> Bool {
        var address = bytes
        if let slash = bytes.firstIndex(of: UInt8(ascii: "/")) {
            let prefix = bytes[(slash + 1)...]
            guard prefix.isAllDigits, prefix.count <= 3 else { return false }
            address = bytes[..<slash]
        }
        return isIPv4(address) || isIPv6(address)
    }

    /// Four decimal octets 0–255 without leading zeros.
    static func isIPv4(_ bytes: ArraySlice<UInt8>) -> Bool {
        let parts = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard parts.count == 4 else { return false }
        return parts.allSatisfy { part in
            guard part.isAllDigits, part.count <= 3, part.count == 1 || part.first != UInt8(ascii: "0") else { return false }
            return part.digits.reduce(0) { $0 * 10 + $1 } <= 255
        }
    }

    /// Eight groups of up to four hex digits, `::` standing for one or more zero groups, an IPv4 tail
    /// allowed, and a `%zone` suffix.
    static func isIPv6(_ bytes: ArraySlice<UInt8>) -> Bool {
        var address = bytes
        if let percent = bytes.firstIndex(of: UInt8(ascii: "%")) { address = bytes[..<percent] }
        guard address.count >= 2, address.count <= 45, address.contains(UInt8(ascii: ":")) else { return false }
        let text = Array(address)
        var groups = 0
        var compressed = false
        var index = 0
        if text.starts(with: [UInt8(ascii: ":"), UInt8(ascii: ":")]) {
            compressed = true
            index = 2
            if index == text.count { return true }
        } else if text[0] == UInt8(ascii: ":") {
            return false
        }
        while index < text.count {
            var end = index
            while end < text.count, text[end] != UInt8(ascii: ":") { end += 1 }
            let group = text[index..<end]
            if end == text.count, group.contains(UInt8(ascii: ".")) {
                guard isIPv4(group) else { return false }
                groups += 2
                break
            }
            guard (1...4).contains(group.count), group.allSatisfy(\.isHexDigit) else { return false }
            groups += 1
            if end == text.count { break }
            if end + 1 < text.count, text[end + 1] == UInt8(ascii: ":") {
                guard !compressed else { return false }
                compressed = true
                index = end + 2
                if index == text.count { break }
            } else {
                index = end + 1
                guard index < text.count else { return false }
            }
        }
        return compressed ? groups < 8 : groups == 8
    }

    /// Six pairs of hex digits separated by `:` or `-` (one kind), or three groups of four separated by `.`.
    static func isMACAddress(_ bytes: ArraySlice<UInt8>) -> Bool {
        let text = Array(bytes)
        if text.count == 17 {
            let separator = text[2]
            guard separator == UInt8(ascii: ":") || separator == UInt8(ascii: "-") else { return false }
            for (index, byte) in text.enumerated() {
                if index % 3 == 2 {
                    guard byte == separator else { return false }
                } else {
                    guard byte.isHexDigit else { return false }
                }
            }
            return true
        }
        if text.count == 14 {
            for (index, byte) in text.enumerated() {
                if index % 5 == 4 {
                    guard byte == UInt8(ascii: ".") else { return false }
                } else {
                    guard byte.isHexDigit else { return false }
                }
            }
            return true
        }
        return false
    }
}
