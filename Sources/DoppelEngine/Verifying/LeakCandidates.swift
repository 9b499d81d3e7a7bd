import Foundation

/// The pieces of a clone's text that could hold a source value: the text itself, its words (split at
/// whitespace, quotes and the punctuation of JSON and arrays), each in the normal form the comparison uses,
/// and the digits of every run of phone-like characters (`+1 (555) 010-0000` inside a sentence).
enum LeakCandidates {
    /// The normal form of a value for comparison: trimmed and lowercased; for phones, its digits alone.
    static func normalized(_ text: String, digitsOnly: Bool) -> String? {
        if digitsOnly {
            let digits = String(text.unicodeScalars.filter { $0.value >= 48 && $0.value <= 57 }.map(Character.init))
            return digits.count >= 7 ? digits : nil
        }
        let trimmed = text.trimmingCharacters(in: trailing).lowercased()
        return trimmed.count >= 4 ? trimmed : nil
    }

    /// Calls `body` with each candidate of `text` (duplicates possible): the whole text, its words, and
    /// digit runs, normalized.
    static func forEach(in text: String, _ body: (String) -> Void) {
        if let whole = normalized(text, digitsOnly: false) { body(whole) }
        var word = ""
        var phoneRun = ""
        func flushWord() {
            if let normal = normalized(word, digitsOnly: false) { body(normal) }
            word = ""
        }
        func flushRun() {
            if let digits = normalized(phoneRun, digitsOnly: true) { body("#" + digits) }
            phoneRun = ""
        }
        for character in text {
            if wordSeparators.contains(character) || character.isWhitespace {
                flushWord()
            } else {
                word.append(character)
            }
            if character.isASCII && (character.isNumber || phoneCharacters.contains(character)) {
                phoneRun.append(character)
            } else {
                flushRun()
            }
        }
        flushWord()
        flushRun()
    }

    /// What a word may end or start with that is not part of the value (`mail me at a@b.org.`).
    static let trailing = CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: ".:!?"))

    static let wordSeparators: Set<Character> = ["\"", "'", ",", ";", "{", "}", "[", "]", "(", ")", "<", ">", "|", "\\"]
    static let phoneCharacters: Set<Character> = ["+", "(", ")", "-", ".", " ", "/"]
}
