package import DoppelCore
import Foundation
import DoppelFakers
import DoppelMasking

/// Learns one column's ``ColumnModel`` from a stream of its values, in memory bounded by the model:
/// a reservoir for quantiles, a frequency table that stops growing past ``maximumCategories``.
package final class ColumnFitter {
    /// What the policy says of the column.
    package struct Setup: Sendable {
        package var column: Column
        /// The fake's kind, for PII columns: nothing of their values is learnt.
        package var fake: String?
        /// `rule: null`: always NULL.
        package var alwaysNull: Bool
        /// The model the policy asks for (`model:`), else the fit chooses.
        package var model: ColumnModel.Kind?
        /// PII or `sensitive: true`, or `min_count_applies_to: all`: rare values folded, extremes clipped.
        package var sensitive: Bool
        /// A one-column integer primary key: a counter.
        package var isSequenceKey: Bool

        package init(column: Column, fake: String? = nil, alwaysNull: Bool = false, model: ColumnModel.Kind? = nil, sensitive: Bool = false, isSequenceKey: Bool = false) {
            self.column = column
            self.fake = fake
            self.alwaysNull = alwaysNull
            self.model = model
            self.sensitive = sensitive
            self.isSequenceKey = isSequenceKey
        }
    }

    /// Distinct values tracked before a column counts as free text (or a continuous number).
    package static let maximumCategories = 1000
    /// Numbers with at most this many distinct values are modelled as categories (prices, codes, flags).
    package static let numericCategoryLimit = 20
    /// Text with at most this many distinct values is always a category.
    package static let textCategoryLimit = 50
    /// Points of a stored quantile function.
    package static let quantilePoints = 257

    package let setup: Setup
    private var rows: Int64 = 0
    private var nulls: Int64 = 0
    private var storageCounts = [Int64](repeating: 0, count: 4)
    private var numbers: Reservoir<Double>
    private var numericCount: Int64 = 0
    /// For a faked date of birth: people per birth year, and the column's date format.
    private var birthYearCounts: [Int: Int64] = [:]
    private var birthFormat: TemporalFormat?
    private var minimum = Double.infinity
    private var maximum = -Double.infinity
    private var allIntegral = true
    private var decimalCounts = [Int64](repeating: 0, count: 7)
    private var temporalFormats: [TemporalFormat: Int64] = [:]
    /// Text values that did not parse as a date or time.
    private var temporalMisses: Int64 = 0
    private var categories: [Value: Int64]? = [:]
    private var lengths: Reservoir<Double>
    private var classCounts = [Int64](repeating: 0, count: 5)
    private var capitalizedCount: Int64 = 0
    private var textCount: Int64 = 0
    private var keySets: [[String]: Int64] = [:]
    private var jsonObjects: Int64 = 0
    /// Shapes of the text values (see ``TextMarginal/shape(of:)``), until there are too many to be codes.
    private var shapes: [String: ShapeTally]? = [:]
    /// How many values had a shape, and the characters every one of them had at each position.
    private struct ShapeTally {
        var count: Int64
        var fixed: [Unicode.Scalar?]
    }
    /// A shape keeps the characters its values share only when this many values had it.
    package static let sharedCharacterMinimum: Int64 = 10
    /// Text values with more shapes than this are not codes.
    package static let maximumShapes = 24

    package init(_ setup: Setup, seed: UInt64) {
        self.setup = setup
        let columnSeed = SipHash(key: (seed, FittingSalt.columnSample)).hash(Array(setup.column.name.utf8))
        numbers = Reservoir(capacity: 20_000, seed: columnSeed)
        lengths = Reservoir(capacity: 5_000, seed: columnSeed ^ FittingSalt.lengthSample)
    }

    /// Whether the fit reads this column's values at all (a fake or a NULL learns only the null rate).
    package var learnsValues: Bool { setup.fake == nil && !setup.alwaysNull }

    /// Counts `value` in; returns it as a number (dates and times as seconds) when the column's model read it
    /// as one (a faked date of birth too), so the row's other statistics need not parse it again.
    @discardableResult
    package func observe(_ value: Value) -> Double? {
        rows += 1
        if value.isNull {
            nulls += 1
            return nil
        }
        if setup.fake == FakeKind.dateOfBirth.rawValue { return observeBirth(value) }
        guard learnsValues else { return nil }
        switch value {
        case .integer: storageCounts[0] += 1
        case .real: storageCounts[1] += 1
        case .text: storageCounts[2] += 1
        case .blob: storageCounts[3] += 1
        case .null: break
        }
        if categories != nil {
            categories?[value, default: 0] += 1
            if let seen = categories, seen.count > Self.maximumCategories {
                // Too many values for a category: from here on the text's shapes are tallied, starting
                // with the values seen so far.
                tallyShapes(of: seen)
                categories = nil
            }
        } else if case .text(let text) = value {
            tallyShape(of: text, count: 1)
        }
        let number = numeric(value)
        if let number {
            numericCount += 1
            numbers.offer(number)
            minimum = min(minimum, number)
            maximum = max(maximum, number)
            if number != number.rounded() { allIntegral = false }
            if case .real = value { decimalCounts[Self.decimals(of: number)] += 1 }
        }
        switch value {
        case .text(let text):
            observeText(text)
        case .blob(let bytes):
            lengths.offer(Double(bytes.count))
        default:
            break
        }
        return number
    }

    /// A faked date of birth: its year is counted (for ``BirthYears``) and the column's format noted; nothing else.
    /// Returns the date as seconds.
    private func observeBirth(_ value: Value) -> Double? {
        var seconds: Double?
        switch value {
        case .text(let text):
            if let parsed = TemporalValue.parse(text) {
                seconds = parsed.seconds
                if birthFormat == nil { birthFormat = parsed.format }
            }
        case .integer, .real:
            seconds = TemporalValue.number(value)
        default:
            break
        }
        guard let seconds, seconds.isFinite else { return nil }
        birthYearCounts[CivilDate(daysSinceEpoch: Int((seconds / 86_400).rounded(.down))).year, default: 0] += 1
        return seconds
    }

    private func observeText(_ text: String) {
        textCount += 1
        var length = 0
        for scalar in text.unicodeScalars {
            length += 1
            if length > 512 { continue }
            let value = scalar.value
            if value >= 65 && value <= 90 { classCounts[0] += 1 }
            else if value >= 97 && value <= 122 { classCounts[1] += 1 }
            else if value >= 48 && value <= 57 { classCounts[2] += 1 }
            else if value == 32 { classCounts[3] += 1 }
            else { classCounts[4] += 1 }
        }
        if let first = text.unicodeScalars.first, first.value >= 65 && first.value <= 90 { capitalizedCount += 1 }
        lengths.offer(Double(length))
        // JSON objects, in a JSON column or in TEXT (SQLite's way): their top-level keys.
        if setup.column.logicalType == .json || text.unicodeScalars.first == "{", keySets.count < 64, let keys = Self.topLevelKeys(of: text) {
            jsonObjects += 1
            keySets[keys, default: 0] += 1
        }
    }

    /// Counts the shapes of the text values of `categories`, each as often as it was seen.
    private func tallyShapes(of categories: [Value: Int64]) {
        for (value, count) in categories {
            if case .text(let text) = value { tallyShape(of: text, count: count) }
        }
    }

    /// Counts `count` values of `text`'s shape (only once the column has too many values for a category:
    /// a category keeps its values, and the tally would cost every row of a status column).
    private func tallyShape(of text: String, count: Int64) {
        guard shapes != nil else { return }
        // Text that reads as numbers or dates is modelled as such: no shapes needed.
        if textCount >= 64 && numericCount * 10 >= textCount * 9 {
            shapes = nil
            return
        }
        guard text.unicodeScalars.count <= 64 else {
            shapes = nil
            return
        }
        let shape = TextMarginal.shape(of: text)
        if var tally = shapes?[shape] {
            tally.count += count
            for (position, scalar) in text.unicodeScalars.enumerated() where tally.fixed[position] != scalar { tally.fixed[position] = nil }
            shapes?[shape] = tally
        } else {
            shapes?[shape] = ShapeTally(count: count, fixed: text.unicodeScalars.map { $0 })
            if (shapes?.count ?? 0) > Self.maximumShapes { shapes = nil }
        }
    }

    /// The value as a number: numbers as they are, dates and times as seconds since 1970, numeric text parsed.
    private func numeric(_ value: Value) -> Double? {
        switch value {
        case .integer(let integer): return Double(integer)
        case .real(let real): return real.isFinite ? real : nil
        case .text(let text):
            // Dates in a date column, or in a TEXT one (SQLite's usual way), until most of its text is not.
            let type = setup.column.logicalType
            if type.isTemporal || type == .any || (type == .text && (temporalMisses < 16 || temporalMisses * 10 < textCount)) {
                if let parsed = TemporalValue.parse(text) {
                    temporalFormats[parsed.format, default: 0] += 1
                    return parsed.seconds
                }
                temporalMisses += 1
            }
            if setup.column.logicalType.isNumeric, let number = Double(text), number.isFinite { return number }
            return nil
        default:
            return nil
        }
    }

    static func decimals(of number: Double) -> Int {
        var scaled = number
        for digits in 0..<6 {
            if abs(scaled - scaled.rounded()) < 1e-9 * max(1, abs(scaled)) { return digits }
            scaled *= 10
        }
        return 6
    }

    static func topLevelKeys(of json: String) -> [String]? {
        guard let data = json.data(using: .utf8),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return nil }
        return object.keys.sorted()
    }

    /// The model; `minCount` folds and clips when the column is sensitive.
    package func finish(minCount: Int) -> ColumnModel {
        let column = setup.column
        let nonNull = rows - nulls
        let nullFraction = rows > 0 ? Double(nulls) / Double(rows) : 0
        var model = ColumnModel(
            name: column.name, logicalType: column.logicalType, kind: .null, nullFraction: nullFraction,
            storage: storage(), sensitive: setup.sensitive)
        if let fake = setup.fake {
            model.kind = .fake
            model.fake = fake
            model.storage = column.logicalType == .integer ? .integer : .text
            if fake == FakeKind.dateOfBirth.rawValue {
                // Years are kept only where `min_count` people share the ends (whatever the column's sensitivity: it is PII).
                model.birthYears = BirthYears.clipped(birthYearCounts, minCount: max(1, minCount), format: birthFormat)
            }
            return model
        }
        if setup.alwaysNull { return model }
        if setup.isSequenceKey && setup.model == nil {
            model.kind = .sequence
            model.nullFraction = 0
            return model
        }
        if nonNull == 0 && setup.model == nil { return model }
        let minCount = setup.sensitive ? max(1, minCount) : 1

        if numericCount > 0 && numericCount * 10 >= nonNull * 9 {
            model.numeric = numericMarginal(minCount: minCount)
        }
        if textCount > 0 || storageCounts[3] > 0 {
            // Shapes are tallied only past the category limit; a column below it tallies them now.
            if let categories { tallyShapes(of: categories) }
            model.text = textMarginal(minCount: minCount)
        }
        if let categories, !categories.isEmpty {
            model.categorical = categoricalMarginal(categories, minCount: minCount)
        }
        model.kind = setup.model ?? chooseKind(nonNull: nonNull)
        // A model the data cannot back falls back to one it can.
        if model.kind == .numeric && model.numeric == nil { model.kind = model.categorical != nil ? .categorical : .text }
        if model.kind == .categorical && model.categorical == nil { model.kind = model.numeric != nil ? .numeric : .text }
        if model.kind == .text && model.text == nil { model.text = TextMarginal(lengths: [8], classShares: [0.1, 0.8, 0.05, 0.05, 0], capitalized: 0.5) }
        if model.kind == .json {
            model.jsonKeys = keySets.max { $0.value < $1.value || ($0.value == $1.value && $0.key.joined() > $1.key.joined()) }?.key ?? []
            if setup.sensitive { model.jsonKeys = [] }
        }
        // Keep only what the kind draws from (and the shape "other" values are drawn in).
        if model.kind != .categorical {
            model.categorical = nil
        } else if model.categorical?.otherCount == 0 {
            model.numeric = nil
            model.text = nil
        }
        if model.kind == .numeric { model.text = nil }
        return model
    }

    private func chooseKind(nonNull: Int64) -> ColumnModel.Kind {
        let column = setup.column
        let distinct = categories?.count
        switch column.logicalType {
        case .uuid: return .uuid
        case .json: return .json
        case .blob: return .bytes
        case .boolean: return .categorical
        default: break
        }
        if numericCount > 0 && numericCount * 10 >= nonNull * 9 {
            if let distinct, distinct <= Self.numericCategoryLimit { return .categorical }
            return .numeric
        }
        if storageCounts[3] * 2 > nonNull { return .bytes }
        if let distinct, distinct <= Self.textCategoryLimit || Int64(distinct) * 2 <= nonNull { return .categorical }
        // JSON objects in text whose values take too many shapes to draw as codes: their keys.
        if shapes == nil && jsonObjects * 10 >= nonNull * 9 { return .json }
        return .text
    }

    private func storage() -> ColumnModel.Storage {
        let column = setup.column
        let largest = storageCounts.indices.max { storageCounts[$0] < storageCounts[$1] } ?? 2
        if storageCounts[largest] == 0 {
            switch column.logicalType {
            case .integer, .boolean: return .integer
            case .real, .decimal: return .real
            case .blob: return .blob
            default: return .text
            }
        }
        return [.integer, .real, .text, .blob][largest]
    }

    private func numericMarginal(minCount: Int) -> NumericMarginal {
        let sorted = numbers.items.sorted()
        var quantiles: [Double] = []
        let points = min(Self.quantilePoints, max(2, sorted.count))
        if sorted.count == 1 {
            quantiles = [sorted[0], sorted[0]]
        } else {
            for index in 0..<points {
                let position = Double(index) / Double(points - 1) * Double(sorted.count - 1)
                let lower = Int(position.rounded(.down))
                let upper = min(lower + 1, sorted.count - 1)
                quantiles.append(sorted[lower] + (sorted[upper] - sorted[lower]) * (position - Double(lower)))
            }
        }
        if minCount > 1 {
            // Extremes seen in fewer than min_count rows are not kept: clip to the min_count-th from each end.
            let low = sorted[min(minCount - 1, sorted.count - 1)]
            let high = sorted[max(sorted.count - minCount, 0)]
            quantiles = quantiles.map { min(max($0, min(low, high)), max(low, high)) }
        } else if !quantiles.isEmpty {
            quantiles[0] = minimum
            quantiles[quantiles.count - 1] = maximum
        }
        let decimals = decimalCounts.indices.max { decimalCounts[$0] < decimalCounts[$1] } ?? 0
        let temporal = temporalFormats.max { $0.value < $1.value || ($0.value == $1.value && $0.key.zone > $1.key.zone) }?.key
        return NumericMarginal(quantiles: quantiles, integral: allIntegral, decimals: allIntegral ? 0 : max(decimals, 1), temporal: temporal)
    }

    private func textMarginal(minCount: Int) -> TextMarginal {
        let sorted = lengths.items.sorted()
        var quantiles: [Double] = []
        if !sorted.isEmpty {
            let points = min(33, sorted.count)
            for index in 0..<points {
                let position = points == 1 ? 0 : Double(index) / Double(points - 1) * Double(sorted.count - 1)
                quantiles.append(sorted[Int(position.rounded())])
            }
            if minCount > 1 {
                let low = sorted[min(minCount - 1, sorted.count - 1)]
                let high = sorted[max(sorted.count - minCount, 0)]
                quantiles = quantiles.map { min(max($0, min(low, high)), max(low, high)) }
            }
        }
        let total = max(1, classCounts.reduce(0, +))
        var marginal = TextMarginal(
            lengths: quantiles.isEmpty ? [0] : quantiles, classShares: classCounts.map { Double($0) / Double(total) },
            capitalized: textCount > 0 ? Double(capitalizedCount) / Double(textCount) : 0)
        // Codes: shapes seen at least min_count times that cover 19 in 20 values, digits or capitals in them;
        // a character every value of a shape had (a `GB` prefix, a `{"city": ` key) is kept when at least
        // ten values (and min_count) had the shape.
        if let shapes, textCount > 0 {
            let kept = shapes.filter { $0.value.count >= Int64(minCount) && $0.key.contains { $0 == "9" || $0 == "A" } }
                .sorted { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key < $1.key }
            if kept.reduce(0, { $0 + $1.value.count }) * 20 >= textCount * 19 {
                marginal.shapes = kept.map { shape, tally in
                    TextMarginal.shape(shape, keeping: tally.count >= max(Int64(minCount), Self.sharedCharacterMinimum) ? tally.fixed : [])
                }
                marginal.shapeCounts = kept.map(\.value.count)
            }
        }
        return marginal
    }

    private func categoricalMarginal(_ counts: [Value: Int64], minCount: Int) -> CategoricalMarginal {
        var kept: [(Value, Int64)] = []
        var other: Int64 = 0
        for (value, count) in counts {
            if count >= Int64(minCount) { kept.append((value, count)) } else { other += count }
        }
        kept.sort { $0.1 != $1.1 ? $0.1 > $1.1 : Self.order($0.0, $1.0) }
        return CategoricalMarginal(values: kept.map { ModelValue($0.0) }, counts: kept.map(\.1), otherCount: other)
    }

    /// A total order on values, for ties in frequency (so the same data gives the same model).
    static func order(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.integer(let x), .integer(let y)): return x < y
        case (.real(let x), .real(let y)): return x < y
        case (.text(let x), .text(let y)): return x < y
        default: return a.canonicalBytes.lexicographicallyPrecedes(b.canonicalBytes)
        }
    }
}
