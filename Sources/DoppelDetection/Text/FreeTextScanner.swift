/// Finds personal data inside longer text: emails, phones, IBANs, card numbers, formatted national ids,
/// IP addresses, URLs with user info, and person names (a capitalised given name from the shipped list
/// followed by a capitalised word).
///
/// It reports which kinds a text holds, never what or where: callers count texts per kind.
package struct FreeTextScanner: Sendable {
    let classifier: ValueClassifier

    /// A scanner using `classifier`'s word lists for names.
    package init(classifier: ValueClassifier) {
        self.classifier = classifier
    }

    /// How much of a text is scanned: the start of a long document says whether it holds personal data.
    static let scannedCharacters = 20_000

    /// The longest run of words tried as one number (`+49 30 1234 5678`, `DE89 3704 0044 0532 0130 00`).
    private static let longestRun = 9

    /// The kinds of personal data found in `text`: a subset of ``ValueSignal/email``, ``ValueSignal/phone``,
    /// ``ValueSignal/iban``, ``ValueSignal/paymentCard``, ``ValueSignal/nationalID``,
    /// ``ValueSignal/ipAddress``, ``ValueSignal/urlWithUserInfo`` and ``ValueSignal/fullName``.
    package func scan(_ text: String) -> Set<ValueSignal> {
        let words = text.prefix(Self.scannedCharacters).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" })
        var found: Set<ValueSignal> = []
        var index = 0
        while index < words.count {
            let word = Self.strippingPunctuation(words[index])
            let bytes = Array(word.utf8)[...]
            if bytes.contains(UInt8(ascii: "@")) {
                if EmailDetector.isEmail(bytes) { found.insert(.email) }
                if URLDetector.signal(bytes) == .urlWithUserInfo { found.insert(.urlWithUserInfo) }
            } else if NetworkAddressDetector.isIPv4(bytes) || (bytes.contains(UInt8(ascii: ":")) && NetworkAddressDetector.isIPv6(bytes) && bytes.count > 6) {
                found.insert(.ipAddress)
            } else if NationalIDDetector.isFormattedSSN(bytes) || NationalIDDetector.isUKNationalInsurance(bytes) || NationalIDDetector.isSpanishID(bytes) {
                found.insert(.nationalID)
            } else if let consumed = numberRun(words, from: index, into: &found) {
                index += consumed
                continue
            } else if isPersonName(words, at: index) {
                found.insert(.fullName)
            }
            index += 1
        }
        return found
    }

    /// Tries the longest run of number-like words from `start` as an IBAN, a card or a phone; returns how
    /// many words it used, or nil.
    private func numberRun(_ words: [Substring], from start: Int, into found: inout Set<ValueSignal>) -> Int? {
        let first = Array(Self.strippingPunctuation(words[start]).utf8)
        guard let lead = first.first, lead.isDigit || lead == UInt8(ascii: "+") || lead == UInt8(ascii: "(") || (lead.isUpper && first.count >= 4) else { return nil }
        var run: [String] = []
        for word in words[start...].prefix(Self.longestRun) {
            let stripped = Self.strippingPunctuation(word)
            guard stripped.utf8.allSatisfy({ $0.isAlphanumeric || " -./()+".utf8.contains($0) }), stripped.utf8.contains(where: \.isDigit) else { break }
            run.append(stripped)
        }
        guard !run.isEmpty else { return nil }
        for length in stride(from: run.count, through: 1, by: -1) {
            let candidate = Array(run[0..<length].joined(separator: " ").utf8)[...]
            if BankNumberDetector.isIBAN(candidate) {
                found.insert(.iban)
                return length
            }
            if BankNumberDetector.isPaymentCard(candidate) {
                found.insert(.paymentCard)
                return length
            }
            if PhoneDetector.isPhone(candidate) {
                found.insert(.phone)
                return length
            }
        }
        return nil
    }

    /// Short words written capitalised in titles (`Alice In Chains`), never read as part of a name even
    /// where the lists hold them (`In` is a given name too).
    private static let titleWords: Set<String> = [
        "in", "on", "at", "of", "and", "the", "to", "for", "by", "with", "from", "is", "was", "are", "a", "an", "or",
        "but", "not", "my", "your", "his", "her", "our", "their", "de", "la", "le", "les", "el", "los", "las", "der",
        "die", "das", "und", "et", "y", "e", "da", "do", "del", "di",
    ]

    /// A capitalised given name from the list followed by a capitalised word (`… met Ada Lovelace …`);
    /// at the start of a sentence the second word must also be a family name from the list.
    private func isPersonName(_ words: [Substring], at index: Int) -> Bool {
        guard index + 1 < words.count else { return false }
        let given = Self.strippingPunctuation(words[index])
        let family = Self.strippingPunctuation(words[index + 1])
        guard Self.isCapitalised(given), Self.isCapitalised(family), given.count >= 2, family.count >= 2,
              words[index].last.map({ !",.;:!?".contains($0) }) ?? true, !Self.titleWords.contains(family.lowercased()), !Self.titleWords.contains(given.lowercased()),
              classifier.gazetteer.firstNames.contains(Gazetteer.key(given))
        else { return false }
        let sentenceStart = index == 0 || words[index - 1].last.map { ".!?:\n".contains($0) } ?? false
        return !sentenceStart || classifier.gazetteer.lastNames.contains(Gazetteer.key(family))
    }

    /// An upper-case letter followed by lower-case letters (`Ada`, `O'Brien`, `Müller`).
    private static func isCapitalised(_ word: String) -> Bool {
        guard let first = word.first, first.isUppercase, word.count >= 2 else { return false }
        return word.dropFirst().allSatisfy { $0.isLowercase || $0 == "'" || $0 == "-" || $0.isUppercase && $0 != word.last }
            && word.dropFirst().contains(where: \.isLowercase)
    }

    /// The word without punctuation around it (`(ada@example.com),` → `ada@example.com`).
    static func strippingPunctuation(_ word: Substring) -> String {
        let edges: Set<Character> = [",", ";", ":", "!", "?", "\"", "'", "<", ">", "[", "]", "{", "}", "(", ")", "."]
        var start = word.startIndex
        var end = word.endIndex
        while start < end, edges.contains(word[start]) {
            let next = word.index(after: start)
            // `(212) 555-0187`: a parenthesis before digits belongs to the number.
            if word[start] == "(", next < end, word[next].isNumber { break }
            start = next
        }
        while end > start, edges.contains(word[word.index(before: end)]) { end = word.index(before: end) }
        return String(word[start..<end])
    }
}
