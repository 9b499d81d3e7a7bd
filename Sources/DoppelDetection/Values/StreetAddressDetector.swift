/// Recognises street addresses: a house number together with a street word, in the orders the
/// languages use.
///
/// - English: number first and a street suffix last (`1600 Amphitheatre Parkway`, `12 Main St. Apt 4`);
///   suffixes are the shipped `street_suffixes.txt` plus their usual abbreviations.
/// - German and Dutch: a compound ending in a street word, then the number (`Hauptstraße 5`,
///   `Bahnhofstr. 12`, `Kerkstraat 12`).
/// - Romance languages: a street word first, then the name, and a number before or after
///   (`12 rue de la Paix`, `Calle Mayor 5`, `Via Roma 10`, `Av. Paulista, 1578`).
///
/// A street word without a house number (`Street Fighter`) or a number without a street word is no address.
struct StreetAddressDetector: Sendable {
    /// English street suffixes and abbreviations, lowercase.
    let suffixes: Set<String>

    /// German and Dutch street words that end a compound (`…strasse`, `…weg`, `…straat`, `…laan`).
    static let compoundEndings = [
        "strasse", "str", "weg", "gasse", "allee", "platz", "damm", "ufer", "chaussee", "pfad", "steig",
        "straat", "laan", "plein", "gracht", "singel", "dijk", "dreef", "markt", "steeg",
    ]

    /// Street words written before the street's name (French, Spanish, Italian, Portuguese, Catalan, Polish).
    static let leadingWords: Set<String> = [
        "rue", "avenue", "av", "ave", "boulevard", "bd", "bld", "chemin", "impasse", "allee", "place", "quai",
        "route", "cours", "calle", "c", "avenida", "avda", "paseo", "plaza", "camino", "carrera", "carretera",
        "ronda", "via", "viale", "piazza", "piazzale", "corso", "vicolo", "largo", "rua", "travessa", "praca",
        "estrada", "alameda", "rodovia", "carrer", "passeig", "ulica", "ul",
    ]

    /// The abbreviations of English street suffixes the shipped list spells out.
    static let suffixAbbreviations: Set<String> = [
        "st", "ave", "av", "rd", "dr", "ln", "ct", "pl", "blvd", "cir", "ter", "pkwy", "trl", "hwy", "sq", "aly",
        "plz", "xing", "close", "crescent", "cres", "grove", "mews", "gardens", "hill", "walk", "view",
    ]

    /// Unit and direction words that may follow an English street suffix.
    private static let trailingWords: Set<String> = [
        "n", "s", "e", "w", "ne", "nw", "se", "sw", "north", "south", "east", "west", "apt", "suite", "ste", "unit",
        "floor", "fl", "bldg", "room", "rm",
    ]

    /// Whether the whole of `text` reads as a street address.
    func isStreetAddress(_ text: Substring) -> Bool {
        guard text.count >= 6, text.count <= 120, text.contains(where: \.isNumber), text.contains(where: \.isLetter) else { return false }
        let segments = text.split(separator: ",", omittingEmptySubsequences: true)
        guard let first = segments.first else { return false }
        let words = Self.words(first) + (segments.count > 1 ? Self.words(segments[1]) : [])
        let firstWords = Self.words(first)
        return englishOrder(firstWords) || compoundOrder(words) || leadingWordOrder(words)
    }

    /// `1600 Amphitheatre Parkway`, `12 Main St Apt 4`.
    private func englishOrder(_ words: [String]) -> Bool {
        guard words.count >= 3, Self.isHouseNumber(words[0]) else { return false }
        var end = words.count
        while end > 2, Self.trailingWords.contains(words[end - 1]) || Self.isHouseNumber(words[end - 1]) || words[end - 1].hasPrefix("#") {
            end -= 1
        }
        let suffix = words[end - 1]
        return suffixes.contains(suffix) || Self.suffixAbbreviations.contains(suffix)
    }

    /// `Hauptstraße 5`, `Theodor-Heuss-Straße 34`, `Kerkstraat 12a`.
    private func compoundOrder(_ words: [String]) -> Bool {
        for (index, word) in words.enumerated() where index + 1 < words.count {
            let isStreet = Self.compoundEndings.contains { ending in
                word.hasSuffix(ending) && (word.count >= ending.count + 3 || word.count == ending.count && ending.count >= 5)
            }
            if isStreet, Self.isHouseNumber(words[index + 1]) { return true }
        }
        return false
    }

    /// `Calle Mayor 5`, `12 rue de la Paix`, `Via Roma, 10`.
    private func leadingWordOrder(_ words: [String]) -> Bool {
        guard words.count >= 3 else { return false }
        let start = Self.isHouseNumber(words[0]) ? 1 : 0
        guard Self.leadingWords.contains(words[start]), start + 1 < words.count, !Self.isHouseNumber(words[start + 1]) else { return false }
        return start == 1 || words[(start + 2)...].contains(where: Self.isHouseNumber)
    }

    /// `12`, `12a`, `12-14`, `9/506`: one to five digits, a letter or a second number after.
    static func isHouseNumber(_ word: String) -> Bool {
        let bytes = Array(word.utf8)
        guard let first = bytes.first, first.isDigit, bytes.count <= 9 else { return false }
        let leading = bytes.prefix(while: \.isDigit)
        guard leading.count <= 5, !(leading.count == 1 && first == UInt8(ascii: "0")) else { return false }
        let rest = bytes.dropFirst(leading.count)
        if rest.isEmpty { return true }
        if rest.count == 1 { return rest.first?.isLetter == true }
        if let separator = rest.first, separator == UInt8(ascii: "-") || separator == UInt8(ascii: "/") {
            return rest.dropFirst().allSatisfy(\.isAlphanumeric) && rest.count <= 5
        }
        return false
    }

    /// Lowercase ASCII-folded words, split at spaces, with periods dropped (`Av.` → `av`, `Str.` → `str`).
    private static func words(_ text: Substring) -> [String] {
        NameTokens.foldedToASCII(String(text)).lowercased()
            .split(whereSeparator: { $0 == " " || $0 == "\t" })
            .map { $0.filter { $0 != "." } }
            .filter { !$0.isEmpty }
    }
}
