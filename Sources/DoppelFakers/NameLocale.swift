/// Which locale's names a row's locale value picks (``LocaleNameFaker``): a code of ``codes``, or nil for the
/// US Census lists (US and English-speaking rows elsewhere, and whatever is not recognised, NULL included).
///
/// A value is read, trimmed and in any case, as
/// - a locale tag, `_` or `-` separated, an encoding or modifier dropped (`de_DE`, `de-AT`, `pt_BR.UTF-8`,
///   `sr-Latn-RS`): the exact locale if it has names; else its country's locale when that speaks the tag's
///   language (`de_AT`, `es_MX`, `en_UK`); else its language's (`fr_CA` → `fr_FR`, `sv_FI` → `sv_SE`, `en_AU` →
///   nil); a language without names goes by the country (`ca_ES` → `es_ES`, `ga_IE` → `en_IE`);
/// - two letters: an ISO 639-1 language (`de`, `pl`, `sv` Swedish, `nb`) or an ISO 3166-1 alpha-2 country (`DE`,
///   `AT`, `SV` El Salvador); in capitals the country comes first, otherwise the language;
/// - an ISO 3166-1 alpha-3 code of a country below (`DEU`, `POL`), a language's name in English or in itself
///   (`German`, `Deutsch`, `polski`) or a country's (`Polska`, `Österreich`), accents ignored; any other country
///   name or code through ``PlaceAtlas/country(named:)`` (`Germany`, `Holland`, `UK`).
///
/// Countries: DE AT CH LI LU → de_DE; FR MC → fr_FR; NL BE SR → nl_NL; ES and Spanish-speaking America → es_ES;
/// IT SM VA → it_IT; BR → pt_BR; PT AO MZ CV GW ST → pt_PT; PL → pl_PL; SE AX → sv_SE; DK FO GL → da_DK; NO SJ →
/// no_NO; FI → fi_FI; CZ SK → cs_CZ; TR → tr_TR; GB UK IM JE GG → en_GB; IE → en_IE; IN → en_IN; every other
/// (US, CA, AU, JP…) → nil. Languages: de, fr, es, it, pt (→ pt_PT), nl, pl, sv, da, no/nb/nn, fi, cs, tr; en → nil.
package enum NameLocale {
    /// The locales with names, as `Resources/names/<code>.tsv`.
    package static let codes = [
        "cs_CZ", "da_DK", "de_DE", "en_GB", "en_IE", "en_IN", "es_ES", "fi_FI", "fr_FR",
        "it_IT", "nl_NL", "no_NO", "pl_PL", "pt_BR", "pt_PT", "sv_SE", "tr_TR",
    ]

    /// The locale of `text` (see the type's summary); nil for the US Census lists.
    package static func code(of text: String) -> String? {
        var trimmed = Substring(text).drop { $0.isWhitespace }
        while let last = trimmed.last, last.isWhitespace { trimmed.removeLast() }
        guard !trimmed.isEmpty, trimmed.utf8.count <= 64 else { return nil }
        if let tag = tag(trimmed) { return code(language: tag.language, region: tag.region) }
        if trimmed.utf8.count == 2, trimmed.allSatisfy(\.isASCIILetter) {
            let language = trimmed.lowercased()
            let country = trimmed.uppercased()
            if trimmed.allSatisfy(\.isUppercase), let found = countryLocales[country] { return found }
            if let found = languageLocales[language] { return found }
            return countryLocales[country]
        }
        let folded = PlaceAtlas.folded(trimmed)
        if let found = nameLocales[folded] { return found }
        if folded.utf8.count == 3, let found = alpha3Locales[folded.uppercased()] { return found }
        guard let atlas = try? PlaceAtlas.shared(), let country = atlas.country(named: String(trimmed)) else { return nil }
        return countryLocales[atlas.countries[country].code]
    }

    /// The locale of a tag's language and region (`de` and `AT`).
    static func code(language: String, region: String?) -> String? {
        if let region {
            let exact = language + "_" + region
            if codes.contains(exact) { return exact }
            if let local = countryLocales[region], local.hasPrefix(language + "_") { return local }
        }
        if let found = languageLocales[language] { return found }
        return region.flatMap { countryLocales[$0] }
    }

    /// `de_DE`, `de-at`, `pt_BR.UTF-8`, `sr-Latn-RS` as (language lowercased, region uppercased); nil for text
    /// that is not a tag with a separator (`Guinea-Bissau`: its first part is no language code).
    private static func tag(_ text: Substring) -> (language: String, region: String?)? {
        let body = text.prefix { $0 != "." && $0 != "@" }
        guard body.contains(where: { $0 == "_" || $0 == "-" }) else { return nil }
        let parts = body.split(omittingEmptySubsequences: false) { $0 == "_" || $0 == "-" }
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy(\.isASCIILetter),
            parts.dropFirst().allSatisfy({ !$0.isEmpty && $0.count <= 8 && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } })
        else { return nil }
        let region = parts.dropFirst().first { $0.count == 2 && $0.allSatisfy(\.isASCIILetter) }
        return (first.lowercased(), region?.uppercased())
    }

    /// ISO 639-1 languages with names; English (the Census lists) is nil.
    static let languageLocales: [String: String?] = [
        "de": "de_DE", "fr": "fr_FR", "es": "es_ES", "it": "it_IT", "pt": "pt_PT", "nl": "nl_NL", "pl": "pl_PL",
        "sv": "sv_SE", "da": "da_DK", "no": "no_NO", "nb": "no_NO", "nn": "no_NO", "fi": "fi_FI", "cs": "cs_CZ",
        "tr": "tr_TR", "en": nil,
    ]

    /// ISO 3166-1 alpha-2 countries (and `UK`) whose people's names a locale lists.
    static let countryLocales: [String: String] = {
        let groups: [(String, [String])] = [
            ("de_DE", ["DE", "AT", "CH", "LI", "LU"]), ("fr_FR", ["FR", "MC"]), ("nl_NL", ["NL", "BE", "SR"]),
            ("es_ES", ["ES", "MX", "AR", "CO", "CL", "PE", "VE", "EC", "GT", "CU", "BO", "DO", "HN", "PY", "SV", "NI", "CR", "PA", "UY", "GQ"]),
            ("it_IT", ["IT", "SM", "VA"]), ("pt_BR", ["BR"]), ("pt_PT", ["PT", "AO", "MZ", "CV", "GW", "ST"]), ("pl_PL", ["PL"]),
            ("sv_SE", ["SE", "AX"]), ("da_DK", ["DK", "FO", "GL"]), ("no_NO", ["NO", "SJ"]), ("fi_FI", ["FI"]),
            ("cs_CZ", ["CZ", "SK"]), ("tr_TR", ["TR"]), ("en_GB", ["GB", "UK", "IM", "JE", "GG"]), ("en_IE", ["IE"]), ("en_IN", ["IN"]),
        ]
        return Dictionary(uniqueKeysWithValues: groups.flatMap { code, countries in countries.map { ($0, code) } })
    }()

    /// ISO 3166-1 alpha-3 codes of the countries of ``countryLocales`` most often written (`USA` is a name the atlas knows).
    static let alpha3Locales: [String: String] = [
        "DEU": "de_DE", "AUT": "de_DE", "CHE": "de_DE", "FRA": "fr_FR", "NLD": "nl_NL", "BEL": "nl_NL", "ESP": "es_ES",
        "MEX": "es_ES", "ARG": "es_ES", "COL": "es_ES", "ITA": "it_IT", "BRA": "pt_BR", "PRT": "pt_PT", "POL": "pl_PL",
        "SWE": "sv_SE", "DNK": "da_DK", "NOR": "no_NO", "FIN": "fi_FI", "CZE": "cs_CZ", "SVK": "cs_CZ", "TUR": "tr_TR",
        "GBR": "en_GB", "IRL": "en_IE", "IND": "en_IN",
    ]

    /// Languages by their English and own names, and countries by their own names, folded (``PlaceAtlas/folded(_:)``).
    static let nameLocales: [String: String?] = [
        "german": "de_DE", "deutsch": "de_DE", "osterreich": "de_DE", "schweiz": "de_DE",
        "french": "fr_FR", "francais": "fr_FR",
        "spanish": "es_ES", "espanol": "es_ES", "castellano": "es_ES", "espana": "es_ES",
        "italian": "it_IT", "italiano": "it_IT", "italia": "it_IT",
        "portuguese": "pt_PT", "portugues": "pt_PT", "brazilian": "pt_BR", "brasileiro": "pt_BR", "brasil": "pt_BR",
        "dutch": "nl_NL", "nederlands": "nl_NL", "flemish": "nl_NL", "vlaams": "nl_NL", "nederland": "nl_NL", "netherlands": "nl_NL", "belgie": "nl_NL",
        "polish": "pl_PL", "polski": "pl_PL", "polska": "pl_PL",
        "swedish": "sv_SE", "svenska": "sv_SE", "sverige": "sv_SE",
        "danish": "da_DK", "dansk": "da_DK", "danmark": "da_DK",
        "norwegian": "no_NO", "norsk": "no_NO", "bokmal": "no_NO", "nynorsk": "no_NO", "norge": "no_NO", "noreg": "no_NO",
        "finnish": "fi_FI", "suomi": "fi_FI",
        "czech": "cs_CZ", "cestina": "cs_CZ", "cesky": "cs_CZ", "cesko": "cs_CZ", "ceska republika": "cs_CZ", "slovensko": "cs_CZ",
        "turkish": "tr_TR", "turkce": "tr_TR", "turkiye": "tr_TR",
        "british": "en_GB", "irish": "en_IE", "eire": "en_IE", "indian": "en_IN", "bharat": "en_IN",
        "english": nil, "american": nil,
    ]
}

extension Character {
    /// `a`–`z` or `A`–`Z`.
    fileprivate var isASCIILetter: Bool { isASCII && isLetter }
}
