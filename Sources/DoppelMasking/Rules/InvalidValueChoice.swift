import DoppelCore
package import DoppelPolicy

/// What a column's entry says to write when its rule cannot read a value (`on_invalid: null | redact`);
/// without it such a value stops the run.
package enum InvalidValueChoice: String, Sendable, CaseIterable {
    case null
    case redact

    /// The key in a column's entry.
    package static let key = "on_invalid"

    /// The entry's choice, or nil when it makes none.
    package init?(_ policy: ColumnPolicy) {
        guard let text = policy.parameters[Self.key]?.text else { return nil }
        self.init(rawValue: text)
    }

    /// What replaces an unreadable value of this column.
    func replacement(for column: Column, isArray: Bool) -> Value {
        switch self {
        case .null: return .null
        case .redact:
            if isArray { return .text("{}") }
            if column.logicalType == .json { return .text(JSONValue.string(RedactRule.defaultMarker).text) }
            return .text(RedactRule.defaultMarker)
        }
    }
}

/// A rule whose unreadable values (``UnreadableValue``) become the column's `on_invalid` replacement.
struct ReplacingUnreadable: ValueTransform {
    let rule: any ValueTransform
    let replacement: Value

    func apply(_ value: Value, row: RowContext) throws -> Value {
        do {
            return try rule.apply(value, row: row)
        } catch is UnreadableValue {
            return replacement
        }
    }
}
