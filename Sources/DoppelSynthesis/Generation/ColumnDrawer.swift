import DoppelCore
import Foundation
import DoppelFakers
import DoppelMasking

/// Draws one column's values from its ``ColumnModel``, given the row's uniform (from the copula for
/// ordered columns) and generator.
struct ColumnDrawer {
    /// How a unique column stays unique without remembering what it wrote.
    enum Uniqueness {
        case none
        /// Woven from the row's position in the table.
        case byRow
        /// The row's position among its parent's children (`line_no` in `(order_id, line_no)`).
        case withinParent
    }

    let column: Column
    let model: ColumnModel
    let faker: Faker?
    let uniqueness: Uniqueness
    /// For a unique fake column: the fakes its rows hold.
    private let fakeOwnership: FakeOwnership?
    /// Characters the declared type allows (`VARCHAR(40)`), if limited.
    let maximumLength: Int?
    private let categories: CumulativeWeights
    private let loremWords: WeightedList?
    /// The smallest integer category and the span of them all: a unique column's row `r` takes its value
    /// from block `r` of that span, so two rows never meet (`value + row` did: 5 at row 0, 4 at row 1).
    private let integerCategories: (lowest: Int64, span: Int64)?

    init(column: Column, model: ColumnModel, fakerData: FakerData?, uniqueness: Uniqueness) {
        self.column = column
        self.model = model
        self.uniqueness = uniqueness
        maximumLength = Self.maximumLength(of: column.declaredType)
        if model.kind == .fake, let data = fakerData, let kind = model.fake.flatMap({ FakeKind(rawValue: $0) }) {
            faker = Faker(kind: kind, data: data)
            fakeOwnership = uniqueness == .byRow ? FakeOwnership(kind: kind) : nil
        } else {
            faker = nil
            fakeOwnership = nil
        }
        categories = CumulativeWeights(model.categorical?.counts ?? [])
        loremWords = fakerData?.loremWords
        let integers = (model.categorical?.values ?? []).compactMap { entry -> Int64? in
            if case .integer(let number) = entry.value { return number }
            return nil
        }
        if let lowest = integers.min(), let highest = integers.max() {
            let (span, overflow) = highest.subtractingReportingOverflow(lowest)
            integerCategories = overflow ? nil : (lowest, span &+ 1)
        } else {
            integerCategories = nil
        }
    }

    /// `VARCHAR(40)`, `character varying(40)`, `NVARCHAR(40)`, `CHAR(2)` → the length.
    static func maximumLength(of declaredType: String) -> Int? {
        let lower = declaredType.lowercased()
        guard lower.contains("char"), let open = lower.firstIndex(of: "("), let close = lower.firstIndex(of: ")"), open < close else { return nil }
        return Int(lower[lower.index(after: open)..<close].trimmingCharacters(in: .whitespaces))
    }

    /// The value for uniform `u`; `row` is the row's position in the table, `ordinal` among its parent's children.
    func draw(u: Double, generator: inout SplitMix64, row: Int64, ordinal: Int64) -> Draft {
        if model.kind == .sequence { return .value(.integer(row + 1)) }
        if uniqueness == .withinParent { return .value(ordinalValue(ordinal)) }
        if model.nullFraction > 0 && u < model.nullFraction && column.isNullable { return .null }
        let rest = model.nullFraction > 0 && column.isNullable ? (u - model.nullFraction) / (1 - model.nullFraction) : u
        let uniform = min(max(rest, 0), 0.999_999_999_9)
        switch model.kind {
        case .null:
            return column.isNullable ? .null : .value(placeholder())
        case .numeric:
            guard let numeric = model.numeric else { return .value(placeholder()) }
            guard uniqueness == .byRow else { return .number(numeric.value(at: uniform)) }
            // Distinct by construction: one step per row from the smallest value (whole numbers from its floor).
            let start = numeric.quantiles.first ?? 0
            return .number((numeric.temporal == nil ? start.rounded(.down) : start) + Double(row))
        case .categorical:
            guard let categorical = model.categorical else { return .value(placeholder()) }
            if let index = categories.index(of: Int64(uniform * Double(categorical.total))) {
                return unique(categorical.values[index].value, row: row)
            }
            // Folded into "other": a value of the column's shape, not one seen.
            if let numeric = model.numeric { return .number(numeric.value(at: generator.nextUnit())) }
            return unique(.text(text(generator: &generator)), row: row)
        case .text:
            return unique(.text(text(generator: &generator)), row: row)
        case .sequence:
            return .value(.integer(row + 1))
        case .uuid:
            return .value(.text(uuid(&generator)))
        case .json:
            let keys = model.jsonKeys ?? []
            let members = keys.map { key in "\"\(Self.escaped(key))\": \"\(Self.escaped(word(&generator)))\"" }
            return .value(.text("{" + members.joined(separator: ", ") + "}"))
        case .bytes:
            let length = Int(model.text.map { quantile($0.lengths, generator.nextUnit()) } ?? 16)
            return .value(.blob((0..<max(0, length)).map { _ in UInt8(truncatingIfNeeded: generator.next()) }))
        case .fake:
            if let years = model.birthYears, fakeOwnership == nil {
                // A birth date within the column's years, as a number so the row's other dates can order it.
                let first = CivilDate(year: years.first, month: 1, day: 1).daysSinceEpoch
                let last = CivilDate(year: years.last, month: 12, day: 31).daysSinceEpoch
                return .number(Double(first + generator.next(below: last - first + 1)) * 86_400)
            }
            guard let faker else { return .value(placeholder()) }
            var value = faker.fake(for: .null, using: &generator)
            if let fakeOwnership {
                // Unique: further draws of the row (richer forms, then a counter) until one no other row holds.
                var attempt = 1
                while !fakeOwnership.claim(value.textRepresentation ?? "", for: UInt64(bitPattern: row)) && attempt < 10_000 {
                    value = faker.fake(for: .null, using: &generator, attempt: attempt)
                    attempt += 1
                }
            }
            if column.logicalType == .integer, case .text = value { value = .integer(Int64(generator.next(below: 1_000_000))) }
            return .value(value)
        }
    }

    private func ordinalValue(_ ordinal: Int64) -> Value {
        switch model.storage {
        case .text: return .text(String(ordinal + 1))
        case .real: return .real(Double(ordinal + 1))
        default: return .integer(ordinal + 1)
        }
    }

    private func unique(_ value: Value, row: Int64) -> Draft {
        guard uniqueness == .byRow else { return .value(value) }
        switch value {
        case .text(let text): return .value(.text(text + "-" + String(row, radix: 36)))
        case .integer(let integer):
            guard let (lowest, span) = integerCategories else { return .value(.integer(integer &+ row)) }
            return .value(.integer(lowest &+ row &* span &+ (integer &- lowest)))
        default: return .value(value)
        }
    }

    /// A stand-in for a NOT NULL column the model has nothing for.
    private func placeholder() -> Value {
        switch model.storage {
        case .integer: return .integer(0)
        case .real: return .real(0)
        case .blob: return .blob([])
        case .text: return .text("")
        }
    }

    private func quantile(_ points: [Double], _ u: Double) -> Double {
        NumericMarginal.interpolate(points, at: u)
    }

    private func word(_ generator: inout SplitMix64) -> String {
        loremWords?.draw(using: &generator) ?? "lorem"
    }

    /// Text of the fitted length and shape: words, capitalized as often as the source's, or digits for
    /// mostly-numeric text.
    private func text(generator: inout SplitMix64) -> String {
        guard let shape = model.text else { return word(&generator) }
        if let shapes = shape.shapes, let counts = shape.shapeCounts, let index = CumulativeWeights(counts).index(at: generator.nextUnit()),
            index < shapes.count
        {
            return fill(shapes[index], &generator)
        }
        var length = Int(quantile(shape.lengths, generator.nextUnit()).rounded())
        if let maximumLength { length = min(length, maximumLength) }
        guard length > 0 else { return "" }
        let shares = shape.classShares.count == 5 ? shape.classShares : [0, 1, 0, 0, 0]
        if shares[2] > 0.5 {
            return String((0..<length).map { _ in Character(Unicode.Scalar(UInt8(48 + generator.next(below: 10)))) })
        }
        var text = ""
        while text.count < length {
            if !text.isEmpty { text += " " }
            text += word(&generator)
        }
        text = String(text.prefix(length)).trimmingCharacters(in: .whitespaces)
        if text.isEmpty { text = String(word(&generator).prefix(length)) }
        if generator.nextUnit() < shape.capitalized, let first = text.first {
            text = first.uppercased() + text.dropFirst()
        }
        if shares[0] > 0.5 { text = text.uppercased() }
        return text
    }

    /// A value of `shape`: each `A` a random capital, each `a` a small letter, each `9` a digit, a
    /// character after a backslash as it is.
    private func fill(_ shape: String, _ generator: inout SplitMix64) -> String {
        var result = String.UnicodeScalarView()
        var escaped = false
        for scalar in shape.unicodeScalars {
            if escaped {
                result.append(scalar)
                escaped = false
                continue
            }
            switch scalar {
            case "\\": escaped = true
            case "A": result.append(Unicode.Scalar(UInt8(65 + generator.next(below: 26))))
            case "a": result.append(Unicode.Scalar(UInt8(97 + generator.next(below: 26))))
            case "9": result.append(Unicode.Scalar(UInt8(48 + generator.next(below: 10))))
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    private func uuid(_ generator: inout SplitMix64) -> String {
        var bytes = (0..<16).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = bytes.map { String(format: "%02x", $0) }.joined()
        let characters = Array(hex)
        return String(characters[0..<8]) + "-" + String(characters[8..<12]) + "-" + String(characters[12..<16]) + "-"
            + String(characters[16..<20]) + "-" + String(characters[20..<32])
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    }

    /// A drafted number as the column stores it: rounded to its precision, dates and times as text.
    func value(of draft: Draft) -> Value {
        switch draft {
        case .null: return .null
        case .value(var value):
            if let maximumLength, case .text(let text) = value, text.count > maximumLength { value = .text(String(text.prefix(maximumLength))) }
            return value
        case .number(let number):
            let fallback = column.logicalType.isTemporal && model.storage == .text ? TemporalFormat(hasTime: column.logicalType != .date) : nil
            if let temporal = model.numeric?.temporal ?? model.birthYears?.format ?? fallback {
                if model.storage == .text || column.logicalType.isTemporal && model.storage != .integer && model.storage != .real {
                    return .text(TemporalValue.text(temporal.hasTime ? number : (number / 86_400).rounded(.down) * 86_400, format: temporal))
                }
            }
            let integral = model.numeric?.integral ?? (model.storage == .integer)
            switch model.storage {
            case .integer:
                return .integer(Int64(exactly: number.rounded()) ?? 0)
            case .real:
                if integral { return .real(number.rounded()) }
                let scale = pow(10, Double(model.numeric?.decimals ?? 2))
                return .real((number * scale).rounded() / scale)
            case .text:
                if integral { return .text(String(Int64(exactly: number.rounded()) ?? 0)) }
                let scale = pow(10, Double(model.numeric?.decimals ?? 2))
                return .text(Value.real((number * scale).rounded() / scale).textRepresentation ?? "0")
            case .blob:
                return .blob([])
            }
        }
    }

    /// The smallest step between two values of the column (for making `a < b` strict).
    var step: Double {
        if let numeric = model.numeric {
            if numeric.temporal != nil { return numeric.temporal?.hasTime == true ? 1 : 86_400 }
            if numeric.integral { return 1 }
            return 1 / pow(10, Double(numeric.decimals))
        }
        return model.storage == .integer ? 1 : 0.01
    }
}

/// A value being drafted: numbers stay numbers until CHECK conditions have been met.
enum Draft {
    case null
    case number(Double)
    case value(Value)

    /// The draft as a number, for CHECK conditions: numbers, and dates and times as seconds.
    var number: Double? {
        switch self {
        case .null: return nil
        case .number(let number): return number
        case .value(let value): return ColumnModel.number(value)
        }
    }
}
