import DoppelCore
import Testing
@testable import DoppelSynthesis
import DoppelMasking

/// ``ColumnFitter`` on columns whose marginal is known exactly.
@Suite struct ColumnFitterTests {
    static func column(_ name: String, _ type: LogicalType, nullable: Bool = true) -> Column {
        Column(name: name, declaredType: type.rawValue, logicalType: type, isNullable: nullable)
    }

    static func fit(_ setup: ColumnFitter.Setup, _ values: [Value], minCount: Int = 1) -> ColumnModel {
        let fitter = ColumnFitter(setup, seed: 1)
        for value in values { fitter.observe(value) }
        return fitter.finish(minCount: minCount)
    }

    @Test func integersZeroTo256GiveTheirOwnQuantilesAndTheNullShare() {
        // 257 distinct whole numbers: one quantile per value (257 points), exact ends; 43 NULLs of 300.
        let values = (0...256).map { Value.integer(Int64($0)) } + [Value](repeating: .null, count: 43)
        let model = Self.fit(.init(column: Self.column("n", .integer)), values)
        #expect(model.kind == .numeric)
        #expect(model.storage == .integer)
        #expect(model.numeric?.quantiles == (0...256).map(Double.init))
        #expect(model.numeric?.integral == true)
        #expect(model.numeric?.decimals == 0)
        #expect(abs(model.nullFraction - 43.0 / 300) < 1e-12)
        #expect(model.categorical == nil && model.text == nil)
    }

    @Test func aSensitiveNumberIsClippedToItsMinCountThExtremes() {
        let values = (1...100).map { Value.real(Double($0) + 0.25) }
        let model = Self.fit(.init(column: Self.column("amount", .real), sensitive: true), values, minCount: 10)
        #expect(model.numeric?.quantiles.first == 10.25)
        #expect(model.numeric?.quantiles.last == 91.25)
        #expect(model.numeric?.integral == false)
        #expect(model.numeric?.decimals == 2)
    }

    @Test func fewDistinctTextsAreCategoricalMostFrequentFirst() {
        let values: [Value] = [.text("b"), .text("a"), .text("a"), .text("c"), .text("a"), .text("b"), .null]
        let model = Self.fit(.init(column: Self.column("grade", .text)), values)
        #expect(model.kind == .categorical)
        #expect(model.categorical?.values == [ModelValue(.text("a")), ModelValue(.text("b")), ModelValue(.text("c"))])
        #expect(model.categorical?.counts == [3, 2, 1])
        #expect(model.categorical?.otherCount == 0)
        #expect(abs(model.nullFraction - 1.0 / 7) < 1e-12)
    }

    @Test func aSensitiveColumnFoldsValuesRarerThanMinCount() {
        let values = [Value](repeating: .text("common"), count: 12) + [.text("rare"), .text("rare"), .text("unique")]
        let model = Self.fit(.init(column: Self.column("city", .text), sensitive: true), values, minCount: 3)
        #expect(model.categorical?.values == [ModelValue(.text("common"))])
        #expect(model.categorical?.counts == [12])
        #expect(model.categorical?.otherCount == 3)
    }

    @Test func fakesSequenceKeysAndAlwaysNullLearnNoValues() {
        let values = (1...50).map { Value.integer(Int64($0)) }
        let fake = Self.fit(.init(column: Self.column("email", .text), fake: "email"), values.map { .text("x\($0)") })
        #expect(fake.kind == .fake && fake.fake == "email" && fake.categorical == nil && fake.text == nil)
        let key = Self.fit(.init(column: Self.column("id", .integer, nullable: false), isSequenceKey: true), values)
        #expect(key.kind == .sequence && key.numeric == nil && key.nullFraction == 0)
        let null = Self.fit(.init(column: Self.column("notes", .text), alwaysNull: true), values)
        #expect(null.kind == .null && null.numeric == nil)
        #expect(!ColumnFitter(.init(column: Self.column("notes", .text), alwaysNull: true), seed: 1).learnsValues)
    }
}
