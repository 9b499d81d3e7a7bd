import DoppelCore
import Testing
@testable import DoppelFakers

/// The names of a row's locale: which locale a value picks, the bundled lists, and the fakes drawn from them.
@Suite struct LocaleNameTests {
    @Test(arguments: [
        // Locale tags: exact, the country's locale in the same language, the language's, the country's.
        ("de_DE", "de_DE"), ("de-DE", "de_DE"), ("de-at", "de_DE"), ("de_CH", "de_DE"), ("pt_BR", "pt_BR"), ("pt-PT", "pt_PT"),
        ("pt_AO", "pt_PT"), ("es_MX", "es_ES"), ("es-419", "es_ES"), ("fr_CA", "fr_FR"), ("fr_BE", "fr_FR"), ("nl_BE", "nl_NL"),
        ("sv_FI", "sv_SE"), ("nb_NO", "no_NO"), ("en_GB", "en_GB"), ("en_UK", "en_GB"), ("en-IE", "en_IE"), ("en_IN", "en_IN"),
        ("ca_ES", "es_ES"), ("ga_IE", "en_IE"), ("pl_PL.UTF-8", "pl_PL"), ("sr-Latn-RS", nil), ("en_US", nil), ("en_AU", nil),
        // Two letters: a language, or in capitals a country first.
        ("de", "de_DE"), ("DE", "de_DE"), ("AT", "de_DE"), ("CH", "de_DE"), ("BR", "pt_BR"), ("PT", "pt_PT"), ("pt", "pt_PT"),
        ("GB", "en_GB"), ("UK", "en_GB"), ("IE", "en_IE"), ("IN", "en_IN"), ("SE", "sv_SE"), ("sv", "sv_SE"), ("SV", "es_ES"),
        ("DK", "da_DK"), ("da", "da_DK"), ("NO", "no_NO"), ("FI", "fi_FI"), ("PL", "pl_PL"), ("pl", "pl_PL"), ("CZ", "cs_CZ"),
        ("cs", "cs_CZ"), ("TR", "tr_TR"), ("NL", "nl_NL"), ("BE", "nl_NL"), ("FR", "fr_FR"), ("ES", "es_ES"), ("MX", "es_ES"),
        ("AR", "es_ES"), ("CO", "es_ES"), ("IT", "it_IT"), (" it ", "it_IT"), ("US", nil), ("en", nil), ("JP", nil), ("xx", nil),
        // Codes of three letters, names of languages and countries, in English or their own language.
        ("DEU", "de_DE"), ("pol", "pl_PL"), ("USA", nil), ("Germany", "de_DE"), ("Deutschland", "de_DE"), ("Österreich", "de_DE"),
        ("Austria", "de_DE"), ("Poland", "pl_PL"), ("Polska", "pl_PL"), ("polski", "pl_PL"), ("Polish", "pl_PL"), ("Brazil", "pt_BR"),
        ("Brasil", "pt_BR"), ("Portugal", "pt_PT"), ("españa", "es_ES"), ("Mexico", "es_ES"), ("Türkiye", "tr_TR"), ("Turkey", "tr_TR"),
        ("Czechia", "cs_CZ"), ("Česko", "cs_CZ"), ("Sverige", "sv_SE"), ("Norge", "no_NO"), ("Suomi", "fi_FI"), ("Danmark", "da_DK"),
        ("Netherlands", "nl_NL"), ("Holland", "nl_NL"), ("Belgium", "nl_NL"), ("Ireland", "en_IE"), ("India", "en_IN"),
        ("United Kingdom", "en_GB"), ("France", "fr_FR"), ("français", "fr_FR"), ("Italia", "it_IT"), ("English", nil),
        ("United States", nil), ("Japan", nil), ("", nil), ("   ", nil), ("Guinea-Bissau", "pt_PT"), ("42", nil),
    ] as [(String, String?)])
    func aValuePicksALocale(_ value: String, _ expected: String?) {
        #expect(NameLocale.code(of: value) == expected, "\(value)")
    }

    @Test func everyLocaleHasWomensMensAndLastNames() throws {
        let data = try LocaleNameData.shared()
        #expect(data.locales.map(\.code) == NameLocale.codes)
        for code in Set(NameLocale.countryLocales.values) { #expect(data.index(of: code) != nil, "\(code)") }
        for names in data.locales {
            #expect(names.femaleFirstNames.items.count >= 50 && names.maleFirstNames.items.count >= 50, "\(names.code)")
            #expect(names.femaleLastNames.items.count >= 50 && names.maleLastNames.items.count >= 50, "\(names.code)")
            #expect(Set(names.femaleFirstNames.items).isDisjoint(with: names.maleFirstNames.items) || names.code != "pl_PL")
        }
        let polish = try #require(data.index(of: "pl_PL")).self
        let pl = data.locales[polish]
        #expect(pl.maleFirstNames.items.contains("Michał") && pl.maleLastNames.items.contains("Kowalski") && !pl.maleLastNames.items.contains("Kowalska"))
        #expect(pl.femaleLastNames.items.contains("Kowalska") && !pl.femaleLastNames.items.contains("Kowalski"))
        let czech = data.locales[try #require(data.index(of: "cs_CZ"))]
        #expect(czech.femaleLastNames.items.allSatisfy { $0.hasSuffix("á") }, "\(czech.femaleLastNames.items.filter { !$0.hasSuffix("á") })")
        // Weights given by the source are kept: Sweden's most common woman's name comes first.
        let swedish = data.locales[try #require(data.index(of: "sv_SE"))]
        #expect(swedish.femaleFirstNames.items.first == "Maria" && swedish.femaleFirstNames.weights.first == 51_852)
    }

    @Test func fakesComeFromTheRowsLocaleAndGender() throws {
        let data = try FakerData.shared()
        let locales = try LocaleNameData.shared()
        let pl = try #require(locales.index(of: "pl_PL"))
        let polish = locales.locales[pl]
        let names = LocaleNameFaker(kind: .name, data: data, locales: locales, maxLength: nil)
        let lastNames = LocaleNameFaker(kind: .lastName, data: data, locales: locales, maxLength: 8)
        var women = 0
        var men = 0
        for seed in 0..<400 {
            var generator = SplitMix64(seed: UInt64(seed))
            let gender: Gender? = [.female, .male, nil][seed % 3]
            let name = try #require(names.fake(for: .text("Jan Kowalski"), locale: pl, gender: gender, using: &generator).textRepresentation)
            // First names may have two words (`Anna Maria`): some split must give a first and a last name of one gender.
            let splits = name.indices.filter { name[$0] == " " }.map { (String(name[..<$0]), String(name[name.index(after: $0)...])) }
            let isWoman = splits.contains { polish.femaleFirstNames.items.contains($0.0) && polish.femaleLastNames.items.contains($0.1) }
            let isMan = splits.contains { polish.maleFirstNames.items.contains($0.0) && polish.maleLastNames.items.contains($0.1) }
            switch gender {
            case .female?: #expect(isWoman, "\(name)")
            case .male?: #expect(isMan, "\(name)")
            case nil:
                // Of unknown gender, the first and last names still agree.
                #expect(isWoman || isMan, "\(name)")
                if isWoman { women += 1 } else { men += 1 }
            }
            let short = try #require(lastNames.fake(for: .text("Nowak"), locale: pl, gender: gender, using: &generator).textRepresentation)
            #expect(short.count <= 8 && polish.lastNames.items.contains(short), "\(short)")
        }
        #expect(women > 0 && men > 0)
        // Unknown locale: today's fake, exactly.
        var a = SplitMix64(seed: 5)
        var b = SplitMix64(seed: 5)
        #expect(names.fake(for: .text("Ada"), locale: nil, gender: nil, using: &a) == Faker(kind: .name, data: data).fake(for: .text("Ada"), using: &b))
    }
}
