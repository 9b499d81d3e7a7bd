import DoppelCore
import DoppelPolicy
import Testing
@testable import DoppelFakers
@testable import DoppelMasking

/// `fake` with `gender: COLUMN`: names and titles follow the row's gender; `check` refuses it where it cannot apply.
@Suite struct GenderedNameTests {
    @Test func maleRowsGetMaleNamesAndFemaleRowsFemaleOnes() throws {
        let data = try FakerData.shared()
        let male = Set(data.maleFirstNames.items)
        let female = Set(data.femaleFirstNames.items)
        let harness = try TableHarness([
            .init(name: "first_name", pii: .firstName, parameters: ["gender": "sex"]),
            .init(name: "full_name", pii: .name, parameters: ["gender": "sex"]),
            .init(name: "title", pii: .courtesyTitle, parameters: ["gender": "sex"]),
            .init(name: "sex", rule: "keep"),
        ])
        var generator = SplitMix64(seed: 3)
        var unknownNames = Set<String>()
        for id in 0..<1_000 {
            let sex = ["M", "male", "f", "Frau", "x", ""][id % 6]
            let source = data.femaleFirstNames.draw(using: &generator)
            let output = try harness.apply(id: Int64(id), [.text(source), .text(source + " Doe"), .text("Dr."), .text(sex)])
            let first = try harness.text(output, "first_name")
            let given = try #require(try harness.text(output, "full_name").split(separator: " ").first.map(String.init))
            let title = try harness.text(output, "title")
            switch Gender(source: .text(sex)) {
            case .male?:
                #expect(male.contains(first) && male.contains(given), "\(first), \(given)")
                #expect(title == "Mr.")
            case .female?:
                #expect(female.contains(first) && female.contains(given), "\(first), \(given)")
                #expect(["Ms.", "Mrs.", "Miss"].contains(title))
            case nil:
                #expect(male.contains(first) || female.contains(first))
                unknownNames.insert(first)
            }
            #expect(first != source)
        }
        // Rows of unknown gender draw from both lists, as without `gender:`.
        #expect(unknownNames.contains(where: male.contains) && unknownNames.contains(where: female.contains))
    }

    @Test func aRowOfUnknownGenderGetsTodaysFake() throws {
        let harness = try TableHarness([.init(name: "first_name", pii: .firstName, parameters: ["gender": "sex"]), .init(name: "sex", rule: "keep")])
        let plain = try RuleHarness.transform(FakeRule.self, pii: .firstName, columnName: "first_name")
        for (index, name) in ["Ada", "Grace", "Alan", "Edsger"].enumerated() {
            let gendered = try harness.apply(id: Int64(index), [.text(name), .null])["first_name"]
            #expect(gendered == (try plain.apply(.text(name), row: RuleHarness.row(id: Int64(index), .text(name)))))
        }
    }

    @Test func checkRefusesGenderWhereItCannotApply() throws {
        let column = { (name: String) in Column(name: name, declaredType: "text", logicalType: .text, isNullable: true) }
        let schema = CheckHarness.schema([column("email"), column("first_name"), column("sex"), column("title")])
        let errors = CheckHarness.errors(CheckHarness.policy([
            "email: { pii: email, rule: fake, gender: sex }",
            "first_name: { pii: first_name, rule: fake, gender: gendr }",
            "sex: keep",
            "title: { pii: courtesy_title, rule: fake, gender: sex }",
        ]), schema: schema)
        #expect(errors.count == 2, "\(errors)")
        #expect(errors.contains { $0.message.contains("`gender:`") && $0.message.contains("`people.email`") && $0.message.contains("fake email") })
        #expect(errors.contains { $0.message.contains("no column `gendr`") && $0.location?.line == 9 })
        let fine = CheckHarness.errors(CheckHarness.policy([
            "email: { pii: email, rule: fake }", "first_name: { pii: first_name, rule: fake, gender: sex }", "sex: keep",
            "title: { pii: courtesy_title, rule: fake, gender: sex }",
        ]), schema: schema)
        #expect(fine.isEmpty, "\(fine)")
    }
}
