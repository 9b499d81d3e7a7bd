import DoppelCore
import DoppelEngine
import DoppelPolicy
@testable import DoppelReport
import DoppelSQLite
import DoppelSynthesis
import DoppelTestSupport
import Foundation
import Logging
import Testing


/// `doppel fit` and `doppel synthesize` on real SQLite files: Chinook at scale, and the shapes a synthetic
/// table keeps (children per parent, dates, codes, JSON, self-references); the inputs are never overwritten.
@Suite(.serialized)
struct SynthesisTests {
    @Test(arguments: [1.0, 3.0])
    func chinookAtScaleKeepsEveryConstraint(scale: Double) throws {
        let directory = try TemporaryDirectory()
        let model = directory.file("chinook.model.json"), target = directory.file("synthetic.sqlite")
        let fitted = try SynthesisHarness.fit(policy: SynthesisHarness.chinookPolicy, source: Fixtures.chinookSQLite, model: model)
        #expect(fitted.tables.count == 11)
        let summary = try SynthesisHarness.synthesize(model: model, target: target, scale: scale, in: directory)
        #expect(summary.foreignKeyViolations == 0)
        #expect(summary.integrity == "ok")
        #expect(try SQLiteFixture.rows(target, "PRAGMA foreign_key_check").isEmpty)
        #expect(try SQLiteFixture.rows(target, "PRAGMA integrity_check").first?.first == .text("ok"))
        // Every table is written, and sizes follow the scale (children through their parents' drawn counts).
        for table in ["Artist", "Album", "Track", "Customer", "Invoice", "InvoiceLine", "Playlist", "PlaylistTrack"] {
            let source = try SynthesisHarness.count(Fixtures.chinookSQLite, table)
            let written = try SynthesisHarness.count(target, table)
            #expect(Double(written) > Double(source) * scale * 0.6, "\(table): \(written) rows for \(source) × \(scale)")
            #expect(Double(written) < Double(source) * scale * 1.6, "\(table): \(written) rows for \(source) × \(scale)")
        }
        // No synthetic person is a real one.
        let realEmails = Set(try SQLiteFixture.rows(Fixtures.chinookSQLite, "SELECT Email FROM Customer").compactMap { $0.first })
        #expect(try SQLiteFixture.rows(target, "SELECT Email FROM Customer").compactMap(\.first).allSatisfy { !realEmails.contains($0) })
    }

    @Test func childrenPerParentStayWithinTheSourcesBoundsAndADrivingReferenceKeepsItsHistogram() throws {
        // SDMetrics' CardinalityBoundaryAdherence: every synthetic parent's children count lies between
        // the smallest and largest the source had, for driving references (drawn from the histogram) and
        // picked ones alike (a track's sales, a media type's tracks). At scale 1 the drawn counts are
        // stratified, so the albums' histogram of tracks comes back exactly, not give or take sampling noise.
        let directory = try TemporaryDirectory()
        let model = directory.file("chinook.model.json"), target = directory.file("synthetic.sqlite")
        _ = try SynthesisHarness.fit(policy: SynthesisHarness.chinookPolicy, source: Fixtures.chinookSQLite, model: model)
        _ = try SynthesisHarness.synthesize(model: model, target: target, in: directory)
        let relations = [
            ("Album", "ArtistId", "Artist"), ("Track", "AlbumId", "Album"), ("Track", "MediaTypeId", "MediaType"),
            ("Track", "GenreId", "Genre"), ("Customer", "SupportRepId", "Employee"), ("Invoice", "CustomerId", "Customer"),
            ("InvoiceLine", "InvoiceId", "Invoice"), ("InvoiceLine", "TrackId", "Track"), ("PlaylistTrack", "PlaylistId", "Playlist"),
            ("PlaylistTrack", "TrackId", "Track"),
        ]
        for (child, column, parent) in relations {
            let real = try SynthesisHarness.childrenPerParent(Fixtures.chinookSQLite, child: child, column: column, parent: parent, key: parent + "Id")
            let synthetic = try SynthesisHarness.childrenPerParent(target, child: child, column: column, parent: parent, key: parent + "Id")
            guard let low = real.min(), let high = real.max() else { continue }
            let outside = synthetic.filter { !(low...high).contains($0) }
            #expect(outside.isEmpty, "\(child).\(column): \(outside.count) of \(synthetic.count) parents outside \(low)…\(high): \(outside.prefix(5))")
        }
        let real = try SynthesisHarness.childrenPerParent(Fixtures.chinookSQLite, child: "Track", column: "AlbumId", parent: "Album", key: "AlbumId")
        let synthetic = try SynthesisHarness.childrenPerParent(target, child: "Track", column: "AlbumId", parent: "Album", key: "AlbumId")
        #expect(synthetic.sorted() == real.sorted())
        // A lookup's children follow its names: the media type and the genre with the most tracks are
        // the source's (MPEG audio, 3,034 of 3,503; Rock, 1,297), not whichever row drew the largest count.
        for (parent, key) in [("MediaType", "MediaTypeId"), ("Genre", "GenreId")] {
            let sql = "SELECT p.Name FROM \(parent) p JOIN Track t ON t.\(key) = p.\(key) GROUP BY p.\(key) ORDER BY COUNT(*) DESC LIMIT 1"
            #expect(try SQLiteFixture.rows(target, sql) == SQLiteFixture.rows(Fixtures.chinookSQLite, sql), "\(parent)")
        }
    }

    @Test func datesStoredAsTextStayDatesInTheirFormat() throws {
        // SQLite keeps dates in TEXT columns: they are modelled as dates (quantiles of the instant, the
        // format kept), not as free text of digits, and the report scores them as dates.
        let directory = try TemporaryDirectory()
        var sql = "CREATE TABLE visit (id INTEGER PRIMARY KEY, day TEXT NOT NULL, seen_at TEXT, note TEXT NOT NULL);\n"
        var generator = SplitMix64(seed: 3)
        for id in 1...400 {
            let day = 18_000 + Int(generator.next(below: 700))
            let date = TemporalValue.text(Double(day) * 86_400, format: TemporalFormat(hasTime: false))
            let instant = TemporalValue.text(Double(day) * 86_400 + Double(generator.next(below: 86_400)), format: TemporalFormat(hasTime: true))
            sql += "INSERT INTO visit VALUES (\(id), '\(date)', \(id % 10 == 0 ? "NULL" : "'\(instant)'"), 'note \(generator.next(below: 1000))');\n"
        }
        let target = try SynthesisHarness.synthesized(sql: sql, policy: """
            version: 1
            tables:
              visit: { mode: synthesize, columns: { id: synthesize, day: synthesize, seen_at: synthesize, note: synthesize } }

            """, in: directory)
        let low = 18_000.0 * 86_400, high = 18_700.0 * 86_400
        for row in try SQLiteFixture.rows(target, "SELECT day, seen_at FROM visit") {
            guard case .text(let day) = row[0], let parsed = TemporalValue.parse(day) else {
                Issue.record("day \(row[0]) is not a date")
                continue
            }
            #expect(day.count == 10 && (low...high).contains(parsed.seconds), "\(day)")
            if case .text(let instant) = row[1] {
                #expect(instant.count == 19 && TemporalValue.parse(instant) != nil, "\(instant)")
            }
        }
        let report = try FidelityReport.compute(source: try SQLiteSource(path: directory.file("source.sqlite")), target: try SQLiteSource(path: target))
        let shapes = report.details["Column Shapes"] ?? []
        #expect(shapes.contains { $0.columns == ["day"] && $0.metric == "KSComplement" && ($0.score ?? 0) > 0.8 }, "\(shapes)")
    }

    @Test func aColumnThatRepeatsItsParentsTakesTheSyntheticParentsValue() throws {
        // An order line's price is its product's price (a snapshot, as in most shops): the fit finds the
        // column equal to the parent's in every row and generation copies the synthetic product's price.
        // Drawn from the copula alone, hardly a line would match its product to the cent.
        let directory = try TemporaryDirectory()
        var sql = """
            CREATE TABLE product (id INTEGER PRIMARY KEY, price REAL NOT NULL);
            CREATE TABLE line (id INTEGER PRIMARY KEY, product_id INTEGER NOT NULL REFERENCES product(id), price REAL NOT NULL, quantity INTEGER NOT NULL);

            """
        var generator = SplitMix64(seed: 21)
        var prices: [Double] = []
        for id in 1...120 {
            prices.append((1 + generator.nextUnit() * 200).rounded() / 1 - 0.01)
            sql += "INSERT INTO product VALUES (\(id), \(prices[id - 1]));\n"
        }
        for id in 1...900 {
            let product = generator.next(below: 120)
            sql += "INSERT INTO line VALUES (\(id), \(product + 1), \(prices[product]), \(1 + generator.next(below: 5)));\n"
        }
        let target = try SynthesisHarness.synthesized(sql: sql, policy: """
            version: 1
            tables:
              product: { mode: synthesize, columns: { id: synthesize, price: synthesize } }
              line: { mode: synthesize, columns: { id: synthesize, price: synthesize, quantity: synthesize } }

            """, in: directory)
        let model = try DatabaseModel.read(from: directory.file("model.json"))
        #expect(model.table(named: "line")?.column(named: "price")?.copiedFrom == .init(foreignKey: ["product_id"], column: "price", share: 1))
        #expect(model.table(named: "line")?.column(named: "quantity")?.copiedFrom == nil)
        let lines = try SQLiteFixture.integer(target, "SELECT COUNT(*) FROM line")
        let matching = try SQLiteFixture.integer(target, "SELECT COUNT(*) FROM line l JOIN product p ON p.id = l.product_id WHERE l.price = p.price")
        #expect(lines > 500 && matching == lines, "\(matching) of \(lines) lines at their product's price")
    }

    @Test func codesKeepTheirShape() throws {
        // SKUs like `BOO-00417` and account numbers like `GB12 3456`: the model keeps each value's shape
        // (letters as A or a, digits as 9, punctuation as it is, and the characters all of at least ten
        // values share, such as `GB`), never a letter or digit of one value, and generation fills the
        // shapes in, so codes still look like codes (and stay unique).
        let directory = try TemporaryDirectory()
        var sql = "CREATE TABLE item (id INTEGER PRIMARY KEY, sku TEXT NOT NULL UNIQUE, account TEXT NOT NULL);\n"
        var generator = SplitMix64(seed: 4)
        let prefixes = ["BOO", "ELE", "GRO", "APP", "FUR"]
        for id in 1...300 {
            let sku = prefixes[generator.next(below: 5)] + "-" + String(format: "%05d", id * 7)
            let account = "GB" + String(format: "%02d", generator.next(below: 100)) + " " + String(format: "%04d", generator.next(below: 10_000))
            sql += "INSERT INTO item VALUES (\(id), '\(sku)', '\(account)');\n"
        }
        let target = try SynthesisHarness.synthesized(sql: sql, policy: """
            version: 1
            tables:
              item: { mode: synthesize, columns: { id: synthesize, sku: synthesize, account: synthesize } }

            """, in: directory)
        let rows = try SQLiteFixture.rows(target, "SELECT sku, account FROM item")
        #expect(rows.count == 300)
        func shape(_ text: String) -> String {
            String(text.map { $0.isUppercase ? "A" : $0.isLowercase ? "a" : $0.isNumber ? "9" : $0 })
        }
        let skus = rows.compactMap { row -> String? in if case .text(let text) = row[0] { return text } else { return nil } }
        #expect(skus.allSatisfy { shape($0).hasPrefix("AAA-99999") }, "\(skus.prefix(5))")
        #expect(Set(skus).count == 300)
        #expect(rows.allSatisfy { row in
            if case .text(let text) = row[1] { return shape(text) == "AA99 9999" && text.hasPrefix("GB") } else { return false }
        }, "\(rows.prefix(3))")
        let model = String(decoding: SQLiteFixture.bytes(directory.file("model.json")), as: UTF8.self)
        #expect(!model.contains("BOO") && !model.contains("ELE"))
    }

    @Test func jsonInATextColumnKeepsItsKeys() throws {
        // SQLite has no JSON type: objects in a TEXT column whose values are too varied to draw as shapes
        // are modelled by their keys, not copied or turned into words.
        let directory = try TemporaryDirectory()
        var sql = "CREATE TABLE shipment (id INTEGER PRIMARY KEY, address TEXT NOT NULL);\n"
        let words = ["north", "harbour", "old town", "st. mary's", "riverside", "east end", "market", "hill"]
        for id in 1...300 {
            let city = words[id % 8].replacingOccurrences(of: "'", with: "''") + String(repeating: "x", count: id % 13)
            sql += "INSERT INTO shipment VALUES (\(id), '{\"city\": \"\(city)\", \"floor\": \(id % 7), \"zip\": \"\(10_000 + id)\"}');\n"
        }
        let target = try SynthesisHarness.synthesized(sql: sql, policy: """
            version: 1
            tables:
              shipment: { mode: synthesize, columns: { id: synthesize, address: synthesize } }

            """, in: directory)
        let values = try SQLiteFixture.rows(target, "SELECT address FROM shipment").compactMap { row -> String? in
            if case .text(let text) = row.first { return text } else { return nil }
        }
        #expect(values.count == 300)
        for value in values.prefix(20) {
            let object = try JSONSerialization.jsonObject(with: Data(value.utf8)) as? [String: Any]
            #expect(object.map { Set($0.keys) } == ["city", "floor", "zip"], "\(value)")
        }
    }

    @Test func aSelfReferenceHasAboutTheSourcesRootsAndDepth() throws {
        // One CEO over 5 directors over 15 managers over 60 agents, paid by level: 1 root in 81 rows (1.2 %
        // NULL). The tree keeps about that share of roots, not one more for every doubling of the rows.
        let directory = try TemporaryDirectory()
        var sql = "CREATE TABLE employee (id INTEGER PRIMARY KEY, manager_id INTEGER REFERENCES employee(id), salary REAL NOT NULL);\n"
        sql += "INSERT INTO employee VALUES (1, NULL, 350000);\n"
        for id in 2...81 {
            let (manager, salary) = id <= 6 ? (1, 200_000) : id <= 21 ? (2 + (id - 7) / 3, 120_000) : (7 + (id - 22) / 4, 50_000)
            sql += "INSERT INTO employee VALUES (\(id), \(manager), \(salary + id * 10));\n"
        }
        let target = try SynthesisHarness.synthesized(sql: sql, policy: """
            version: 1
            tables:
              employee: { mode: synthesize, columns: { id: synthesize, salary: synthesize } }

            """, in: directory)
        let roots = try SQLiteFixture.integer(target, "SELECT COUNT(*) FROM employee WHERE manager_id IS NULL")
        #expect(roots >= 1 && roots <= 3, "\(roots) roots in 81 rows")
        // The tree is as shallow as the source's (3 levels under the root): each row's reports follow the
        // fitted children counts, the busiest managers nearest the root, not a uniform earlier row (depth ~ ln n).
        let depth = try SQLiteFixture.integer(target, """
            WITH RECURSIVE level(id, depth) AS (SELECT id, 0 FROM employee WHERE manager_id IS NULL
              UNION ALL SELECT e.id, l.depth + 1 FROM employee e JOIN level l ON e.manager_id = l.id)
            SELECT MAX(depth) FROM level
            """)
        #expect(depth <= 4, "depth \(depth)")
        let managers = try SQLiteFixture.integer(target, "SELECT COUNT(DISTINCT manager_id) FROM employee")
        #expect(managers >= 15 && managers <= 27, "\(managers) managers (the source has 21)")
        // A row's columns follow its place: the children count is a copula variable fixed by the row's
        // rank in the tree, so those with reports earn like managers and those without like agents.
        let pay = try SQLiteFixture.rows(target, """
            SELECT e.id IN (SELECT manager_id FROM employee WHERE manager_id IS NOT NULL), AVG(e.salary) FROM employee e GROUP BY 1 ORDER BY 1
            """).compactMap { row -> Double? in if case .real(let mean) = row[1] { return mean } else { return nil } }
        #expect(pay.count == 2 && pay[1] > 1.5 * pay[0], "mean salary without and with reports: \(pay)")
    }

    @Test func fitAndSynthesizeNeverOverwriteTheirInputs() throws {
        // `--out` naming the source or the policy, or a target naming the model, is refused and the file
        // is left as it was (a fit wrote its JSON over the source database).
        let directory = try TemporaryDirectory()
        let source = directory.file("source.sqlite")
        try SQLiteFixture.create(source, sql: "CREATE TABLE item (id INTEGER PRIMARY KEY, weight REAL NOT NULL); INSERT INTO item VALUES (1, 2.5), (2, 3.5);")
        let policy = directory.file("policy.yaml")
        try "version: 1\ntables:\n  item: { mode: synthesize, columns: { id: synthesize, weight: synthesize } }\n"
            .write(toFile: policy, atomically: true, encoding: .utf8)
        let ledger = directory.file("ledger.sqlite")
        let sourceBytes = SQLiteFixture.bytes(source), policyBytes = SQLiteFixture.bytes(policy)
        for output in [source, directory.path + "/./source.sqlite", policy] {
            #expect(throws: UsageError.self, "\(output)") {
                try ModelFitter(logger: SynthesisHarness.logger).fit(policyPath: policy, source: .sqlite(path: source), output: output, ledgerPath: ledger)
            }
        }
        #expect(SQLiteFixture.bytes(source) == sourceBytes)
        #expect(SQLiteFixture.bytes(policy) == policyBytes)
        let model = directory.file("model.json")
        _ = try SynthesisHarness.fit(policy: policy, source: source, model: model)
        let modelBytes = SQLiteFixture.bytes(model)
        #expect(throws: UsageError.self) {
            try SynthesizeRunner(logger: SynthesisHarness.logger).run(.init(modelPath: model, target: .sqlite(path: model), scale: 1, ledgerPath: ledger, environment: [:]))
        }
        #expect(SQLiteFixture.bytes(model) == modelBytes)
    }
}
