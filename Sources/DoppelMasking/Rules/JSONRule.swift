import DoppelCore
package import DoppelPolicy

/// `json`: masks a JSON document part by part. Each path of `paths:` takes a rule of its own, applied to every
/// leaf (string, number, boolean) under the path; leaves no path covers get `others` (default `redact`:
/// privacy fails closed). Keys and the document's structure stay as they were.
///
/// ```yaml
/// profile:
///   rule: json
///   paths:
///     "$.email": { pii: email, rule: fake }
///     "$.phones[*]": { pii: phone, rule: fake }
///     "$.plan": keep
///   others: redact
/// ```
package enum JSONRule: Rule {
    package static let descriptor = RuleDescriptor(
        name: "json",
        summary: "Masks a JSON column leaf by leaf: `paths` maps JSON paths (`$.email`, `$.address.city`, `$.phones[*]`, `$.items[0].sku`, `$[\"first name\"]`) to rules, applied to every leaf under the path (the longest path wins); leaves no path covers get `others`. Keys and structure stay; a fake of a value equals the fake of the same value in a text column.",
        parameters: [
            .init("paths", .paths, required: true, summary: "JSON path → rule, written like a column's rule (`redact`, `{ pii: email, rule: fake }`)"),
            .init("others", .choice(["redact", "keep", "null"]), summary: "what happens to leaves no path covers (default `redact`: strings become `[redacted]`, numbers 0)"),
        ],
        acceptedTypes: ["json"],
        properties: .init(deterministic: true, keyed: true, injective: false, preservesFormat: true, supportsUnique: false),
        example: #"profile: { rule: json, paths: { "$.email": { pii: email, rule: fake }, "$.plan": keep } }"#,
        checkColumn: { entry, column, table in checkColumn(entry, column, table) })

    package static var masksArrayElements: Bool { false }

    package static func make(_ context: RuleContext) throws -> any ValueTransform {
        var rules: [(path: JSONPath, transform: any ValueTransform)] = []
        for entry in context.policy.paths {
            let path: JSONPath
            switch JSONPath.parse(entry.name) {
            case .success(let parsed): path = parsed
            case .failure(let error): throw RuleSetupError("path `\(entry.name)` of `\(context.place)`: \(error.message)")
            }
            guard let rule = RuleRegistry.rule(named: entry.rule), entry.rule != descriptor.name, entry.rule != SynthesizeRule.descriptor.name else {
                throw RuleSetupError("path `\(entry.name)` of `\(context.place)` has rule `\(entry.rule)`, which does not apply to a JSON leaf")
            }
            var leaf = context
            leaf.column = Column(name: "\(context.column.name) \(entry.name)", declaredType: "", logicalType: .text, isNullable: true)
            leaf.policy = entry
            rules.append((path, try rule.transform(for: leaf)))
        }
        return Transform(rules: rules, others: context.parameter("others") ?? "redact", place: context.place)
    }

    struct Transform: ValueTransform {
        let rules: [(path: JSONPath, transform: any ValueTransform)]
        let others: String
        let place: String

        func apply(_ value: Value, row: RowContext) throws -> Value {
            if value.isNull { return .null }
            guard let text = value.textRepresentation, let document = JSONValue.parse(text) else {
                throw UnreadableValue("not JSON, so rule `json` cannot mask it by path")
            }
            var location: [JSONPath.Step] = []
            return .text(try mask(document, at: &location, row: row).text)
        }

        private func mask(_ node: JSONValue, at location: inout [JSONPath.Step], row: RowContext) throws -> JSONValue {
            switch node {
            case .array(let items):
                var masked: [JSONValue] = []
                masked.reserveCapacity(items.count)
                for (index, item) in items.enumerated() {
                    location.append(.index(index))
                    defer { location.removeLast() }
                    masked.append(try mask(item, at: &location, row: row))
                }
                return .array(masked)
            case .object(let members):
                var masked: [JSONValue.Member] = []
                masked.reserveCapacity(members.count)
                for member in members {
                    location.append(.key(member.key))
                    defer { location.removeLast() }
                    masked.append(JSONValue.Member(key: member.key, value: try mask(member.value, at: &location, row: row)))
                }
                return .object(masked)
            default:
                // The longest path that covers the leaf wins; among equals, the first written.
                var best: (length: Int, transform: any ValueTransform)?
                for rule in rules where rule.path.covers(location) && rule.path.steps.count > (best?.length ?? -1) {
                    best = (rule.path.steps.count, rule.transform)
                }
                guard let best else {
                    switch others {
                    case "keep": return node
                    case "null": return .null
                    default: return RedactRule.redactLeaves(of: node)
                    }
                }
                return try JSONRule.apply(best.transform, to: node, row: row)
            }
        }
    }

    /// A rule applied to one leaf: strings go in as text, numbers as numbers, booleans as `true`/`false`; what
    /// comes out is written back as the JSON of its kind (an unchanged leaf as it was).
    static func apply(_ transform: any ValueTransform, to leaf: JSONValue, row: RowContext) throws -> JSONValue {
        let input: Value
        switch leaf {
        case .null: input = .null
        case .bool(let flag): input = .text(flag ? "true" : "false")
        case .string(let text): input = .text(text)
        case .number(let digits): input = Int64(digits).map(Value.integer) ?? Double(digits).map(Value.real) ?? .text(digits)
        case .array, .object: return leaf
        }
        let output = try transform.apply(input, row: row)
        if output == input { return leaf }
        switch output {
        case .null, .blob: return .null
        case .integer(let number): return .number(String(number))
        case .real(let number): return number.isFinite ? .number(output.textRepresentation ?? "0") : .null
        case .text(let text):
            if case .bool = leaf, text == "true" || text == "false" { return .bool(text == "true") }
            return .string(text)
        }
    }

    /// Each path must read as a JSON path (the validator checks each path's rule like a column's).
    static func checkColumn(_ entry: ColumnPolicy, _ column: Column, _ table: Table) -> [PolicyDiagnostic] {
        var diagnostics: [PolicyDiagnostic] = []
        for path in entry.paths {
            if case .failure(let error) = JSONPath.parse(path.name) {
                diagnostics.append(PolicyDiagnostic(.error, "`\(path.name)` of `\(table.name).\(column.name)` is not a JSON path: \(error.message)", at: path.location))
            }
            if path.rule == descriptor.name || path.rule == SynthesizeRule.descriptor.name {
                diagnostics.append(PolicyDiagnostic(.error, "rule `\(path.rule)` does not apply to a JSON leaf (`\(path.name)` of `\(table.name).\(column.name)`)", at: path.ruleLocation,
                    suggestion: "give the leaf a scalar rule: keep, null, constant, redact, fake, pseudonymize, hash, generalize, shift"))
            }
        }
        return diagnostics
    }
}
