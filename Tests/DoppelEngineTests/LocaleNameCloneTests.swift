import DoppelCore
import DoppelFakers
import DoppelTestSupport
import Testing

/// A clone of an international customer list: each row's fake names come from its country's names (issue 15).
@Suite struct LocaleNameCloneTests {
    static let sourceRows: [(first: String, last: String, country: String, gender: String)] = [
        ("Jan", "Kowalski", "PL", "M"), ("Agnieszka", "Nowak", "PL", "F"), ("Hans", "Müller", "de-AT", "M"),
        ("Greta", "Schmidt", "Deutschland", "F"), ("Mary", "Smith", "US", "F"), ("Oskar", "Kraus", "??", "M"),
        ("Petr", "Novák", "CZ", "M"), ("Jana", "Nováková", "cs_CZ", "F"),
    ]

    @Test func eachClonedRowGetsNamesOfItsCountry() throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("crm.db")
        var inserts: [String] = []
        for index in 0..<240 {
            let row = Self.sourceRows[index % Self.sourceRows.count]
            // Distinct source names, so the fakes are many.
            inserts.append("(\(index + 1), '\(row.first)\(index)', '\(row.last)\(index)', '\(row.first) \(row.last)\(index)', '\(row.country)', '\(row.gender)')")
        }
        try SQLiteFixture.create(source, sql: """
            CREATE TABLE customers (
                id INTEGER PRIMARY KEY, first_name TEXT, last_name VARCHAR(12), full_name TEXT, country TEXT, gender TEXT);
            INSERT INTO customers VALUES \(inserts.joined(separator: ", "));
            """)
        let target = directory.file("clone.db")
        _ = try EngineHarness.clone(policy: """
            version: 1
            seed: 4
            secret: env:DOPPEL_SECRET
            tables:
              customers:
                columns:
                  id: keep
                  first_name: { pii: first_name, rule: fake, locale: country, gender: gender }
                  last_name: { pii: last_name, rule: fake, locale: country, gender: gender }
                  full_name: { pii: name, rule: fake, locale: country }
                  country: keep
                  gender: keep
            """, source: source, target: target, in: directory)
        let data = try FakerData.shared()
        let locales = try LocaleNameData.shared()
        func names(_ code: String) throws -> LocaleNames { locales.locales[try #require(locales.index(of: code))] }
        let (polish, german, czech) = (try names("pl_PL"), try names("de_DE"), try names("cs_CZ"))
        let rows = try SQLiteFixture.rows(target, "SELECT first_name, last_name, full_name, country, gender FROM customers ORDER BY id")
        #expect(rows.count == 240)
        var written = Set<String>()
        for (index, row) in rows.enumerated() {
            let text = row.map { $0.textRepresentation ?? "" }
            let (first, last, full) = (text[0], text[1], text[2])
            let isMale = text[4] == "M"
            #expect(last.count <= 12, "\(last)")
            written.formUnion([first, last, full])
            let lists: LocaleNames?
            switch Self.sourceRows[index % Self.sourceRows.count].country {
            case "PL": lists = polish
            case "de-AT", "Deutschland": lists = german
            case "CZ", "cs_CZ": lists = czech
            default: lists = nil
            }
            guard let lists else {
                // US and unknown countries: the US Census lists, as without `locale:`.
                #expect((isMale ? data.maleFirstNames : data.femaleFirstNames).items.contains(first), "\(first)")
                #expect(data.lastNames.items.contains(last), "\(last)")
                continue
            }
            #expect((isMale ? lists.maleFirstNames : lists.femaleFirstNames).items.contains(first), "\(first) in \(text[3])")
            #expect((isMale ? lists.maleLastNames : lists.femaleLastNames).items.contains(last), "\(last) in \(text[3])")
            #expect((lists.femaleFirstNames.items + lists.maleFirstNames.items).contains { full.hasPrefix($0 + " ") }, "\(full) in \(text[3])")
        }
        // Letters beyond ASCII reach the target as they are.
        #expect(written.contains { $0.contains("ł") || $0.contains("ś") || $0.contains("ż") }, "\(written.sorted().prefix(20))")
        #expect(written.contains { $0.contains("ü") || $0.contains("ö") || $0.contains("ä") || $0.contains("ß") })
        #expect(written.contains { $0.hasSuffix("ová") })
    }
}
