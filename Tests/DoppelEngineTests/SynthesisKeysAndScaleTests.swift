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


/// `doppel fit` and `doppel synthesize` on real SQLite files: keys and counts at every scale, determinism,
/// the model's privacy, correlations, mixed policies and bad input.
@Suite(.serialized)
struct SynthesisKeysAndScaleTests {
    @Test func twoKeysDistinctWithinTheDrivingParentEachKeepTheirCounts() throws {
        // A student takes a course once (PK) and sits in a room once (UNIQUE): two references whose picks
        // must differ within each student, each with its own record of what the student took (one record
        // for both left the rooms' picks to random fallbacks, and the rooms' counts off the source's).
        let directory = try TemporaryDirectory()
        var sql = """
            CREATE TABLE student (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
            CREATE TABLE course (id INTEGER PRIMARY KEY, title TEXT NOT NULL);
            CREATE TABLE room (id INTEGER PRIMARY KEY, label TEXT NOT NULL);
            CREATE TABLE enrollment (student_id INTEGER NOT NULL REFERENCES student(id), course_id INTEGER NOT NULL REFERENCES course(id),
                room_id INTEGER NOT NULL REFERENCES room(id), PRIMARY KEY (student_id, course_id), UNIQUE (student_id, room_id));

            """
        for id in 1...30 { sql += "INSERT INTO course VALUES (\(id), 'course \(id)');\n" }
        for id in 1...10 { sql += "INSERT INTO room VALUES (\(id), 'room \(id)');\n" }
        var generator = SplitMix64(seed: 8)
        for student in 1...200 {
            sql += "INSERT INTO student VALUES (\(student), 'student \(student)');\n"
            let courses = (1...30).shuffled(using: &generator), rooms = (1...10).shuffled(using: &generator)
            for taken in 0..<(2 + generator.next(below: 3)) {
                sql += "INSERT INTO enrollment VALUES (\(student), \(courses[taken]), \(rooms[taken]));\n"
            }
        }
        let target = try SynthesisHarness.synthesized(sql: sql, policy: """
            version: 1
            tables:
              student: { mode: synthesize, columns: { id: synthesize, name: synthesize } }
              course: { mode: synthesize, columns: { id: synthesize, title: synthesize } }
              room: { mode: synthesize, columns: { id: synthesize, label: synthesize } }
              enrollment: { mode: synthesize }

            """, in: directory)
        let source = directory.file("source.sqlite")
        for (parent, column) in [("course", "course_id"), ("room", "room_id")] {
            let real = try SynthesisHarness.childrenPerParent(source, child: "enrollment", column: column, parent: parent, key: "id")
            let synthetic = try SynthesisHarness.childrenPerParent(target, child: "enrollment", column: column, parent: parent, key: "id")
            // At scale 1 the drawn counts are the source's, so each course and room gets exactly a count it had.
            #expect(synthetic.sorted() == real.sorted(), "\(parent)")
        }
        #expect(try SQLiteFixture.rows(target, "SELECT student_id, room_id FROM enrollment GROUP BY 1, 2 HAVING COUNT(*) > 1").isEmpty)
    }

    @Test func aParentsChildrenCountFollowsItsColumns() throws {
        // Gold customers place 8–12 orders, silver 3–5, bronze 0–1; the tier is also a step of `credit`.
        // The count is a variable of the customer's copula, so synthetic gold customers keep many orders
        // and bronze ones few; counts drawn apart from the columns would give every tier about 5.
        let directory = try TemporaryDirectory()
        var sql = """
            CREATE TABLE customer (id INTEGER PRIMARY KEY, tier TEXT NOT NULL, credit REAL NOT NULL);
            CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customer(id), amount REAL NOT NULL);

            """
        var generator = SplitMix64(seed: 5)
        var order = 0
        for id in 1...300 {
            let (tier, credit, orders) = [("bronze", 100.0, 0...1), ("silver", 1_000.0, 3...5), ("gold", 10_000.0, 8...12)][id % 3]
            sql += "INSERT INTO customer VALUES (\(id), '\(tier)', \(credit * (1 + generator.nextUnit())));\n"
            for _ in 0..<(orders.lowerBound + generator.next(below: orders.count)) {
                order += 1
                sql += "INSERT INTO orders VALUES (\(order), \(id), \(10 + generator.nextUnit() * 90));\n"
            }
        }
        let target = try SynthesisHarness.synthesized(sql: sql, policy: """
            version: 1
            tables:
              customer: { mode: synthesize, columns: { id: synthesize, tier: synthesize, credit: synthesize } }
              orders: { mode: synthesize, columns: { id: synthesize, amount: synthesize } }

            """, in: directory)
        let perTier = try SQLiteFixture.rows(target, """
            SELECT c.tier, AVG(n) FROM customer c JOIN (SELECT p.id, COUNT(o.id) AS n FROM customer p
            LEFT JOIN orders o ON o.customer_id = p.id GROUP BY p.id) k ON k.id = c.id GROUP BY c.tier
            """)
        var mean: [String: Double] = [:]
        for row in perTier {
            if case .text(let tier) = row[0], case .real(let average) = row[1] { mean[tier] = average }
        }
        #expect((mean["gold"] ?? 0) > 7, "\(mean)")
        #expect((mean["bronze"] ?? 99) < 2, "\(mean)")
        #expect((mean["silver"] ?? 0) > (mean["bronze"] ?? 99) && (mean["silver"] ?? 99) < (mean["gold"] ?? 0), "\(mean)")
    }

    @Test func aTinyScaleKeepsARowOfEveryTableThatHadRows() throws {
        // At scale 0.001, Chinook's 5 media types round to 0 rows; their tracks would reference nothing.
        let directory = try TemporaryDirectory()
        let model = directory.file("chinook.model.json"), target = directory.file("synthetic.sqlite")
        _ = try SynthesisHarness.fit(policy: SynthesisHarness.chinookPolicy, source: Fixtures.chinookSQLite, model: model)
        let summary = try SynthesisHarness.synthesize(model: model, target: target, scale: 0.001, in: directory)
        #expect(summary.foreignKeyViolations == 0)
        for table in ["Artist", "Album", "Genre", "MediaType", "Track", "Customer", "Employee", "Invoice", "Playlist"] {
            #expect(try SynthesisHarness.count(target, table) >= 1, "\(table)")
        }
    }

    @Test func compositeKeysSelfReferenceCycleChecksAndUniqueColumnsAtScaleFive() throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("source.sqlite"), policy = directory.file("policy.yaml")
        let model = directory.file("model.json"), target = directory.file("target.sqlite")
        try SynthesisHarness.constrainedSource(source)
        try SynthesisHarness.constrainedPolicy.write(toFile: policy, atomically: true, encoding: .utf8)
        _ = try SynthesisHarness.fit(policy: policy, source: source, model: model)
        // SQLite checks NOT NULL, UNIQUE, primary keys and CHECKs on every insert; the target runs
        // foreign_key_check and integrity_check before it swaps the file in.
        let summary = try SynthesisHarness.synthesize(model: model, target: target, scale: 5, in: directory)
        #expect(summary.foreignKeyViolations == 0)
        for table in ["department", "employee", "project"] {
            #expect(try SynthesisHarness.count(target, table) >= 4 * SynthesisHarness.count(source, table), "\(table)")
        }
        #expect(try SynthesisHarness.count(target, "assignment") > 0)
        #expect(try SQLiteFixture.integer(target, "SELECT COUNT(*) FROM employee WHERE manager_id IS NOT NULL") > 0)
        #expect(try SQLiteFixture.integer(target, "SELECT COUNT(*) FROM department WHERE head_id IS NOT NULL") > 0)
        #expect(try SQLiteFixture.integer(target, "SELECT COUNT(*) FROM employee WHERE ends_on IS NOT NULL AND NOT (starts_on < ends_on)") == 0)
        // The self-reference is a tree: following managers always ends.
        let cycles = try SQLiteFixture.integer(target, """
            WITH RECURSIVE chain(id, manager, depth) AS (SELECT id, manager_id, 0 FROM employee
              UNION ALL SELECT chain.id, e.manager_id, depth + 1 FROM chain JOIN employee e ON e.id = chain.manager WHERE depth < 1000)
            SELECT COUNT(*) FROM chain WHERE depth >= 1000
            """)
        #expect(cycles == 0)
    }

    @Test func theSameSeedWritesTheSameDatabaseAndAnotherSeedAnotherOne() throws {
        let directory = try TemporaryDirectory()
        let model = directory.file("model.json")
        _ = try SynthesisHarness.fit(policy: SynthesisHarness.chinookPolicy, source: Fixtures.chinookSQLite, model: model)
        func dump(_ path: String) throws -> [[Value]] {
            try SQLiteFixture.rows(path, "SELECT * FROM Invoice ORDER BY 1") + SQLiteFixture.rows(path, "SELECT * FROM PlaylistTrack ORDER BY 1, 2")
                + SQLiteFixture.rows(path, "SELECT * FROM Customer ORDER BY 1")
        }
        _ = try SynthesisHarness.synthesize(model: model, target: directory.file("a.sqlite"), in: directory)
        _ = try SynthesisHarness.synthesize(model: model, target: directory.file("b.sqlite"), in: directory)
        _ = try SynthesisHarness.synthesize(model: model, target: directory.file("c.sqlite"), seed: 99, in: directory)
        #expect(try dump(directory.file("a.sqlite")) == dump(directory.file("b.sqlite")))
        #expect(try dump(directory.file("a.sqlite")) != dump(directory.file("c.sqlite")))
        // Refitting the same data gives the same model, apart from when it was fitted.
        let again = directory.file("again.json")
        _ = try SynthesisHarness.fit(policy: SynthesisHarness.chinookPolicy, source: Fixtures.chinookSQLite, model: again)
        var first = try DatabaseModel.read(from: model), second = try DatabaseModel.read(from: again)
        first.fittedAt = ""
        second.fittedAt = ""
        #expect(first == second)
    }

    @Test func theModelFileHoldsNoPIIValueAndNoRareSensitiveValue() throws {
        let directory = try TemporaryDirectory()
        let model = directory.file("model.json")
        let fitted = try SynthesisHarness.fit(policy: SynthesisHarness.chinookPolicy, source: Fixtures.chinookSQLite, model: model)
        let text = try String(contentsOfFile: model, encoding: .utf8)
        let piiColumns: [(String, String)] = [
            ("Customer", "FirstName"), ("Customer", "LastName"), ("Customer", "Company"), ("Customer", "Address"), ("Customer", "City"),
            ("Customer", "State"), ("Customer", "PostalCode"), ("Customer", "Phone"), ("Customer", "Fax"), ("Customer", "Email"),
            ("Employee", "FirstName"), ("Employee", "LastName"), ("Employee", "Address"), ("Employee", "City"), ("Employee", "Email"),
            ("Employee", "Phone"), ("Employee", "BirthDate"), ("Employee", "PostalCode"),
            ("Invoice", "BillingAddress"), ("Invoice", "BillingCity"), ("Invoice", "BillingState"), ("Invoice", "BillingPostalCode"),
        ]
        // Values the catalogue holds too (a customer named like a composer) are public there, not leaks.
        var catalogue = Set<String>()
        for (table, column) in [("Track", "Composer"), ("Track", "Name"), ("Artist", "Name"), ("Album", "Title"), ("Playlist", "Name"), ("Genre", "Name")] {
            for row in try SQLiteFixture.rows(Fixtures.chinookSQLite, "SELECT DISTINCT \"\(column)\" FROM \"\(table)\"") {
                if let text = row.first?.textRepresentation { catalogue.insert(text) }
            }
        }
        var checked = 0
        for (table, column) in piiColumns {
            for row in try SQLiteFixture.rows(Fixtures.chinookSQLite, "SELECT DISTINCT \"\(column)\" FROM \"\(table)\" WHERE \"\(column)\" IS NOT NULL") {
                guard let value = row.first?.textRepresentation, !catalogue.contains(value) else { continue }
                let encoded = String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
                #expect(!text.contains(encoded), "\(table).\(column) value found in the model")
                checked += 1
            }
        }
        #expect(checked > 300)
        // Sensitive columns keep only values seen in at least min_count (10) rows.
        for table in fitted.tables {
            for column in table.columns where column.sensitive {
                #expect((column.categorical?.counts ?? []).allSatisfy { $0 >= 10 }, "\(table.name).\(column.name)")
            }
        }
    }

    @Test func correlatedColumnsKeepTheirTrendAndIndependentDrawsDoNot() throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("source.sqlite")
        var sql = "CREATE TABLE measurement (id INTEGER PRIMARY KEY, x REAL NOT NULL, y REAL NOT NULL, band TEXT NOT NULL);\n"
        var generator = SplitMix64(seed: 42)
        var rows: [(Double, Double, String)] = []
        for _ in 0..<3000 {
            let x = generator.nextUnit() * 100
            let y = 2 * x + (generator.nextUnit() - 0.5) * 30
            let band = x < 33 ? "low" : (x < 66 ? "mid" : "high")
            rows.append((x, y, band))
        }
        for (index, row) in rows.enumerated() { sql += "INSERT INTO measurement VALUES (\(index + 1), \(row.0), \(row.1), '\(row.2)');\n" }
        try SQLiteFixture.create(source, sql: sql)
        let policy = directory.file("policy.yaml")
        try "version: 1\nseed: 3\ntables:\n  measurement: { mode: synthesize, columns: { id: synthesize, x: synthesize, y: synthesize, band: synthesize } }\n"
            .write(toFile: policy, atomically: true, encoding: .utf8)
        let model = directory.file("model.json"), target = directory.file("synthetic.sqlite")
        _ = try SynthesisHarness.fit(policy: policy, source: source, model: model)
        _ = try SynthesisHarness.synthesize(model: model, target: target, in: directory)
        // The same marginals with the columns drawn independently: y shuffled against x and band.
        let independent = directory.file("independent.sqlite")
        var shuffled = rows.map(\.1)
        shuffled.shuffle(using: &generator)
        var independentSQL = "CREATE TABLE measurement (id INTEGER PRIMARY KEY, x REAL NOT NULL, y REAL NOT NULL, band TEXT NOT NULL);\n"
        var bands = rows.map(\.2)
        bands.shuffle(using: &generator)
        for (index, row) in rows.enumerated() {
            independentSQL += "INSERT INTO measurement VALUES (\(index + 1), \(row.0), \(shuffled[index]), '\(bands[index])');\n"
        }
        try SQLiteFixture.create(independent, sql: independentSQL)
        let synthetic = try FidelityReport.compute(source: try SQLiteSource(path: source), target: try SQLiteSource(path: target))
        let baseline = try FidelityReport.compute(source: try SQLiteSource(path: source), target: try SQLiteSource(path: independent))
        // x and y correlate at r ≈ 0.99 and band is a function of x: pair trends near 1 need the dependence
        // kept (the copula, with band's values ordered along x and its coarse scores corrected, keeps it to
        // within a few hundredths: about 0.97); independent draws score about 1 − 0.99/2 ≈ 0.5 on the
        // correlation and well under 0.8 on the contingency tables.
        let threshold = 0.9
        #expect((synthetic.columnPairTrends ?? 0) > threshold, "synthetic pair trends \(synthetic.columnPairTrends ?? -1)")
        #expect((baseline.columnPairTrends ?? 1) < threshold, "independent pair trends \(baseline.columnPairTrends ?? -1)")
        #expect((synthetic.columnShapes ?? 0) > 0.9)
        #expect(synthetic.copiedRowFraction == 0)
    }

    @Test func badInputIsRefusedAndNothingIsWritten() throws {
        let directory = try TemporaryDirectory()
        let model = directory.file("model.json"), target = directory.file("target.sqlite")
        #expect(throws: ModelFileError.self) { try SynthesisHarness.synthesize(model: directory.file("missing.json"), target: target, in: directory) }
        _ = try SynthesisHarness.fit(policy: SynthesisHarness.chinookPolicy, source: Fixtures.chinookSQLite, model: model)
        #expect(throws: UsageError.self) { try SynthesisHarness.synthesize(model: model, target: target, scale: 0, in: directory) }
        #expect(throws: UsageError.self) { try SynthesisHarness.synthesize(model: model, target: target, scale: -2, in: directory) }
        let text = try String(contentsOfFile: model, encoding: .utf8)
        let otherVersion = directory.file("v2.json")
        try text.replacingOccurrences(of: "\"version\":1", with: "\"version\":2").write(toFile: otherVersion, atomically: true, encoding: .utf8)
        do {
            _ = try SynthesisHarness.synthesize(model: otherVersion, target: target, in: directory)
            Issue.record("a model of another format version was accepted")
        } catch let error as ModelFileError {
            #expect(error.message.contains("version 2"))
        }
        let changedSchema = directory.file("changed.json")
        try text.replacingOccurrences(of: "\"name\":\"Milliseconds\"", with: "\"name\":\"Duration\"").write(toFile: changedSchema, atomically: true, encoding: .utf8)
        do {
            _ = try SynthesisHarness.synthesize(model: changedSchema, target: target, in: directory)
            Issue.record("a model of a changed schema was accepted")
        } catch let error as ModelFileError {
            #expect(error.message.contains("no longer matches"))
        }
        #expect(!FileManager.default.fileExists(atPath: target))
        // A synthesized table whose parent is skipped.
        let policy = directory.file("skip.yaml")
        try """
            version: 1
            unlisted: keep
            tables:
              Customer: skip
              Invoice: { mode: synthesize, columns: { InvoiceId: synthesize, InvoiceDate: synthesize, BillingAddress: { pii: street_address }, BillingCity: { pii: city }, BillingState: { pii: state }, BillingCountry: synthesize, BillingPostalCode: { pii: postcode }, Total: synthesize } }
            """.write(toFile: policy, atomically: true, encoding: .utf8)
        do {
            _ = try SynthesisHarness.fit(policy: policy, source: Fixtures.chinookSQLite, model: directory.file("skip.json"))
            Issue.record("a synthesized table with a skipped parent was accepted")
        } catch let problems as PolicyProblems {
            #expect(problems.description.contains("`Invoice` is synthesized and references `Customer`, which the policy skips"))
        }
        #expect(!FileManager.default.fileExists(atPath: directory.file("skip.json")))
    }

    @Test func policyRowsWinOverTheScale() throws {
        let directory = try TemporaryDirectory()
        let policy = directory.file("policy.yaml"), model = directory.file("model.json"), target = directory.file("target.sqlite")
        let text = try String(contentsOfFile: SynthesisHarness.chinookPolicy, encoding: .utf8)
            .replacingOccurrences(of: "Artist:    { mode: synthesize,", with: "Artist:    { mode: synthesize, rows: 40,")
        try text.write(toFile: policy, atomically: true, encoding: .utf8)
        _ = try SynthesisHarness.fit(policy: policy, source: Fixtures.chinookSQLite, model: model)
        _ = try SynthesisHarness.synthesize(model: model, target: target, scale: 2, in: directory)
        #expect(try SynthesisHarness.count(target, "Artist") == 40)
        // Genres are reference data: the same 25 at any scale.
        #expect(try SynthesisHarness.count(target, "Genre") == 25)
    }

    /// Reference data keeps its size under `--scale` (issue 17: at scale 10, Northwind's 4 regions became 40 with 4
    /// distinct names); the tables that reference it grow, and `doppel model show` says which tables are reference data.
    @Test func referenceDataKeepsItsSizeUnderTheScale() throws {
        let directory = try TemporaryDirectory()
        let model = directory.file("chinook.model.json"), target = directory.file("synthetic.sqlite")
        let fitted = try SynthesisHarness.fit(policy: SynthesisHarness.chinookPolicy, source: Fixtures.chinookSQLite, model: model)
        _ = try SynthesisHarness.synthesize(model: model, target: target, scale: 3, in: directory)
        for (table, rows) in [("Genre", 25), ("MediaType", 5)] {
            #expect(try SynthesisHarness.count(target, table) == Int64(rows), "\(table)")
        }
        // Entities grow: artists (275 rows), employees (14 columns), playlists (whose tracks a link table lists by
        // a primary key that holds the playlist's id), and what references the reference data.
        #expect(try SynthesisHarness.count(target, "Artist") == 825)
        #expect(try SynthesisHarness.count(target, "Playlist") == 54)
        #expect(try SynthesisHarness.count(target, "Employee") == 24)
        #expect(try SynthesisHarness.count(target, "Track") > 3 * 3503 / 2)
        let text = ModelText.render(fitted)
        #expect(text.contains("Genre: 25 rows (reference data: the same rows at any --scale)"))
        #expect(!text.contains("Artist: 275 rows (reference data"))
        // Issue 17: Chinook's composers, kept (not PII), are in the model as they are; model show says so and how to fold them.
        let composer = try #require(text.split(separator: "\n").first { $0.hasPrefix("  Composer: ") })
        #expect(composer.contains("seen in fewer than 10 rows kept verbatim (`sensitive: true` on the column, or `min_count_applies_to: all`, folds them)"), "\(composer)")
        #expect(!text.contains("  FirstName: fake") || !(text.split(separator: "\n").first { $0.hasPrefix("  FirstName: ") }?.contains("verbatim") ?? false))
    }

    @Test func aRowFollowsEveryParentItReferencesNotOnlyTheDrivingOne() throws {
        // packed rows hang off boxes (the driving reference: more parents) and pick an item; a packed
        // row's weight is its item's weight, give or take 1 %. Conditioning on the picked item keeps the
        // two together; drawing the row before picking would leave them unrelated (r ≈ 0).
        let directory = try TemporaryDirectory()
        var sql = """
            CREATE TABLE item (id INTEGER PRIMARY KEY, weight REAL NOT NULL);
            CREATE TABLE box (id INTEGER PRIMARY KEY, label TEXT NOT NULL);
            CREATE TABLE packed (id INTEGER PRIMARY KEY, box_id INTEGER NOT NULL REFERENCES box(id),
                item_id INTEGER NOT NULL REFERENCES item(id), weight REAL NOT NULL);

            """
        var generator = SplitMix64(seed: 11)
        var weights: [Double] = []
        for id in 1...60 {
            let weight = 1 + generator.nextUnit() * 99
            weights.append(weight)
            sql += "INSERT INTO item VALUES (\(id), \(weight));\n"
        }
        for id in 1...400 { sql += "INSERT INTO box VALUES (\(id), '\(["small", "large"][id % 2])');\n" }
        var line = 0
        for box in 1...400 {
            for _ in 0..<(1 + Int(generator.next(below: 4))) {
                line += 1
                let item = Int(generator.next(below: 60))
                sql += "INSERT INTO packed VALUES (\(line), \(box), \(item + 1), \(weights[item] * (0.99 + generator.nextUnit() * 0.02)));\n"
            }
        }
        let target = try SynthesisHarness.synthesized(sql: sql, policy: """
            version: 1
            tables:
              item: { mode: synthesize, columns: { id: synthesize, weight: synthesize } }
              box: { mode: synthesize, columns: { id: synthesize, label: synthesize } }
              packed: { mode: synthesize, columns: { id: synthesize, weight: synthesize } }

            """, in: directory)
        let pairs = try SQLiteFixture.rows(target, "SELECT i.weight, p.weight FROM packed p JOIN item i ON i.id = p.item_id").compactMap { row -> (Double, Double)? in
            guard case .real(let a) = row[0], case .real(let b) = row[1] else { return nil }
            return (a, b)
        }
        #expect(pairs.count > 500)
        let r = Statistics.pearson(pairs.map(\.0), pairs.map(\.1)) ?? 0
        #expect(r > 0.9, "item weight against packed weight: r = \(r)")
    }

    @Test func aMixedPolicyMasksCustomersAndSynthesizesTheirInvoices() throws {
        let directory = try TemporaryDirectory()
        let target = directory.file("mixed.sqlite")
        var policy = try String(contentsOfFile: Fixtures.packageRoot.appendingPathComponent("Policies/chinook.yaml").path, encoding: .utf8)
        policy = policy.replacingOccurrences(of: "  Invoice:\n    columns:", with: "  Invoice:\n    mode: synthesize\n    columns:")
            .replacingOccurrences(of: "  InvoiceLine:\n    columns:", with: "  InvoiceLine:\n    mode: synthesize\n    columns:")
            .replacingOccurrences(of: "InvoiceId: keep", with: "InvoiceId: synthesize").replacingOccurrences(of: "InvoiceDate: keep", with: "InvoiceDate: synthesize")
            .replacingOccurrences(of: "Total: keep", with: "Total: synthesize").replacingOccurrences(of: "InvoiceLineId: keep", with: "InvoiceLineId: synthesize")
            .replacingOccurrences(of: "UnitPrice: keep\n      Quantity: keep", with: "UnitPrice: synthesize\n      Quantity: synthesize")
            .replacingOccurrences(of: "BillingState:      { pii: state, rule: keep }", with: "BillingState:      { pii: state }")
            .replacingOccurrences(of: "BillingCountry:    { pii: country, rule: keep }", with: "BillingCountry:    { rule: synthesize, sensitive: true }")
        let outcome = try EngineHarness.clone(policy: policy, source: Fixtures.chinookSQLite, target: target, in: directory)
        guard case .cloned(let summary, _) = outcome else { Issue.record("not cloned"); return }
        #expect(summary.foreignKeyViolations == 0)
        #expect(summary.tables.first { $0.table == "Invoice" }?.mode == "synthesize")
        #expect(try SynthesisHarness.count(target, "Customer") == SynthesisHarness.count(Fixtures.chinookSQLite, "Customer"))
        #expect(try SynthesisHarness.count(target, "Invoice") > 200)
        #expect(try SynthesisHarness.count(target, "InvoiceLine") > 1000)
        // Synthesized invoices point at the masked customers, lines at kept tracks.
        #expect(try SQLiteFixture.integer(target, "SELECT COUNT(*) FROM Invoice WHERE CustomerId NOT IN (SELECT CustomerId FROM Customer)") == 0)
        #expect(try SQLiteFixture.integer(target, "SELECT COUNT(DISTINCT CustomerId) FROM Invoice") > 30)
        let realTotals = try SQLiteFixture.rows(Fixtures.chinookSQLite, "SELECT InvoiceId, CustomerId, InvoiceDate, Total FROM Invoice")
        let written = try SQLiteFixture.rows(target, "SELECT InvoiceId, CustomerId, InvoiceDate, Total FROM Invoice")
        #expect(Set(written.map { $0.map(\.description) + [$0[2].textRepresentation ?? ""] }).intersection(realTotals.map { $0.map(\.description) + [$0[2].textRepresentation ?? ""] }).count < written.count)
    }
}
