import DoppelCore
import DoppelPolicy
import Testing
@testable import DoppelFakers
@testable import DoppelMasking

/// `fake` with `locale: COLUMN`: names come from the row's locale; `check` refuses it where it cannot apply.
@Suite struct LocaleNameRuleTests {
    let data: FakerData
    let locales: LocaleNameData

    init() throws {
        data = try FakerData.shared()
        locales = try LocaleNameData.shared()
    }

    private func names(_ code: String) throws -> LocaleNames {
        locales.locales[try #require(locales.index(of: code))]
    }

    @Test func rowsGetTheNamesOfTheirCountry() throws {
        let polish = try names("pl_PL")
        let german = try names("de_DE")
        let harness = try TableHarness([
            .init(name: "first_name", pii: .firstName, parameters: ["locale": "country"]),
            .init(name: "last_name", declaredType: "varchar(12)", pii: .lastName, parameters: ["locale": "country"]),
            .init(name: "full_name", pii: .name, parameters: ["locale": "country"]),
            .init(name: "country", rule: "keep"),
        ])
        let census = Set(data.femaleFirstNames.items).union(data.maleFirstNames.items)
        var nonASCII = Set<String>()
        for id in 0..<600 {
            let country = ["PL", "de-AT", "Mars", "US"][id % 4]
            let source = data.femaleFirstNames.items[id]
            let output = try harness.apply(id: Int64(id), [.text(source), .text(data.lastNames.items[id]), .text(source + " Smith"), .text(country)])
            let first = try harness.text(output, "first_name")
            let last = try harness.text(output, "last_name")
            let full = try harness.text(output, "full_name")
            let given = String(full.prefix { $0 != " " })
            #expect(last.count <= 12)
            switch country {
            case "PL":
                #expect(Set(polish.femaleFirstNames.items + polish.maleFirstNames.items).contains(first), "\(first)")
                // A Polish first name may have two words (`Anna Maria`).
                #expect(polish.lastNames.items.contains(last) && (polish.femaleFirstNames.items + polish.maleFirstNames.items).contains { full.hasPrefix($0 + " ") }, "\(last), \(full)")
            case "de-AT":
                #expect(Set(german.femaleFirstNames.items + german.maleFirstNames.items).contains(first), "\(first)")
                #expect(german.lastNames.items.contains(last), "\(last)")
            default:
                #expect(census.contains(first) && census.contains(given), "\(first), \(given)")
                #expect(data.lastNames.items.contains(last), "\(last)")
            }
            for name in [first, last] where name.unicodeScalars.contains(where: { !$0.isASCII }) { nonASCII.insert(name) }
            #expect(first != source)
        }
        // Polish and German letters are written as they are.
        #expect(nonASCII.contains { $0.contains("ł") || $0.contains("ś") || $0.contains("ó") || $0.contains("ü") || $0.contains("ö") }, "\(nonASCII)")
    }

    @Test func aLocaleAndAGenderTogetherPickWomensOrMensNames() throws {
        let czech = try names("cs_CZ")
        let harness = try TableHarness([
            .init(name: "last_name", pii: .lastName, parameters: ["locale": "lang", "gender": "sex"]),
            .init(name: "full_name", pii: .name, parameters: ["locale": "lang", "gender": "sex"]),
            .init(name: "lang", rule: "keep"), .init(name: "sex", rule: "keep"),
        ])
        for id in 0..<300 {
            let sex = ["F", "M"][id % 2]
            let output = try harness.apply(id: Int64(id), [.text("Novák"), .text("Jan Novák"), .text("cs"), .text(sex)])
            let last = try harness.text(output, "last_name")
            let parts = try harness.text(output, "full_name").split(separator: " ", maxSplits: 1).map(String.init)
            if sex == "F" {
                #expect(czech.femaleLastNames.items.contains(last) && czech.femaleFirstNames.items.contains(parts[0]) && czech.femaleLastNames.items.contains(parts[1]), "\(last), \(parts)")
            } else {
                #expect(czech.maleLastNames.items.contains(last) && czech.maleFirstNames.items.contains(parts[0]) && czech.maleLastNames.items.contains(parts[1]), "\(last), \(parts)")
            }
        }
    }

    @Test func theSameValueInTheSameLocaleGetsTheSameFakeAndAnUnknownLocaleTodays() throws {
        let harness = try TableHarness([.init(name: "first_name", pii: .firstName, parameters: ["locale": "country", "gender": "sex"]), .init(name: "country", rule: "keep"), .init(name: "sex", rule: "keep")])
        let gendered = try TableHarness([.init(name: "first_name", pii: .firstName, parameters: ["gender": "sex"]), .init(name: "sex", rule: "keep")])
        for (index, name) in ["Ada", "Grace", "Alan", "Edsger"].enumerated() {
            let polish = try harness.apply(id: Int64(index), [.text(name), .text("Poland"), .text("f")])
            #expect(polish["first_name"] == (try harness.apply(id: 99, [.text(name), .text("pl_PL"), .text("w")]))["first_name"])
            for sex in ["m", "x"] {
                let unknown = try harness.apply(id: Int64(index), [.text(name), .null, .text(sex)])["first_name"]
                #expect(unknown == (try gendered.apply(id: Int64(index), [.text(name), .text(sex)])["first_name"]))
            }
        }
    }

    @Test func checkRefusesLocaleWhereItCannotApply() throws {
        let column = { (name: String) in Column(name: name, declaredType: "text", logicalType: .text, isNullable: true) }
        let schema = CheckHarness.schema([column("email"), column("first_name"), column("last_name"), column("country"), column("sex"), column("title")])
        let diagnostics = CheckHarness.diagnose(CheckHarness.policy([
            "email: { pii: email, rule: fake, locale: country }",
            "first_name: { pii: first_name, rule: fake, locale: first_name }",
            "last_name: { pii: last_name, rule: fake, locale: cuntry }",
            "country: keep",
            "sex: keep",
            "title: { pii: courtesy_title, rule: fake, gender: sex, locale: country, unique: true }",
        ]), schema: schema)
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 4, "\(errors)")
        #expect(errors.contains { $0.message.contains("`locale:`") && $0.message.contains("`people.email`") && $0.message.contains("fake email") })
        #expect(errors.contains { $0.message.contains("`locale:`") && $0.message.contains("names the column itself") })
        #expect(errors.contains { $0.message.contains("no column `cuntry`") })
        #expect(errors.contains { $0.message.contains("`locale:`") && $0.message.contains("fake courtesy_title") })
        let fine = CheckHarness.diagnose(CheckHarness.policy([
            "email: { pii: email, rule: fake }",
            "first_name: { pii: first_name, rule: fake, locale: country, gender: sex }",
            "last_name: { pii: last_name, rule: fake, locale: country, gender: sex }",
            "country: keep", "sex: keep",
            "title: { pii: courtesy_title, rule: fake, gender: sex }",
        ]), schema: schema)
        #expect(fine.filter { $0.severity == .error }.isEmpty, "\(fine)")
        // `gender:` on a last name needs `locale:`; `unique: true` ignores `locale:`.
        let more = CheckHarness.diagnose(CheckHarness.policy([
            "first_name: { pii: first_name, rule: fake, locale: country, unique: true }",
            "last_name: { pii: last_name, rule: fake, gender: sex }",
            "country: keep", "sex: keep",
        ]), schema: schema)
        #expect(more.contains { $0.severity == .error && $0.message.contains("`gender:`") && $0.message.contains("fake last_name") }, "\(more)")
        #expect(more.contains { $0.severity == .warning && $0.message.contains("ignores `locale:`") }, "\(more)")
    }
}
