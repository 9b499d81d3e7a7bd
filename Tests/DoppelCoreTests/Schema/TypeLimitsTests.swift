import DoppelCore
import Testing

@Suite struct TypeLimitsTests {
    @Test func lengthsOfPostgresAndSQLiteTypes() {
        #expect(TypeLimits(declaredType: "character varying(15)").maxCharacters == 15)
        #expect(TypeLimits(declaredType: "character(11)").maxCharacters == 11)
        #expect(TypeLimits(declaredType: "character(11)").isFixedLength)
        #expect(TypeLimits(declaredType: "NVARCHAR(40)", enforcesIntegerWidth: false).maxCharacters == 40)
        #expect(TypeLimits(declaredType: "VARCHAR ( 8 )").maxCharacters == 8)
        #expect(TypeLimits(declaredType: "text").maxCharacters == nil)
        #expect(TypeLimits(declaredType: "character varying").maxCharacters == nil)
        #expect(TypeLimits(declaredType: "").maxCharacters == nil)
    }

    @Test func digitsAndIntegerWidths() {
        let money = TypeLimits(declaredType: "numeric(8,2)")
        #expect(money.precision == 8 && money.scale == 2)
        #expect(TypeLimits(declaredType: "NUMERIC(10)").scale == 0)
        #expect(TypeLimits(declaredType: "integer").integerRange == Int64(Int32.min)...Int64(Int32.max))
        #expect(TypeLimits(declaredType: "smallint").integerRange?.upperBound == 32_767)
        #expect(TypeLimits(declaredType: "bigint").integerRange == nil)
        // SQLite stores every integer in 64 bits, whatever the declared name.
        #expect(TypeLimits(declaredType: "INT", enforcesIntegerWidth: false).integerRange == nil)
    }

    @Test func arraysAndTheirElements() {
        let tags = TypeLimits(declaredType: "character varying(20)[]")
        #expect(tags.isArray && tags.arrayDimensions == 1)
        #expect(tags.maxCharacters == 20)
        #expect(tags.elementType == "character varying(20)")
        #expect(tags.elementLogicalType == .text)
        #expect(TypeLimits(declaredType: "integer[][]").arrayDimensions == 2)
        #expect(TypeLimits(declaredType: "integer[]").elementLogicalType == .integer)
        #expect(TypeLimits(declaredType: "timestamp with time zone[]").elementLogicalType == .timestamp)
        #expect(!TypeLimits(declaredType: "jsonb").isArray)
    }
}
