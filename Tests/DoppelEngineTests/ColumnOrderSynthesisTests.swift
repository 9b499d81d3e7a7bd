import DoppelCore
import DoppelEngine
import DoppelMasking
import DoppelSynthesis
import DoppelTestSupport
import Foundation
import Testing

/// Order between the columns of a row (issue 17: shipped before ordered in half the synthetic orders; returned
/// before rented in a third of the rentals): the fit finds the pairs in order in every source row, `model show`
/// lists them, and generation keeps them, chains included; pairs out of order somewhere are left alone.
@Suite struct ColumnOrderSynthesisTests {
    /// 400 orders: ordered ≤ shipped ≤ delivered (delivered NULL in a fifth), a price never above the list price,
    /// and a weight unrelated to the price.
    static let source: String = {
        var sql = """
            CREATE TABLE orders (
                id INTEGER PRIMARY KEY, ordered_at DATE NOT NULL, shipped_at DATE NOT NULL, delivered_at DATE,
                price REAL NOT NULL, list_price REAL NOT NULL, weight REAL NOT NULL);

            """
        for id in 1...400 {
            let ordered = 1 + (id * 37) % 300
            let shipped = ordered + (id * 13) % 9
            let delivered = id % 5 == 0 ? "NULL" : "date('2024-01-01', '+\(shipped + 1 + (id * 7) % 11) days')"
            let list = Double(10 + (id * 17) % 190)
            let price = list - Double((id * 3) % 10)
            sql += "INSERT INTO orders VALUES (\(id), date('2024-01-01', '+\(ordered) days'), date('2024-01-01', '+\(shipped) days'), \(delivered), \(price), \(list), \(Double((id * 29) % 50) + 0.5));\n"
        }
        return sql
    }()

    static let policy = """
        version: 1
        seed: 4
        unlisted: keep
        tables:
          orders: { mode: synthesize }
        """

    @Test func orderedPairsAreFoundAndKept() throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("source.sqlite"), policyPath = directory.file("policy.yaml")
        try SQLiteFixture.create(source, sql: Self.source)
        try Self.policy.write(toFile: policyPath, atomically: true, encoding: .utf8)
        let modelPath = directory.file("model.json"), target = directory.file("synthetic.sqlite")
        let model = try SynthesisHarness.fit(policy: policyPath, source: source, model: modelPath)
        let orders = Set((model.table(named: "orders")?.orders ?? []).map { "\($0.lower) <= \($0.upper)" })
        #expect(orders == ["ordered_at <= shipped_at", "ordered_at <= delivered_at", "shipped_at <= delivered_at", "price <= list_price"])
        #expect(ModelText.render(model).contains("  order: ordered_at ≤ shipped_at in all 400 source rows with both (kept by generation)"))
        _ = try SynthesisHarness.synthesize(model: modelPath, target: target, scale: 3, in: directory)
        #expect(try SynthesisHarness.count(target, "orders") == 1200)
        for (lower, upper) in [("ordered_at", "shipped_at"), ("shipped_at", "delivered_at"), ("ordered_at", "delivered_at"), ("price", "list_price")] {
            let violations = try SQLiteFixture.integer(target, "SELECT count(*) FROM orders WHERE \(upper) IS NOT NULL AND \(lower) > \(upper)")
            #expect(violations == 0, "\(lower) > \(upper) in \(violations) rows")
        }
        // The unrelated pair stays unrelated: weights above and below prices both occur.
        #expect(try SQLiteFixture.integer(target, "SELECT count(*) FROM orders WHERE weight > price") > 0)
        #expect(try SQLiteFixture.integer(target, "SELECT count(*) FROM orders WHERE weight < price") > 0)
    }
}

/// A faked date of birth in a synthesized table follows the column (issue 17: births 1940–2006 where the source
/// had 1952–1965, a quarter of the people born after they were hired, another date format): it is drawn within
/// the years `min_count` people share at either end, in the column's format, before the hire date.
@Suite struct BirthDateSynthesisTests {
    static let source: String = {
        var sql = "CREATE TABLE employees (id INTEGER PRIMARY KEY, birth_date TEXT NOT NULL, hire_date TEXT NOT NULL, salary INTEGER NOT NULL);\n"
        for id in 1...300 {
            let year = 1952 + (id * 5) % 14, month = 1 + (id * 7) % 12, day = 1 + (id * 3) % 28
            let hired = year + 20 + (id * 11) % 16
            sql += String(format: "INSERT INTO employees VALUES (%d, '%04d-%02d-%02d', '%04d-%02d-%02d', %d);\n", id, year, month, day, hired, month, day, 30000 + id * 97)
        }
        return sql
    }()

    @Test func birthsFollowTheColumnsYearsFormatAndTheHireDate() throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("source.sqlite"), policyPath = directory.file("policy.yaml")
        try SQLiteFixture.create(source, sql: Self.source)
        try """
            version: 1
            seed: 8
            unlisted: keep
            tables:
              employees: { mode: synthesize, columns: { birth_date: { pii: date_of_birth } } }
            """.write(toFile: policyPath, atomically: true, encoding: .utf8)
        let modelPath = directory.file("model.json"), target = directory.file("synthetic.sqlite")
        let model = try SynthesisHarness.fit(policy: policyPath, source: source, model: modelPath)
        let birth = try #require(model.table(named: "employees")?.column(named: "birth_date"))
        #expect(birth.kind == .fake && birth.birthYears?.first == 1952 && birth.birthYears?.last == 1965)
        #expect(ModelText.render(model).contains("births drawn in 1952–1965"))
        // No one's date of birth is in the model file.
        let file = try String(contentsOfFile: modelPath, encoding: .utf8)
        let births = try SQLiteFixture.rows(source, "SELECT birth_date FROM employees").compactMap(\.[0].textRepresentation)
        #expect(!births.contains { file.contains($0) })
        _ = try SynthesisHarness.synthesize(model: modelPath, target: target, scale: 2, in: directory)
        #expect(try SQLiteFixture.integer(target, "SELECT count(*) FROM employees") == 600)
        #expect(try SQLiteFixture.integer(target, "SELECT count(*) FROM employees WHERE birth_date < '1952-01-01' OR birth_date > '1965-12-31'") == 0)
        #expect(try SQLiteFixture.integer(target, "SELECT count(*) FROM employees WHERE length(birth_date) <> 10 OR birth_date NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'") == 0)
        #expect(try SQLiteFixture.integer(target, "SELECT count(*) FROM employees WHERE birth_date > hire_date") == 0)
        // Births spread over the years, not piled on one.
        #expect(try SQLiteFixture.integer(target, "SELECT count(DISTINCT substr(birth_date, 1, 4)) FROM employees") >= 12)
    }
}

/// A near-deterministic pair (issue 17: a rental's return date, correlation 0.995 in the source, fell to 0.446):
/// the later date is written as the earlier one plus a gap drawn from the source's gaps.
@Suite struct NearDeterministicPairTests {
    @Test func aReturnFollowsItsRentalByTheSourcesGaps() throws {
        var sql = "CREATE TABLE rentals (id INTEGER PRIMARY KEY, rented_at DATE NOT NULL, returned_at DATE, amount REAL NOT NULL);\n"
        for id in 1...500 {
            let rented = (id * 37) % 360
            let returned = id % 10 == 0 ? "NULL" : "date('2024-01-01', '+\(rented + 1 + id % 7) days')"
            sql += "INSERT INTO rentals VALUES (\(id), date('2024-01-01', '+\(rented) days'), \(returned), \(Double(1 + id % 9) + 0.99));\n"
        }
        let directory = try TemporaryDirectory()
        let target = try SynthesisHarness.synthesized(
            sql: sql, policy: "version: 1\nseed: 6\nunlisted: keep\ntables:\n  rentals: { mode: synthesize }\n", in: directory)
        let model = try String(contentsOfFile: directory.file("model.json"), encoding: .utf8)
        #expect(model.contains("\"gaps\""))
        let pairs = try SQLiteFixture.rows(target, "SELECT julianday(rented_at), julianday(returned_at) FROM rentals WHERE returned_at IS NOT NULL")
            .compactMap { row -> (Double, Double)? in
                guard case .real(let a) = row[0], case .real(let b) = row[1] else { return nil }
                return (a, b)
            }
        #expect(pairs.count > 400)
        #expect(pairs.allSatisfy { $0.0 <= $0.1 })
        let withinSourceGaps = pairs.filter { $0.1 - $0.0 >= 1 && $0.1 - $0.0 <= 7 }.count
        #expect(Double(withinSourceGaps) >= 0.9 * Double(pairs.count), "\(withinSourceGaps) of \(pairs.count) gaps of 1 to 7 days")
        let n = Double(pairs.count)
        let (ma, mb) = (pairs.map(\.0).reduce(0, +) / n, pairs.map(\.1).reduce(0, +) / n)
        let covariance = pairs.map { ($0.0 - ma) * ($0.1 - mb) }.reduce(0, +) / n
        let deviations = (pairs.map { ($0.0 - ma) * ($0.0 - ma) }.reduce(0, +) / n * pairs.map { ($0.1 - mb) * ($0.1 - mb) }.reduce(0, +) / n).squareRoot()
        #expect(covariance / deviations > 0.99, "correlation \(covariance / deviations)")
    }
}
