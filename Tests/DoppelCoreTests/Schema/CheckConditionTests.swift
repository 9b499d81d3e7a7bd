import Testing
@testable import DoppelCore

@Suite struct CheckConditionTests {
    @Test func topLevelAndsSplitIntoConditions() {
        #expect(CheckCondition.parse("price >= 0 AND qty BETWEEN 1 AND 99") == [
            .compareToLiteral(column: "price", .greaterOrEqual, .number(0)), .between(column: "qty", .number(1), .number(99)),
        ])
    }

    @Test func aConditionAllowedToBeNullIsMetWheneverItsColumnHasAValue() {
        // `x IS NULL OR x >= y` passes exactly when `x >= y` does under CHECK's rules (NULL passes), so
        // the generator meets the comparison and leaves NULLs be.
        #expect(CheckCondition.parse("delivered_at IS NULL OR delivered_at >= ordered_at") == [.compareColumns("delivered_at", .greaterOrEqual, "ordered_at")])
        #expect(CheckCondition.parse("(ends_at > starts_at OR ends_at IS NULL) AND (price IS NULL OR price > 0)") == [
            .compareColumns("ends_at", .greater, "starts_at"), .compareToLiteral(column: "price", .greater, .number(0)),
        ])
    }

    @Test func otherDisjunctionsAreNotAFormDoppelMeets() {
        #expect(CheckCondition.parse("status <> 'delivered' OR delivered_at > 0") == nil)
        #expect(CheckCondition.parse("a IS NULL OR b IS NULL") == nil)
        #expect(CheckCondition.parse("a <> b OR c <> d") == nil)
    }
}
