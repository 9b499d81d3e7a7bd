import DoppelCore
import Testing
@testable import DoppelSynthesis

@Suite struct UniqueKeyPlanTests {
    typealias F = GenerationFixtures

    /// `line(order_id → order, track_id → track, line_no, code, id)` with the given keys; order drives.
    static func plan(primaryKey: [String], unique: [[String]] = [], driving: Int? = 0) -> UniqueKeyPlan {
        let table = Table(
            name: "line", columns: ["order_id", "track_id", "line_no", "code", "id"].map { F.column($0) }, primaryKey: primaryKey,
            foreignKeys: [F.key(["order_id"], to: "order"), F.key(["track_id"], to: "track")], uniqueKeys: unique)
        let model = TableModel(
            name: "line", rowCount: 10, columns: [F.numeric("order_id"), F.numeric("track_id"), F.numeric("line_no"), F.numeric("code"), F.sequence("id")],
            copula: nil, relations: [])
        return UniqueKeyPlan(table: table, model: model, references: [F.reference(0), F.reference(1)], driving: driving)
    }

    @Test func aKeyOfTheDrivingReferenceAloneGivesOneRowPerParent() {
        let plan = Self.plan(primaryKey: ["order_id"])
        #expect(plan.onePerDrivingParent)
        #expect(plan.distinctWithinDrivingParent.isEmpty && plan.uniqueness.isEmpty)
    }

    @Test func aKeyOverTheDrivingAndAnotherReferenceMakesTheOtherDistinct() {
        let plan = Self.plan(primaryKey: ["order_id", "track_id"])
        #expect(plan.distinctWithinDrivingParent == [1])
        #expect(!plan.onePerDrivingParent && plan.uniqueness.isEmpty)
    }

    @Test func aKeyOverTheDrivingReferenceAndAColumnNumbersItWithinTheParent() {
        let plan = Self.plan(primaryKey: ["order_id", "line_no"], unique: [["code"]])
        #expect(plan.uniqueness == ["line_no": .withinParent, "code": .byRow])
    }

    @Test func withoutADrivingReferenceAKeyIsUniqueByRowAndSequenceKeysNeedNothing() {
        #expect(Self.plan(primaryKey: ["order_id", "line_no"], driving: nil).uniqueness == ["line_no": .byRow])
        #expect(Self.plan(primaryKey: ["id"], unique: [["id", "code"]]) == Self.plan(primaryKey: []))
    }
}
