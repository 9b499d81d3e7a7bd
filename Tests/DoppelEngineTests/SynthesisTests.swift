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

/// `doppel fit` and `doppel synthesize` on real SQLite files: constraints by construction, scaling,
/// determinism, the model's privacy, fidelity, and bad input.
@Suite(.serialized)
struct SynthesisTests {
    static let logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
    static let chinookPolicy = Fixtures.packageRoot.appendingPathComponent("Policies/chinook_synthesize.yaml").path

    static func fit(policy: String, source: String, model: String) throws -> DatabaseModel {
        let ledger = URL(fileURLWithPath: model).deletingLastPathComponent().appendingPathComponent("ledger.sqlite").path
        return try ModelFitter(logger: logger).fit(policyPath: policy, source: .sqlite(path: source), output: model, ledgerPath: ledger).model
    }

    static func synthesize(model: String, target: String, scale: Double = 1, seed: UInt64? = nil, in directory: TemporaryDirectory) throws -> CloneSummary {
        try SynthesizeRunner(logger: logger).run(.init(
            modelPath: model, target: .sqlite(path: target), scale: scale, seed: seed, ledgerPath: directory.file("ledger.sqlite"), environment: [:]))
    }

    /// Creates a source from `sql`, fits it with `policy` (YAML) and synthesizes it at scale 1; the target's path.
    static func synthesized(sql: String, policy: String, in directory: TemporaryDirectory) throws -> String {
        let source = directory.file("source.sqlite"), policyPath = directory.file("policy.yaml")
        try SQLiteFixture.create(source, sql: sql)
        try policy.write(toFile: policyPath, atomically: true, encoding: .utf8)
        let model = directory.file("model.json"), target = directory.file("synthetic.sqlite")
        _ = try fit(policy: policyPath, source: source, model: model)
        _ = try synthesize(model: model, target: target, in: directory)
        return target
    }

    static func count(_ path: String, _ table: String) throws -> Int64 {
        try SQLiteFixture.integer(path, "SELECT COUNT(*) FROM \"\(table)\"")
    }

    @Test(arguments: [1.0, 3.0])
    func chinookAtScaleKeepsEveryConstraint(scale: Double) throws {
        let directory = try TemporaryDirectory()
        let model = directory.file("chinook.model.json"), target = directory.file("synthetic.sqlite")
        let fitted = try Self.fit(policy: Self.chinookPolicy, source: Fixtures.chinookSQLite, model: model)
        #expect(fitted.tables.count == 11)
        let summary = try Self.synthesize(model: model, target: target, scale: scale, in: directory)
        #expect(summary.foreignKeyViolations == 0)
        #expect(summary.integrity == "ok")
        #expect(try SQLiteFixture.rows(target, "PRAGMA foreign_key_check").isEmpty)
        #expect(try SQLiteFixture.rows(target, "PRAGMA integrity_check").first?.first == .text("ok"))
        // Every table is written, and sizes follow the scale (children through their parents' drawn counts).
        for table in ["Artist", "Album", "Track", "Customer", "Invoice", "InvoiceLine", "Playlist", "PlaylistTrack"] {
            let source = try Self.count(Fixtures.chinookSQLite, table)
            let written = try Self.count(target, table)
            #expect(Double(written) > Double(source) * scale * 0.6, "\(table): \(written) rows for \(source) × \(scale)")
            #expect(Double(written) < Double(source) * scale * 1.6, "\(table): \(written) rows for \(source) × \(scale)")
        }
        // No synthetic person is a real one.
        let realEmails = Set(try SQLiteFixture.rows(Fixtures.chinookSQLite, "SELECT Email FROM Customer").compactMap { $0.first })
        #expect(try SQLiteFixture.rows(target, "SELECT Email FROM Customer").compactMap(\.first).allSatisfy { !realEmails.contains($0) })
    }

    /// Children per parent of `child.column` → `parent.key`, zero included, parent by parent.
    static func childrenPerParent(_ path: String, child: String, column: String, parent: String, key: String) throws -> [Int64] {
        try SQLiteFixture.rows(path, """
            SELECT COUNT(c."\(column)") FROM "\(parent)" p LEFT JOIN "\(child)" c ON c."\(column)" = p."\(key)" GROUP BY p."\(key)"
            """).compactMap { row in
            guard case .integer(let count) = row.first else { return nil }
            return count
        }
    }

    @Test func childrenPerParentStayWithinTheSourcesBoundsAndADrivingReferenceKeepsItsHistogram() throws {
        // SDMetrics' CardinalityBoundaryAdherence: every synthetic parent's children count lies between
        // the smallest and largest the source had, for driving references (drawn from the histogram) and
        // picked ones alike (a track's sales, a media type's tracks). At scale 1 the drawn counts are
        // stratified, so the albums' histogram of tracks comes back exactly, not give or take sampling noise.
        let directory = try TemporaryDirectory()
        let model = directory.file("chinook.model.json"), target = directory.file("synthetic.sqlite")
        _ = try Self.fit(policy: Self.chinookPolicy, source: Fixtures.chinookSQLite, model: model)
        _ = try Self.synthesize(model: model, target: target, in: directory)
        let relations = [
            ("Album", "ArtistId", "Artist"), ("Track", "AlbumId", "Album"), ("Track", "MediaTypeId", "MediaType"),
            ("Track", "GenreId", "Genre"), ("Customer", "SupportRepId", "Employee"), ("Invoice", "CustomerId", "Customer"),
            ("InvoiceLine", "InvoiceId", "Invoice"), ("InvoiceLine", "TrackId", "Track"), ("PlaylistTrack", "PlaylistId", "Playlist"),
            ("PlaylistTrack", "TrackId", "Track"),
        ]
        for (child, column, parent) in relations {
            let real = try Self.childrenPerParent(Fixtures.chinookSQLite, child: child, column: column, parent: parent, key: parent + "Id")
            let synthetic = try Self.childrenPerParent(target, child: child, column: column, parent: parent, key: parent + "Id")
            guard let low = real.min(), let high = real.max() else { continue }
            let outside = synthetic.filter { !(low...high).contains($0) }
            #expect(outside.isEmpty, "\(child).\(column): \(outside.count) of \(synthetic.count) parents outside \(low)…\(high): \(outside.prefix(5))")
        }
        let real = try Self.childrenPerParent(Fixtures.chinookSQLite, child: "Track", column: "AlbumId", parent: "Album", key: "AlbumId")
        let synthetic = try Self.childrenPerParent(target, child: "Track", column: "AlbumId", parent: "Album", key: "AlbumId")
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
        let target = try Self.synthesized(sql: sql, policy: """
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
        let target = try Self.synthesized(sql: sql, policy: """
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
        let target = try Self.synthesized(sql: sql, policy: """
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
        let target = try Self.synthesized(sql: sql, policy: """
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
        let target = try Self.synthesized(sql: sql, policy: """
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
                try ModelFitter(logger: Self.logger).fit(policyPath: policy, source: .sqlite(path: source), output: output, ledgerPath: ledger)
            }
        }
        #expect(SQLiteFixture.bytes(source) == sourceBytes)
        #expect(SQLiteFixture.bytes(policy) == policyBytes)
        let model = directory.file("model.json")
        _ = try Self.fit(policy: policy, source: source, model: model)
        let modelBytes = SQLiteFixture.bytes(model)
        #expect(throws: UsageError.self) {
            try SynthesizeRunner(logger: Self.logger).run(.init(modelPath: model, target: .sqlite(path: model), scale: 1, ledgerPath: ledger, environment: [:]))
        }
        #expect(SQLiteFixture.bytes(model) == modelBytes)
    }

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
        let target = try Self.synthesized(sql: sql, policy: """
            version: 1
            tables:
              student: { mode: synthesize, columns: { id: synthesize, name: synthesize } }
              course: { mode: synthesize, columns: { id: synthesize, title: synthesize } }
              room: { mode: synthesize, columns: { id: synthesize, label: synthesize } }
              enrollment: { mode: synthesize }

            """, in: directory)
        let source = directory.file("source.sqlite")
        for (parent, column) in [("course", "course_id"), ("room", "room_id")] {
            let real = try Self.childrenPerParent(source, child: "enrollment", column: column, parent: parent, key: "id")
            let synthetic = try Self.childrenPerParent(target, child: "enrollment", column: column, parent: parent, key: "id")
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
        let target = try Self.synthesized(sql: sql, policy: """
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
        _ = try Self.fit(policy: Self.chinookPolicy, source: Fixtures.chinookSQLite, model: model)
        let summary = try Self.synthesize(model: model, target: target, scale: 0.001, in: directory)
        #expect(summary.foreignKeyViolations == 0)
        for table in ["Artist", "Album", "Genre", "MediaType", "Track", "Customer", "Employee", "Invoice", "Playlist"] {
            #expect(try Self.count(target, table) >= 1, "\(table)")
        }
    }

    static let constrainedSchema = """
        CREATE TABLE department (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, head_id INTEGER REFERENCES employee(id), budget REAL NOT NULL CHECK (budget >= 1000));
        CREATE TABLE employee (
            id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, department_id INTEGER NOT NULL REFERENCES department(id),
            manager_id INTEGER REFERENCES employee(id), grade TEXT NOT NULL CHECK (grade IN ('junior', 'senior', 'lead')),
            starts_on TEXT NOT NULL, ends_on TEXT, salary INTEGER NOT NULL CHECK (salary BETWEEN 20000 AND 200000),
            CHECK (starts_on < ends_on));
        CREATE TABLE project (code TEXT NOT NULL, year INTEGER NOT NULL, title TEXT NOT NULL, PRIMARY KEY (code, year));
        CREATE TABLE assignment (
            employee_id INTEGER NOT NULL REFERENCES employee(id), project_code TEXT NOT NULL, project_year INTEGER NOT NULL,
            hours INTEGER NOT NULL CHECK (hours > 0), PRIMARY KEY (employee_id, project_code, project_year),
            FOREIGN KEY (project_code, project_year) REFERENCES project(code, year));
        """

    /// Writes the constrained schema with `departments` departments and realistic rows into `path`.
    static func constrainedSource(_ path: String, departments: Int = 6) throws {
        var sql = constrainedSchema
        var generator = SystemRandomNumberGenerator()
        let grades = ["junior", "junior", "senior", "lead"]
        var employee = 0
        for department in 1...departments {
            sql += "INSERT INTO department VALUES (\(department), 'Department \(department)', NULL, \(5000 + department * 1500));\n"
        }
        for department in 1...departments {
            for index in 0..<(8 + department * 3) {
                employee += 1
                let manager = index == 0 ? "NULL" : String(employee - index)
                let start = 2010 + Int.random(in: 0...10, using: &generator)
                let end = Bool.random(using: &generator) ? "'\(start + Int.random(in: 1...8, using: &generator))-06-30'" : "NULL"
                sql += "INSERT INTO employee VALUES (\(employee), 'person\(employee)@corp.example', \(department), \(manager), '\(grades[employee % 4])', '\(start)-01-15', \(end), \(30000 + Int.random(in: 0...90000, using: &generator)));\n"
            }
            sql += "UPDATE department SET head_id = \(employee) WHERE id = \(department);\n"
        }
        for project in 1...12 {
            for year in [2022, 2023] { sql += "INSERT INTO project VALUES ('P\(project)', \(year), 'Project \(project % 5)');\n" }
        }
        for person in 1...employee {
            for project in Set((0..<Int.random(in: 0...3, using: &generator)).map { _ in Int.random(in: 1...12, using: &generator) }) {
                sql += "INSERT INTO assignment VALUES (\(person), 'P\(project)', 2023, \(Int.random(in: 10...400, using: &generator)));\n"
            }
        }
        try SQLiteFixture.create(path, sql: sql)
    }

    static let constrainedPolicy = """
        version: 1
        seed: 7
        tables:
          department: { mode: synthesize, columns: { id: synthesize, name: synthesize, budget: synthesize } }
          employee:
            mode: synthesize
            columns: { id: synthesize, email: { pii: email }, grade: synthesize, starts_on: synthesize, ends_on: synthesize, salary: synthesize }
          project: { mode: synthesize, columns: { code: synthesize, year: synthesize, title: synthesize } }
          assignment: { mode: synthesize, columns: { hours: synthesize } }
        """

    @Test func compositeKeysSelfReferenceCycleChecksAndUniqueColumnsAtScaleFive() throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("source.sqlite"), policy = directory.file("policy.yaml")
        let model = directory.file("model.json"), target = directory.file("target.sqlite")
        try Self.constrainedSource(source)
        try Self.constrainedPolicy.write(toFile: policy, atomically: true, encoding: .utf8)
        _ = try Self.fit(policy: policy, source: source, model: model)
        // SQLite checks NOT NULL, UNIQUE, primary keys and CHECKs on every insert; the target runs
        // foreign_key_check and integrity_check before it swaps the file in.
        let summary = try Self.synthesize(model: model, target: target, scale: 5, in: directory)
        #expect(summary.foreignKeyViolations == 0)
        for table in ["department", "employee", "project"] {
            #expect(try Self.count(target, table) >= 4 * Self.count(source, table), "\(table)")
        }
        #expect(try Self.count(target, "assignment") > 0)
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
        _ = try Self.fit(policy: Self.chinookPolicy, source: Fixtures.chinookSQLite, model: model)
        func dump(_ path: String) throws -> [[Value]] {
            try SQLiteFixture.rows(path, "SELECT * FROM Invoice ORDER BY 1") + SQLiteFixture.rows(path, "SELECT * FROM PlaylistTrack ORDER BY 1, 2")
                + SQLiteFixture.rows(path, "SELECT * FROM Customer ORDER BY 1")
        }
        _ = try Self.synthesize(model: model, target: directory.file("a.sqlite"), in: directory)
        _ = try Self.synthesize(model: model, target: directory.file("b.sqlite"), in: directory)
        _ = try Self.synthesize(model: model, target: directory.file("c.sqlite"), seed: 99, in: directory)
        #expect(try dump(directory.file("a.sqlite")) == dump(directory.file("b.sqlite")))
        #expect(try dump(directory.file("a.sqlite")) != dump(directory.file("c.sqlite")))
        // Refitting the same data gives the same model, apart from when it was fitted.
        let again = directory.file("again.json")
        _ = try Self.fit(policy: Self.chinookPolicy, source: Fixtures.chinookSQLite, model: again)
        var first = try DatabaseModel.read(from: model), second = try DatabaseModel.read(from: again)
        first.fittedAt = ""
        second.fittedAt = ""
        #expect(first == second)
    }

    @Test func theModelFileHoldsNoPIIValueAndNoRareSensitiveValue() throws {
        let directory = try TemporaryDirectory()
        let model = directory.file("model.json")
        let fitted = try Self.fit(policy: Self.chinookPolicy, source: Fixtures.chinookSQLite, model: model)
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
        _ = try Self.fit(policy: policy, source: source, model: model)
        _ = try Self.synthesize(model: model, target: target, in: directory)
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
        #expect(throws: ModelFileError.self) { try Self.synthesize(model: directory.file("missing.json"), target: target, in: directory) }
        _ = try Self.fit(policy: Self.chinookPolicy, source: Fixtures.chinookSQLite, model: model)
        #expect(throws: UsageError.self) { try Self.synthesize(model: model, target: target, scale: 0, in: directory) }
        #expect(throws: UsageError.self) { try Self.synthesize(model: model, target: target, scale: -2, in: directory) }
        let text = try String(contentsOfFile: model, encoding: .utf8)
        let otherVersion = directory.file("v2.json")
        try text.replacingOccurrences(of: "\"version\":1", with: "\"version\":2").write(toFile: otherVersion, atomically: true, encoding: .utf8)
        do {
            _ = try Self.synthesize(model: otherVersion, target: target, in: directory)
            Issue.record("a model of another format version was accepted")
        } catch let error as ModelFileError {
            #expect(error.message.contains("version 2"))
        }
        let changedSchema = directory.file("changed.json")
        try text.replacingOccurrences(of: "\"name\":\"Milliseconds\"", with: "\"name\":\"Duration\"").write(toFile: changedSchema, atomically: true, encoding: .utf8)
        do {
            _ = try Self.synthesize(model: changedSchema, target: target, in: directory)
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
            _ = try Self.fit(policy: policy, source: Fixtures.chinookSQLite, model: directory.file("skip.json"))
            Issue.record("a synthesized table with a skipped parent was accepted")
        } catch let problems as PolicyProblems {
            #expect(problems.description.contains("`Invoice` is synthesized and references `Customer`, which the policy skips"))
        }
        #expect(!FileManager.default.fileExists(atPath: directory.file("skip.json")))
    }

    @Test func policyRowsWinOverTheScale() throws {
        let directory = try TemporaryDirectory()
        let policy = directory.file("policy.yaml"), model = directory.file("model.json"), target = directory.file("target.sqlite")
        let text = try String(contentsOfFile: Self.chinookPolicy, encoding: .utf8)
            .replacingOccurrences(of: "Artist:    { mode: synthesize,", with: "Artist:    { mode: synthesize, rows: 40,")
        try text.write(toFile: policy, atomically: true, encoding: .utf8)
        _ = try Self.fit(policy: policy, source: Fixtures.chinookSQLite, model: model)
        _ = try Self.synthesize(model: model, target: target, scale: 2, in: directory)
        #expect(try Self.count(target, "Artist") == 40)
        #expect(try Self.count(target, "Genre") == 50)
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
        let target = try Self.synthesized(sql: sql, policy: """
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
        #expect(try Self.count(target, "Customer") == Self.count(Fixtures.chinookSQLite, "Customer"))
        #expect(try Self.count(target, "Invoice") > 200)
        #expect(try Self.count(target, "InvoiceLine") > 1000)
        // Synthesized invoices point at the masked customers, lines at kept tracks.
        #expect(try SQLiteFixture.integer(target, "SELECT COUNT(*) FROM Invoice WHERE CustomerId NOT IN (SELECT CustomerId FROM Customer)") == 0)
        #expect(try SQLiteFixture.integer(target, "SELECT COUNT(DISTINCT CustomerId) FROM Invoice") > 30)
        let realTotals = try SQLiteFixture.rows(Fixtures.chinookSQLite, "SELECT InvoiceId, CustomerId, InvoiceDate, Total FROM Invoice")
        let written = try SQLiteFixture.rows(target, "SELECT InvoiceId, CustomerId, InvoiceDate, Total FROM Invoice")
        #expect(Set(written.map { $0.map(\.description) + [$0[2].textRepresentation ?? ""] }).intersection(realTotals.map { $0.map(\.description) + [$0[2].textRepresentation ?? ""] }).count < written.count)
    }
}
