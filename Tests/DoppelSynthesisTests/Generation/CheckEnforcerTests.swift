import DoppelCore
import Testing
@testable import DoppelSynthesis

@Suite struct CheckEnforcerTests {
    static let positions = ["starts": 0, "ends": 1, "price": 2, "qty": 3]

    static func enforcer(_ expressions: [String], steps: [Double?] = [1, 1, 0.01, 1]) -> CheckEnforcer {
        CheckEnforcer(checks: expressions.map { CheckConstraint(name: nil, expression: $0) }, positions: positions, steps: steps)
    }

    static func apply(_ enforcer: CheckEnforcer, _ numbers: [Double?]) -> [Double?] {
        var drafts = numbers.map { $0.map(Draft.number) ?? .null }
        enforcer.apply(&drafts)
        return drafts.map(\.number)
    }

    @Test func columnsOutOfOrderAreSwappedAndEqualOnesMovedAStep() {
        let enforcer = Self.enforcer(["ends > starts"])
        #expect(Self.apply(enforcer, [5, 3, 1, 1]) == [3, 5, 1, 1])
        // `ends > starts` with both 4: the right side (starts) moves a step below.
        #expect(Self.apply(enforcer, [4, 4, 1, 1]) == [3, 4, 1, 1])
        #expect(Self.apply(enforcer, [1, 2, 1, 1]) == [1, 2, 1, 1])
        // A NULL side has nothing to compare.
        #expect(Self.apply(enforcer, [5, nil, 1, 1]) == [5, nil, 1, 1])
    }

    @Test func boundsAndRangesPullNumbersOntoThem() {
        let enforcer = Self.enforcer(["price >= 0 AND qty BETWEEN 1 AND 99"])
        #expect(enforcer.conditions.count == 2 && enforcer.unparsed.isEmpty)
        #expect(Self.apply(enforcer, [0, 0, -2.5, 0]) == [0, 0, 0, 1])
        #expect(Self.apply(enforcer, [0, 0, 7, 120]) == [0, 0, 7, 99])
        #expect(Self.apply(Self.enforcer(["price > 0"]), [0, 0, 0, 0]) == [0, 0, 0.01, 0])
        #expect(Self.apply(Self.enforcer(["qty < 10"]), [0, 0, 0, 10]) == [0, 0, 0, 9])
    }

    @Test func aColumnWithoutAStepIsNotMovedAndUnparsedChecksAreListed() {
        let enforcer = Self.enforcer(["price > 0", "a IS NULL OR b IS NULL"], steps: [1, 1, nil, 1])
        #expect(enforcer.unparsed == ["a IS NULL OR b IS NULL"])
        #expect(Self.apply(enforcer, [0, 0, -1, 0]) == [0, 0, -1, 0])
    }

    @Test func textLiteralsAreDatesOrNumbers() {
        #expect(CheckEnforcer.number(.number(2.5)) == 2.5)
        #expect(CheckEnforcer.number(.text("12")) == 12)
        #expect(CheckEnforcer.number(.text("1970-01-02")) == 86_400)
        #expect(CheckEnforcer.number(.text("soon")) == nil)
    }
}
