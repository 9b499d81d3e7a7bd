import DoppelCore
import DoppelPolicy
import Testing
@testable import DoppelFakers
@testable import DoppelMasking

/// Rules obey the column's type: values fit its length and range, empty stays empty, and one value gets one
/// fake whatever the column and its options (issue 12).
@Suite struct RuleFitTests {
    let row = RuleHarness.row(id: 1, .null)

    @Test func fakeCitiesFitAVarchar15AndAreStillCities() throws {
        let data = try FakerData.shared()
        let cities = Set(data.cities.items)
        let fake = try RuleHarness.transform(FakeRule.self, declaredType: "character varying(15)", pii: .city)
        for index in 0..<3_000 {
            let city = try #require(try fake.apply(.text("Source City \(index)"), row: row).textRepresentation)
            #expect(city.count <= 15, "\(city.count) characters")
            #expect(cities.contains(city))
        }
    }

    @Test func sqliteDeclaredLengthsAreObeyedToo() throws {
        let fake = try RuleHarness.transform(FakeRule.self, declaredType: "NVARCHAR(12)", pii: .name)
        for index in 0..<2_000 {
            let name = try #require(try fake.apply(.text("Person \(index)"), row: row).textRepresentation)
            #expect(name.count <= 12 && !name.isEmpty, "\(name.count) characters")
        }
    }

    @Test func aUniqueNationalIDStaysUniqueAndFitsChar11() throws {
        let fake = try RuleHarness.transform(FakeRule.self, declaredType: "character(11)", pii: .nationalID, unique: true)
        var seen = Set<String>()
        for index in 0..<5_000 {
            let digits = String(100_000_000 + index * 7919)
            let ssn = "\(digits.prefix(3))-\(digits.dropFirst(3).prefix(2))-\(digits.suffix(4))"
            let output = try #require(try fake.apply(.text(ssn), row: row).textRepresentation)
            #expect(output.count == 11, "\(output.count) characters")
            #expect(output != ssn)
            seen.insert(output)
        }
        #expect(seen.count == 5_000)
    }

    @Test func aUniqueEmailFitsItsColumnAndStaysUnique() throws {
        let fake = try RuleHarness.transform(FakeRule.self, declaredType: "varchar(40)", pii: .email, unique: true)
        var seen = Set<String>()
        for index in 0..<5_000 {
            let email = try #require(try fake.apply(.text("customer\(index)@corp.test"), row: row).textRepresentation)
            #expect(email.count <= 40 && email.contains("@"), "\(email)")
            seen.insert(email)
        }
        #expect(seen.count == 5_000)
    }

    @Test func emptyStaysEmptyAndNullStaysNull() throws {
        for kind: PIIKind in [.streetAddress, .name, .email, .phone, .city, .nationalID] {
            let fake = try RuleHarness.transform(FakeRule.self, pii: kind)
            #expect(try fake.apply(.text(""), row: row) == .text(""), "\(kind)")
            #expect(try fake.apply(.text("   "), row: row) == .text("   "), "\(kind)")
            #expect(try fake.apply(.null, row: row) == .null, "\(kind)")
        }
    }

    /// Joins on a faked email between two tables survive when one column is `unique: true` and the other not,
    /// and whichever table or column the value sits in.
    @Test func oneValueOneFakeWhateverTheColumnAndItsOptions() throws {
        for kind: PIIKind in [.email, .username, .phone, .nationalID, .url] {
            let unique = try RuleHarness.transform(FakeRule.self, pii: kind, unique: true, tableName: "customers", columnName: "email")
            let plain = try RuleHarness.transform(FakeRule.self, pii: kind, tableName: "orders", columnName: "contact")
            for index in 0..<500 {
                let source = Value.text(kind == .phone ? "+1 (555) 010-\(1000 + index)" : kind == .nationalID ? "123-45-\(1000 + index)" : "person\(index)@corp.test")
                #expect(try unique.apply(source, row: row) == plain.apply(source, row: row), "\(kind)")
            }
        }
    }

    @Test func hashFitsTextLengthsAndIntegerWidths() throws {
        let text = try RuleHarness.transform(HashRule.self, declaredType: "varchar(20)")
        #expect(try text.apply(.text("token"), row: row).textRepresentation?.count == 20)
        let small = try RuleHarness.transform(HashRule.self, type: .integer, declaredType: "integer")
        for index in Int64(0)..<1_000 {
            guard case .integer(let number) = try small.apply(.integer(index), row: row) else {
                Issue.record("not an integer")
                return
            }
            #expect(number >= 0 && number <= Int64(Int32.max))
        }
    }

    @Test func integerPseudonymsStayInAnInt4() throws {
        let rule = try RuleHarness.transform(PseudonymizeRule.self, type: .integer, declaredType: "integer")
        var seen = Set<Value>()
        for number in Int64(2_147_480_000)...Int64(2_147_483_647) {
            let output = try rule.apply(.integer(number), row: row)
            guard case .integer(let value) = output else {
                Issue.record("not an integer")
                return
            }
            #expect(value <= Int64(Int32.max) && value >= 1_000_000_000)
            seen.insert(output)
        }
        #expect(seen.count == 3_648)
    }
}
