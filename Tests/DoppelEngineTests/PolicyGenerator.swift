import DoppelCore
import DoppelPolicy
import DoppelSynthesis
import DoppelMasking
import Foundation

/// Writes a random policy for a schema from the rule catalog (``RuleRegistry/descriptors``): every column
/// gets a rule, mostly one that accepts its type, sometimes any; parameters drawn from each descriptor
/// (choices, ranges, columns of the table), `unique:` and `pii:` at random; tables masked, sometimes
/// skipped, emptied or synthesized. Many such policies are wrong on purpose: `check` must refuse those,
/// and whatever it accepts must clone.
struct PolicyGenerator {
    let schema: Schema
    let rules = RuleRegistry.descriptors

    func policy(seed: UInt64) -> String {
        var random = SplitMix64(seed: seed)
        // How far from `keep` this policy strays: some change a column here and there, some most of them.
        let boldness = 0.05 + 0.6 * random.nextUnit()
        var lines = ["version: 1", "seed: \(seed % 100_000)", "secret: env:DOPPEL_SECRET", "unlisted: fail", "unsupported: warn", "tables:"]
        for table in schema.tables {
            lines.append("  \(quoted(table.name)):")
            let mode = random.nextUnit() < boldness / 2 ? random.pick([("skip", 1), ("empty", 1), ("synthesize", 2)]) : "mask"
            if mode != "mask" { lines.append("    mode: \(mode)") }
            guard mode != "skip" else { continue }
            lines.append("    columns:")
            for column in table.storedColumns {
                // A foreign-key column usually inherits the rule of the key it references.
                if table.foreignKeys.contains(where: { $0.columns.contains(column.name) }) && random.nextUnit() < 0.95 { continue }
                lines.append("      \(quoted(column.name)): \(entry(for: column, in: table, synthesized: mode == "synthesize", boldness: boldness, random: &random))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func entry(for column: Column, in table: Table, synthesized: Bool, boldness: Double, random: inout SplitMix64) -> String {
        let type = column.logicalType.rawValue
        let isKey = table.primaryKey.contains(column.name) || table.uniqueKeys.contains { $0.contains(column.name) }
        var fitting = rules.filter { ($0.acceptedTypes?.contains(type) ?? true) && ($0.name == "synthesize") == synthesized }
        if isKey { fitting = fitting.filter { $0.properties.injective || $0.properties.supportsUnique } }
        let draw = random.nextUnit()
        let rule: RuleDescriptor
        if draw > boldness, !synthesized, let keep = rules.first(where: { $0.name == "keep" }) {
            rule = keep
        } else if random.nextUnit() < 0.97 && !fitting.isEmpty {
            rule = fitting[random.next(below: fitting.count)]
        } else {
            rule = rules[random.next(below: rules.count)]
        }
        var fields = ["rule: \(rule.name)"]
        if rule.name == "fake" || random.nextUnit() < 0.05 {
            // Mostly a kind that fits the column's type (numbers take only a few fakes).
            let fitting: [String]? = switch type {
            case "integer", "real", "decimal": ["phone", "national_id", "date_of_birth"]
            case "date", "timestamp": ["date_of_birth"]
            default: nil
            }
            let kinds = fitting != nil && random.nextUnit() < 0.9 ? fitting ?? [] : PIIKind.allCases.map(\.rawValue)
            fields.append("pii: \(kinds[random.next(below: kinds.count)])")
        }
        if rule.properties.supportsUnique && (isKey && !rule.properties.injective || random.nextUnit() < 0.1) { fields.append("unique: true") }
        // `on_invalid:` (every rule takes it) now and then, so the other parameters stay the common case.
        for parameter in rule.parameters where parameter.isRequired || random.nextUnit() < (parameter.name == "on_invalid" ? 0.05 : 0.3) {
            let value: String?
            switch parameter.kind {
            case .choice(let values): value = values.isEmpty ? nil : values[random.next(below: values.count)]
            case .integer(let range): value = String(range.lowerBound + random.next(below: min(range.count, 1000)))
            case .number: value = String(Double(random.next(below: 1000)) / 10)
            case .boolean: value = random.nextUnit() < 0.5 ? "true" : "false"
            case .column: value = quoted(table.columns[random.next(below: table.columns.count)].name)
            case .text:
                switch type {
                case "integer", "real", "decimal": value = "7"
                case "date": value = "\"2020-01-01\""
                case "timestamp": value = "\"2020-01-01 00:00:00\""
                default: value = "\"x\""
                }
            case .paths: value = random.nextUnit() < 0.5 ? "{ \"$.theme\": redact }" : "{ \"$.email\": { pii: email, rule: fake } }"
            }
            if let value { fields.append("\(parameter.name): \(value)") }
        }
        // `generalize` needs a unit: mostly the one its column's type takes.
        if rule.name == "generalize" && !fields.contains(where: { $0.hasPrefix("to:") || $0.hasPrefix("bucket:") }) && random.nextUnit() < 0.9 {
            fields.append(["date", "timestamp"].contains(type) ? "to: year" : "bucket: 10")
        }
        return "{ " + fields.joined(separator: ", ") + " }"
    }

    /// A YAML double-quoted scalar.
    private func quoted(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}

extension SplitMix64 {
    /// One of the weighted choices.
    mutating func pick(_ choices: [(String, Int)]) -> String {
        var draw = next(below: choices.reduce(0) { $0 + $1.1 })
        for (choice, weight) in choices {
            if draw < weight { return choice }
            draw -= weight
        }
        return choices[0].0
    }
}
