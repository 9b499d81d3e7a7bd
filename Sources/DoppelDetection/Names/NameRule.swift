package import DoppelPolicy

/// What a word in a column name says about the column.
package enum NameMeaning: Hashable, Sendable {
    /// The column holds personal data of this kind.
    case personal(PIIKind)
    /// The column holds nothing personal (keys, timestamps, amounts, flags).
    case nonPersonal
    /// The word is about personal data without being it: `email_verified`, `phone_type`, `is_…`.
    case modifier
}

/// Where a phrase may appear in a tokenized name.
package enum NamePlacement: Hashable, Sendable {
    /// As one or more whole words anywhere (`home_ip`, `customer email`).
    case words
    /// As whole words, or as the start or end of a compound word (`telefonnummer`, `kundenemail`).
    case compound
    /// Only as the whole name (`last`, `first`).
    case wholeName
    /// Only as the first word (`is_active`, `has_email`).
    case firstWord
}

/// One dictionary entry of the name classifier: spellings that mean the same thing.
package struct NameRule: Sendable {
    /// What a match means.
    package let meaning: NameMeaning
    /// Spellings, lowercase ASCII; spaces mark word boundaries and are ignored when matching, so
    /// `"e mail"` matches `email`, `e_mail` and `eMail`.
    package let phrases: [String]
    /// The spellings as written, with their spaces, for reasons (`last login`).
    package let spellings: [String]
    /// How sure a match alone makes the classifier, 0…1.
    package let confidence: Double
    /// Where the phrases may appear.
    package let placement: NamePlacement
    /// Whether the meaning depends on whose data the table holds (`name`, `title`, `description`):
    /// full confidence for people, less for unknown tables, none for things.
    package let dependsOnTable: Bool

    package init(
        _ meaning: NameMeaning, _ phrases: [String], confidence: Double,
        placement: NamePlacement = .words, dependsOnTable: Bool = false
    ) {
        self.meaning = meaning
        self.phrases = phrases.map { $0.replacingSpaces() }
        spellings = phrases
        self.confidence = confidence
        self.placement = placement
        self.dependsOnTable = dependsOnTable
    }

    /// The best match of this rule in `tokens`, if any.
    package func match(in tokens: NameTokens) -> NameRuleMatch? {
        var best: NameRuleMatch?
        for (phrase, spelling) in zip(phrases, spellings) {
            guard let found = NameRule.find(phrase, in: tokens.words, placement: placement) else { continue }
            if best.map({ phrase.count > $0.phrase.count }) ?? true {
                best = NameRuleMatch(rule: self, phrase: phrase, spelling: spelling, qualifiers: found)
            }
        }
        return best
    }

    /// Finds `phrase` in `words`; returns the words around it (the qualifiers: `customer` in
    /// `customer_name`, `kunden` in `kundenname`), or nil when it is not there.
    private static func find(_ phrase: String, in words: [String], placement: NamePlacement) -> [String]? {
        switch placement {
        case .wholeName:
            return words.joined() == phrase ? [] : nil
        case .firstWord:
            return words.first == phrase ? Array(words.dropFirst()) : nil
        case .words, .compound:
            for start in words.indices {
                var run = ""
                for end in start..<words.count {
                    run += words[end]
                    if run == phrase { return Array(words[..<start]) + Array(words[(end + 1)...]) }
                    if run.count >= phrase.count { break }
                }
            }
            guard placement == .compound else { return nil }
            for (index, word) in words.enumerated() where word.count > phrase.count {
                let others = Array(words[..<index]) + Array(words[(index + 1)...])
                if word.hasPrefix(phrase) { return others + [String(word.dropFirst(phrase.count))] }
                if word.hasSuffix(phrase) { return [String(word.dropLast(phrase.count))] + others }
            }
            return nil
        }
    }
}

/// A rule found in a name: the spelling that matched and the words around it.
package struct NameRuleMatch: Sendable {
    /// The rule that matched.
    package let rule: NameRule
    /// The spelling that matched, without spaces.
    package let phrase: String
    /// The same spelling as the vocabulary writes it, with spaces.
    package let spelling: String
    /// The other words of the name (and the rest of a compound word).
    package let qualifiers: [String]
}

extension String {
    fileprivate func replacingSpaces() -> String {
        filter { $0 != " " }
    }
}
