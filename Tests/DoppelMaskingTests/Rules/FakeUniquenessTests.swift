import DoppelCore
import DoppelPolicy
import Testing
@testable import DoppelFakers
@testable import DoppelMasking

/// Unique fakes without a visible tag, and `avoid_source`.
@Suite struct FakeUniquenessTests {
    let row = RuleHarness.row(id: 1, .null)

    /// Sources that all look alike (the most common names, as real customer lists have) still get distinct,
    /// realistic emails: a number as people add one, never a random tag.
    @Test func uniqueEmailsLookRealAndNeverRepeat() throws {
        let fake = try RuleHarness.transform(FakeRule.self, pii: .email)
        let shape = try Regex("^[a-z]+([._]?[a-z']+)?[0-9]{0,8}@([a-z]+\\.)?example\\.(com|net|org)$")
        var outputs = Set<String>()
        for index in 0..<50_000 {
            let output = try #require(try fake.apply(.text("customer\(index)@shop.test"), row: row).textRepresentation)
            #expect(output.wholeMatch(of: shape) != nil, "\(output)")
            outputs.insert(output)
        }
        #expect(outputs.count == 50_000)
    }

    @Test func oneValueGetsOneFakeInEveryColumnOfItsKind() throws {
        let fakes = FakeRegistry()
        let customers = try RuleHarness.transform(FakeRule.self, pii: .email, columnName: "email", fakes: fakes)
        let orders = try RuleHarness.transform(FakeRule.self, pii: .email, unique: true, tableName: "orders", columnName: "contact", fakes: fakes)
        for index in 0..<5_000 {
            let source = Value.text("person\(index)@corp.test")
            let first = try customers.apply(source, row: row)
            #expect(try orders.apply(source, row: RuleHarness.row(id: 2, .null)) == first)
            #expect(try customers.apply(source, row: row) == first)
        }
    }

    /// Names are unique with `unique: true` through middle initials, without digits or tags.
    @Test func uniqueNamesStayNames() throws {
        let fake = try RuleHarness.transform(FakeRule.self, pii: .name, unique: true)
        var outputs = Set<String>()
        for index in 0..<20_000 {
            let output = try #require(try fake.apply(.text("person \(index)"), row: row).textRepresentation)
            #expect(output.allSatisfy { !$0.isNumber }, "\(output)")
            outputs.insert(output)
        }
        #expect(outputs.count == 20_000)
    }

    /// The worst case for `avoid_source`: the source holds fakes of the very kind Doppel draws (the same lists),
    /// so without the filter some fakes equal somebody's real address; with it, none does.
    @Test func avoidSourceKeepsEveryFakeOutOfTheSource() throws {
        let data = try FakerData.shared()
        let faker = Faker(kind: .email, data: data)
        var generator = SplitMix64(seed: 99)
        var sources: [String] = []
        var avoided = AvoidedValues(kind: .email)
        for _ in 0..<20_000 {
            let text = try #require(faker.fake(for: .null, using: &generator).textRepresentation)
            sources.append(text)
            avoided.insert(text.uppercased())  // the filter compares emails without case
        }
        avoided.seal()
        let sourceSet = Set(sources)
        let guarded = try RuleHarness.transform(FakeRule.self, pii: .email, fakes: FakeRegistry(avoiding: [avoided]))
        let unguarded = try RuleHarness.transform(FakeRule.self, pii: .email, parameters: ["avoid_source": "false"], fakes: FakeRegistry(avoiding: [avoided]))
        var hitsWithout = 0
        for (index, source) in sources.enumerated() {
            let value = Value.text("other\(index)@" + source.split(separator: "@")[1])
            let output = try #require(try guarded.apply(value, row: row).textRepresentation)
            #expect(!sourceSet.contains(output), "\(output) is a source value")
            if let plain = try unguarded.apply(value, row: row).textRepresentation, sourceSet.contains(plain) { hitsWithout += 1 }
        }
        #expect(hitsWithout > 0)  // the test can fail: without the filter, fakes do meet the source
    }

    /// Phones are a permutation of the source's digits; one that lands on a source number is permuted again,
    /// and the result is still unique across sources.
    @Test func avoidingPhonesStayUniqueAndOutOfTheSource() throws {
        var avoided = AvoidedValues(kind: .phone)
        let sources = (0..<50_000).map { "555-\(String(100_000 + $0 * 2).dropFirst())" }  // every other 5-digit number
        for source in sources { avoided.insert(source) }
        let fakes = FakeRegistry(avoiding: [avoided])
        avoided.seal()
        // As a clone does before writing: every value's first permutation is known.
        let context = RuleContext(
            table: Table(name: "t", columns: [Column(name: "c", declaredType: "TEXT", logicalType: .text, isNullable: true)]),
            column: Column(name: "c", declaredType: "TEXT", logicalType: .text, isNullable: true),
            policy: ColumnPolicy(
                name: "c", location: SourceLocation(file: "p.yaml", line: 1, column: 1), pii: .phone, rule: "fake",
                ruleLocation: SourceLocation(file: "p.yaml", line: 1, column: 1)),
            seed: 1, secret: RuleHarness.secret, columnIndexes: ["c": 0], fakes: fakes)
        #expect(FakeRule.permutesAvoidingSource(context))
        var firsts = SortedHashes()
        try FakeRule.firstCandidateKeys(context, values: { body in sources.forEach { body(.text($0)) } }, into: &firsts)
        fakes.setFirstCandidates(firsts, of: .phone)
        let fake = try FakeRule.transform(for: context)
        var outputs = Set<String>()
        for source in sources {
            let output = try #require(try fake.apply(.text(source), row: row).textRepresentation)
            #expect(!avoided.contains(output), "\(output)")
            #expect(output.count == source.count)
            outputs.insert(output)
        }
        #expect(outputs.count == sources.count)
    }

    /// A space the source fills leaves no fake to draw: the run stops with the column and the way out.
    @Test func aFullSpaceStopsTheRunNamingTheColumn() throws {
        var avoided = AvoidedValues(kind: .phone)
        for number in 0..<10_000 { avoided.insert(String(10_000 + number).dropFirst().description) }
        avoided.seal()
        let fake = try RuleHarness.transform(FakeRule.self, pii: .phone, columnName: "pin", fakes: FakeRegistry(avoiding: [avoided]))
        #expect {
            _ = try fake.apply(.text("1234"), row: row)
        } throws: { error in
            let message = String(describing: error)
            return message.contains("t.pin") && message.contains("pseudonymize")
        }
    }

    /// Assigned before the run from the whole set of values, unique fakes do not depend on the order rows are
    /// read in (parallel readers, another plan of the source): the same values, shuffled, get the same fakes.
    @Test func assignedFakesDoNotDependOnReadingOrder() throws {
        let location = SourceLocation(file: "p.yaml", line: 1, column: 1)
        let column = Column(name: "name", declaredType: "varchar(10)", logicalType: .text, isNullable: true)
        let table = Table(name: "t", columns: [Column(name: "id", declaredType: "INTEGER", logicalType: .integer, isNullable: false), column], primaryKey: ["id"])
        let policy = ColumnPolicy(name: "name", location: location, pii: .name, rule: "fake", ruleLocation: location, unique: true)
        let sources = (0..<20_000).map { Value.text("person \($0)") }
        var fakes: [[Value: Value]] = []
        var moved = 0
        for order in [sources, sources.reversed(), sources.shuffled()] {
            let context = RuleContext(
                table: table, column: column, policy: policy, seed: 1, secret: RuleHarness.secret, columnIndexes: ["id": 0, "name": 1], fakes: FakeRegistry())
            #expect(FakeRule.assignsBeforeRun(context))
            try FakeRule.assign(context) { body in order.forEach(body) }
            moved = context.fakes.assignments(for: "t.name")?.moved ?? 0
            let transform = try FakeRule.transform(for: context)
            // Rows written in yet another order than the one read ahead.
            let written = try Dictionary(uniqueKeysWithValues: order.reversed().map { ($0, try transform.apply($0, row: row)) })
            #expect(Set(written.values).count == sources.count)
            fakes.append(written)
        }
        #expect(moved > 0)  // ten characters make names meet: the test exercises the order
        #expect(fakes.count == 3 && fakes[0] == fakes[1] && fakes[0] == fakes[2])
    }

    @Test func avoidSourceDefaultsFollowTheKind() {
        let location = SourceLocation(file: "p.yaml", line: 1, column: 1)
        func entry(_ pii: PIIKind, _ parameters: [String: String] = [:]) -> ColumnPolicy {
            ColumnPolicy(
                name: "c", location: location, pii: pii, rule: "fake", ruleLocation: location,
                parameters: parameters.mapValues { ParameterValue(text: $0, location: location) })
        }
        #expect(FakeRule.avoidedKind(entry(.email)) == .email)
        #expect(FakeRule.avoidedKind(entry(.phone)) == .phone)
        #expect(FakeRule.avoidedKind(entry(.accountNumber)) == .nationalID)
        #expect(FakeRule.avoidedKind(entry(.streetAddress)) == .streetAddress)
        #expect(FakeRule.avoidedKind(entry(.firstName)) == nil)
        #expect(FakeRule.avoidedKind(entry(.firstName, ["avoid_source": "true"])) == .firstName)
        #expect(FakeRule.avoidedKind(entry(.email, ["avoid_source": "false"])) == nil)
    }
}
