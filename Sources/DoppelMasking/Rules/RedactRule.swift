import DoppelCore
package import DoppelPolicy

/// `redact`: replaces every value with a fixed marker, or with `x`s of the same length. JSON is redacted leaf
/// by leaf (keys and structure stay), arrays element by element, so the clone holds a valid value of the type.
package enum RedactRule: Rule {
    package static let descriptor = RuleDescriptor(
        name: "redact", summary: "Replaces the value with a marker (`[redacted]` unless `with` says otherwise); NULL and empty text stay as they are. `keep_length: true` writes x's of the original length instead. Arrays are redacted element by element (`{\"[redacted]\",NULL}`); JSON leaf by leaf: strings become the marker, numbers 0, keys, booleans and nulls stay.",
        parameters: [
            .init("with", .text, summary: "the marker text"),
            .init("keep_length", .boolean, summary: "write one x per character instead of a marker"),
        ],
        acceptedTypes: ["text", "json", "any", "blob"],
        properties: .init(deterministic: true, keyed: false, injective: false, preservesFormat: false, supportsUnique: false),
        example: "notes: { pii: free_text, rule: redact }",
        checkColumn: { entry, column, table in checkColumn(entry, column, table) })

    static let defaultMarker = "[redacted]"

    package static func make(_ context: RuleContext) throws -> any ValueTransform {
        let marker = context.parameter("with") ?? defaultMarker
        let keepLength = context.policy.parameters["keep_length"]?.boolean ?? false
        if context.column.logicalType == .json { return JSONTransform(marker: marker, keepLength: keepLength) }
        return Transform(marker: marker, keepLength: keepLength)
    }

    struct Transform: ValueTransform {
        let marker: String
        let keepLength: Bool
        func apply(_ value: Value, row: RowContext) throws -> Value {
            switch value {
            case .null: return .null
            case .blob: return .blob([])
            case .text(let text) where text.isEmpty: return value
            default:
                if keepLength, let text = value.textRepresentation {
                    return .text(String(repeating: "x", count: text.count))
                }
                return .text(marker)
            }
        }
    }

    /// Redacts every leaf of a JSON document; what is not JSON becomes the marker as a JSON string.
    struct JSONTransform: ValueTransform {
        let marker: String
        let keepLength: Bool
        func apply(_ value: Value, row: RowContext) throws -> Value {
            guard let text = value.textRepresentation else { return value.isNull ? .null : .text("null") }
            guard let document = JSONValue.parse(text) else { return .text(JSONValue.string(marker).text) }
            return .text(RedactRule.redactLeaves(of: document, marker: marker, keepLength: keepLength).text)
        }
    }

    /// `document` with every string leaf replaced by the marker (or x's) and every number by 0.
    static func redactLeaves(of document: JSONValue, marker: String = defaultMarker, keepLength: Bool = false) -> JSONValue {
        switch document {
        case .null, .bool: return document
        case .number: return .number("0")
        case .string(let text): return .string(keepLength ? String(repeating: "x", count: text.count) : marker)
        case .array(let items): return .array(items.map { redactLeaves(of: $0, marker: marker, keepLength: keepLength) })
        case .object(let members):
            return .object(members.map { JSONValue.Member(key: $0.key, value: redactLeaves(of: $0.value, marker: marker, keepLength: keepLength)) })
        }
    }

    /// A marker longer than the column cannot be written.
    static func checkColumn(_ entry: ColumnPolicy, _ column: Column, _ table: Table) -> [PolicyDiagnostic] {
        let listed = ColumnChecks.listedValuesProblem(entry, rule: descriptor.name, column: column, table: table)
        if !listed.isEmpty { return listed }
        guard let maxLength = ColumnChecks.maxLength(of: column, in: table), entry.parameters["keep_length"]?.boolean != true else { return [] }
        let marker = entry.parameters["with"]?.text ?? defaultMarker
        guard marker.count > maxLength else { return [] }
        return [PolicyDiagnostic(
            .error, "the marker `\(marker)` is \(marker.count) characters; `\(table.name).\(column.name)` holds at most \(maxLength)",
            at: entry.parameters["with"]?.location ?? entry.ruleLocation,
            suggestion: "write `keep_length: true` (x's of the value's length) or a marker of at most \(maxLength) characters with `with:`")]
    }
}
