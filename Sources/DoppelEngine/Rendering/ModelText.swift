public import DoppelSynthesis
import Foundation
import DoppelCore
import DoppelMasking

/// `doppel model show`: a model file for people, every figure it holds summarized.
public enum ModelText {
    /// The model's tables and columns, as `doppel fit` shows them.
    public static func render(_ model: DatabaseModel) -> String {
        var lines = [
            "doppel model, format version \(model.version), fitted \(model.fittedAt) by doppel \(model.doppelVersion)",
            "seed \(model.seed); min_count \(model.minCount) (\(model.minCountAppliesToAll ? "every column" : "PII and sensitive columns")); schema \(model.schemaFingerprint.prefix(12))",
        ]
        for table in model.tables {
            lines.append("")
            let lookup = model.schema.table(named: table.name).map { LookupTable.holds($0, in: model.schema, rows: table.rowCount) } ?? false
            lines.append("\(table.name): \(table.rowCount) rows" + (lookup ? " (reference data: the same rows at any --scale)" : "") + (table.copula.map { ", copula of \($0.variables.count) variable\($0.variables.count == 1 ? "" : "s") from \($0.sampleRows) sampled rows" } ?? ""))
            let children = table.copula?.variables.compactMap(\.children) ?? []
            if !children.isEmpty {
                lines.append("  children counts in the copula: " + children.map(\.variableName).joined(separator: ", "))
            }
            for relation in table.relations {
                lines.append(String(format: "  → %@ by (%@): %.2f children per parent on average, at most %lld; %.1f%% NULL",
                    relation.parentTable, relation.columns.joined(separator: ", "), relation.meanChildren, relation.childCounts.last ?? 0, relation.nullFraction * 100))
            }
            for order in table.orders ?? [] {
                var line = "  order: \(order.lower) ≤ \(order.upper) in all \(order.rows) source rows with both (kept by generation)"
                if let correlation = order.correlation, let gaps = order.gaps, let low = gaps.first, let high = gaps.last {
                    line += "; near-deterministic (correlation \(format(correlation))): \(order.upper) = \(order.lower) + a gap of \(format(low)) to \(format(high))"
                }
                lines.append(line)
            }
            for column in table.columns {
                lines.append("  " + column.name + ": " + describe(column, minCount: model.minCount))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// - Parameter minCount: the model's `min_count`, to say which text is kept verbatim below it.
    static func describe(_ column: ColumnModel, minCount: Int = 1) -> String {
        var text = column.kind.rawValue
        if column.nullFraction > 0 { text += String(format: ", %.1f%% NULL", column.nullFraction * 100) }
        if column.sensitive { text += ", sensitive" }
        switch column.kind {
        case .numeric:
            if let numeric = column.numeric, let low = numeric.quantiles.first, let high = numeric.quantiles.last {
                let median = numeric.value(at: 0.5)
                if let temporal = numeric.temporal {
                    text += ", " + TemporalValue.text(low, format: temporal) + " … " + TemporalValue.text(median, format: temporal) + " … " + TemporalValue.text(high, format: temporal)
                } else {
                    text += ", \(format(low)) … \(format(median)) (median) … \(format(high))"
                }
                text += ", \(numeric.quantiles.count) quantiles"
            }
        case .categorical:
            if let categorical = column.categorical {
                let top = zip(categorical.values, categorical.counts).prefix(5).map { "\(show($0.0)) ×\($0.1)" }
                text += ", \(categorical.values.count) values: " + top.joined(separator: ", ") + (categorical.values.count > 5 ? ", …" : "")
                if categorical.otherCount > 0 { text += "; \(categorical.otherCount) rows of rare values folded into \"other\"" }
                // Text seen in fewer than min_count rows is in the model file as it is: say so, and how to fold it.
                let rare = zip(categorical.values, categorical.counts).filter { value, count in
                    if case .text = value.value { return count < Int64(minCount) } else { return false }
                }.count
                if rare > 0 {
                    text += "; \(rare) text value\(rare == 1 ? "" : "s") seen in fewer than \(minCount) rows kept verbatim"
                        + " (`sensitive: true` on the column, or `min_count_applies_to: all`, folds them)"
                }
            }
        case .text:
            if let shape = column.text {
                text += String(format: ", length %.0f … %.0f", shape.lengths.first ?? 0, shape.lengths.last ?? 0)
                if let shapes = shape.shapes { text += ", shapes " + shapes.prefix(3).joined(separator: " ") + (shapes.count > 3 ? " …" : "") }
            }
        case .fake:
            if let years = column.birthYears {
                text += " (\(column.fake ?? "?")): births drawn in \(years.first)–\(years.last) (years of at least min_count people), no date of anyone's in the model"
            } else {
                text += " (\(column.fake ?? "?")): nothing of its values is in the model"
            }
        case .json:
            text += ", keys: " + (column.jsonKeys ?? []).joined(separator: ", ")
        default:
            break
        }
        return text
    }

    static func format(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(format: "%.4g", number)
    }

    static func show(_ value: ModelValue) -> String {
        switch value.value {
        case .text(let text): return "\"" + (text.count > 24 ? String(text.prefix(24)) + "…" : text) + "\""
        case .integer(let integer): return String(integer)
        case .real(let real): return format(real)
        case .blob(let bytes): return "<\(bytes.count) bytes>"
        case .null: return "NULL"
        }
    }
}
