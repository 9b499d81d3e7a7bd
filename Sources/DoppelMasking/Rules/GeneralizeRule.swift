import DoppelCore
package import DoppelPolicy

/// `generalize`: coarsens a value: dates to their month or year, numbers to buckets.
package enum GeneralizeRule: Rule {
    package static let descriptor = RuleDescriptor(
        name: "generalize",
        summary: "Coarsens the value: dates and timestamps `to: month` or `to: year` (the first day, time set to midnight), numbers to the lower bound of a bucket of width `bucket`. Keeps the format.",
        parameters: [
            .init("to", .choice(["month", "year"]), summary: "for dates: the unit to truncate to"),
            .init("bucket", .number, summary: "for numbers: the bucket width (e.g. 10 turns 37 into 30)"),
        ],
        acceptedTypes: ["date", "timestamp", "integer", "real", "decimal", "text", "any"],
        properties: .init(deterministic: true, keyed: false, injective: false, preservesFormat: true, supportsUnique: false),
        example: "birth_date: { pii: date_of_birth, rule: generalize, to: year }",
        checkColumn: { entry, column, table in ColumnChecks.listedValuesProblem(entry, rule: entry.rule, column: column, table: table) })

    package static func make(_ context: RuleContext) throws -> any ValueTransform {
        let unit = context.parameter("to")
        let bucket = context.policy.parameters["bucket"]?.number
        switch (unit, bucket) {
        case (nil, nil):
            throw RuleSetupError("rule `generalize` on `\(context.place)` needs `to: month`/`to: year` (dates) or `bucket: WIDTH` (numbers)")
        case (.some, .some):
            throw RuleSetupError("rule `generalize` on `\(context.place)` takes `to` or `bucket`, not both")
        default: break
        }
        if let bucket, bucket <= 0 {
            throw RuleSetupError("`bucket` of `\(context.place)` must be greater than 0")
        }
        return Transform(toYear: unit == "year", bucket: bucket)
    }

    struct Transform: ValueTransform {
        let toYear: Bool
        let bucket: Double?

        func apply(_ value: Value, row: RowContext) throws -> Value {
            if value.isNull { return .null }
            if let bucket {
                switch value {
                case .integer(let number):
                    let width = Int64(bucket)
                    guard width > 0, Double(width) == bucket else { return .real((Double(number) / bucket).rounded(.down) * bucket) }
                    return .integer(number >= 0 ? number / width * width : -((-number + width - 1) / width * width))
                case .real(let number): return .real((number / bucket).rounded(.down) * bucket)
                case .text(let text):
                    guard let number = Double(text), number.isFinite,
                        let bucketed = Value.real((number / bucket).rounded(.down) * bucket).textRepresentation
                    else { throw UnreadableValue(GeneralizeRule.notANumber) }
                    return .text(bucketed)
                default: throw UnreadableValue(GeneralizeRule.notANumber)
                }
            }
            switch value {
            case .text(let text):
                guard var parsed = TemporalText(text) else { throw UnreadableValue(GeneralizeRule.notADate) }
                parsed.date = truncate(parsed.date)
                parsed.timeSuffix = Substring(GeneralizeRule.midnight(parsed.timeSuffix))
                return .text(parsed.text)
            case .integer(let seconds):
                let days = Int(seconds.dividedRoundingDown(by: 86_400))
                return .integer(Int64(truncate(CivilDate(daysSinceEpoch: days)).daysSinceEpoch) * 86_400)
            default:
                throw UnreadableValue(GeneralizeRule.notADate)
            }
        }

        private func truncate(_ date: CivilDate) -> CivilDate {
            CivilDate(year: date.year, month: toYear ? 1 : date.month, day: 1)
        }
    }

    static let notANumber = "not a number, so `bucket` cannot generalize it"
    static let notADate = "not a date of the form YYYY-MM-DD (with an optional time) or Unix seconds, so `to:` cannot generalize it"

    /// The time part with every digit of the clock set to zero, keeping any time zone.
    static func midnight(_ suffix: Substring) -> String {
        var result = ""
        var inZone = false
        for (offset, character) in suffix.enumerated() {
            if character == "Z" || character == "+" || (character == "-" && offset > 0) { inZone = true }
            result.append(!inZone && character.isNumber ? "0" : character)
        }
        return result
    }
}

extension Int64 {
    func dividedRoundingDown(by divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
