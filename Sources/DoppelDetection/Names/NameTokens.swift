import Foundation

/// A column, table or JSON key name split into lowercase ASCII words: `"E-Mail"`, `eMail`, `e_mail` and
/// `E MAIL` all give `["e", "mail"]`; `Straße` gives `["strasse"]`, `Prénom` gives `["prenom"]`.
///
/// Splits at anything that is not a letter or digit, at camelCase humps (`firstName`, `HTTPServer`) and
/// between letters and digits (`address2`); a schema qualifier (`public.users`) is dropped; a few
/// unambiguous abbreviations are read as their word (``abbreviations``).
package struct NameTokens: Hashable, Sendable {
    /// The words, lowercase ASCII, in order.
    package let words: [String]

    /// Splits `name`, quoted or not.
    package init(_ name: String) {
        let unquoted = name.filter { !"\"`[]'".contains($0) }
        let lastPart = unquoted.split(separator: ".", omittingEmptySubsequences: true).last.map(String.init) ?? ""
        words = NameTokens.split(NameTokens.foldedToASCII(lastPart)).map { NameTokens.abbreviations[$0] ?? $0 }
    }

    /// Abbreviations that stand for one word only, as mainframe copybooks and terse schemas write them
    /// (`CUST_NM`, `DRVR_LIC_NBR`, `EMPLR_NM`): read as the word, so the vocabularies need no second spelling.
    static let abbreviations: [String: String] = [
        "nm": "name", "nbr": "number", "emplr": "employer", "drvr": "driver", "lic": "license", "sfx": "suffix",
        "ownr": "owner", "cntry": "country", "ctry": "country", "bene": "beneficiary", "clmt": "claimant",
        "insd": "insured", "agt": "agent", "ttl": "title", "cd": "code", "brth": "birth", "eml": "email", "init": "initial",
    ]

    /// Words as given (already lowercase ASCII), for tests and vocabularies.
    package init(words: [String]) {
        self.words = words
    }

    /// The words run together: `["e", "mail"]` → `email`.
    package var joined: String { words.joined() }

    /// Replaces letters with diacritics by their base letter and spells out ligatures (`ß` → `ss`),
    /// keeping case so camelCase humps survive.
    static func foldedToASCII(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        var spelled = ""
        for character in text {
            switch character {
            case "ß": spelled += "ss"
            case "æ": spelled += "ae"
            case "Æ": spelled += "Ae"
            case "œ": spelled += "oe"
            case "Œ": spelled += "Oe"
            case "ø": spelled += "o"
            case "Ø": spelled += "O"
            case "ł": spelled += "l"
            case "Ł": spelled += "L"
            default: spelled.append(character)
            }
        }
        let scalars = spelled.decomposedStringWithCanonicalMapping.unicodeScalars.filter { scalar in
            !(0x0300...0x036F).contains(scalar.value)
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// Splits ASCII-folded text into lowercase words.
    private static func split(_ text: String) -> [String] {
        enum Class { case lower, upper, digit, other }
        func classify(_ scalar: Unicode.Scalar) -> Class {
            switch scalar.value {
            case 0x61...0x7A: return .lower
            case 0x41...0x5A: return .upper
            case 0x30...0x39: return .digit
            default: return scalar.properties.isAlphabetic ? .lower : .other
            }
        }
        let scalars = Array(text.unicodeScalars)
        var words: [String] = []
        var current = String.UnicodeScalarView()
        func finish() {
            if !current.isEmpty { words.append(String(current).lowercased()) }
            current = String.UnicodeScalarView()
        }
        for index in scalars.indices {
            let scalar = scalars[index]
            let kind = classify(scalar)
            if kind == .other {
                finish()
                continue
            }
            if let previousScalar = current.last {
                let previous = classify(previousScalar)
                let next = index + 1 < scalars.count ? classify(scalars[index + 1]) : .other
                let hump = previous == .lower && kind == .upper
                let acronymEnd = previous == .upper && kind == .upper && next == .lower
                let digitBoundary = (previous == .digit) != (kind == .digit)
                if hump || acronymEnd || digitBoundary { finish() }
            }
            current.append(scalar)
        }
        finish()
        return words
    }
}
