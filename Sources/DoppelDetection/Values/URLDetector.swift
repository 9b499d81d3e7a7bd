/// Recognises URLs: with user information (`https://user:secret@host/…`), a strong signal of personal
/// data, or plain (`https://…`, `www.…`), a weak one.
enum URLDetector {
    /// Which URL signal the whole of `bytes` gives, if it is a URL.
    static func signal(_ bytes: ArraySlice<UInt8>) -> ValueSignal? {
        guard bytes.count >= 8, !bytes.contains(where: \.isSpace) else { return nil }
        let text = Array(bytes)
        guard let schemeEnd = findSchemeEnd(text) else {
            if text.count > 4, text[0..<4].map(\.uppercased) == Array("WWW.".utf8), EmailDetector.isDomain(hostPart(text[4...])) {
                return .url
            }
            return nil
        }
        let authorityStart = schemeEnd + 3
        guard authorityStart < text.count else { return nil }
        let rest = text[authorityStart...]
        let authorityEnd = rest.firstIndex { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") } ?? text.count
        let authority = text[authorityStart..<authorityEnd]
        if let at = authority.lastIndex(of: UInt8(ascii: "@")) {
            guard at > authority.startIndex, at + 1 < authorityEnd else { return nil }
            return .urlWithUserInfo
        }
        let host = hostPart(authority)
        guard EmailDetector.isDomain(host) || NetworkAddressDetector.isIPv4(host) || host.elementsEqual("localhost".utf8) else { return nil }
        return .url
    }

    /// The index of `://` after a scheme of letters (then letters, digits, `+`, `-`, `.`), if any.
    private static func findSchemeEnd(_ text: [UInt8]) -> Int? {
        guard let colon = text.firstIndex(of: UInt8(ascii: ":")), colon >= 2, colon + 2 < text.count,
              text[colon + 1] == UInt8(ascii: "/"), text[colon + 2] == UInt8(ascii: "/"), text[0].isLetter,
              text[..<colon].allSatisfy({ $0.isAlphanumeric || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") })
        else { return nil }
        return colon
    }

    /// The host of an authority or of what follows `www.`: up to a port, path, query or fragment.
    private static func hostPart(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        let end = bytes.firstIndex { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") } ?? bytes.endIndex
        return bytes[bytes.startIndex..<end]
    }
}
