import DoppelCore
import DoppelPolicy
import Foundation

/// The policy entry a draft writes for one column, as YAML flow text (`keep`, `{ pii: email, rule: fake }`),
/// with the entries to fall back on, in order, when `doppel check` refuses it.
struct DraftedEntry: Equatable {
    /// The entry, as it appears after `column:` in the policy.
    let yaml: String
    /// The rule's name, for the summary.
    let rule: String

    /// What a column of `kind` gets. Columns others reference need an injective rule, so a personal key is
    /// pseudonymized (its references inherit it); a unique personal column gets a fake that stays unique.
    /// `listedValue`: the first value a CHECK `IN (…)` allows the column, the last resort of a NOT NULL column
    /// that takes no invented value.
    static func candidates(for kind: PIIKind?, isReferenced: Bool, isKey: Bool, isUnique: Bool, listedValue: String? = nil) -> [DraftedEntry] {
        guard let kind else { return [DraftedEntry(yaml: "keep", rule: "keep")] }
        let pii = kind.rawValue
        func entry(_ rule: String, _ extra: String = "") -> DraftedEntry {
            DraftedEntry(yaml: "{ pii: \(pii), rule: \(rule)\(extra) }", rule: rule)
        }
        var first: [DraftedEntry]
        if isReferenced || isKey {
            first = [entry("pseudonymize"), entry("hash")]
        } else {
            switch kind {
            case .freeText, .other:
                first = [entry("redact")]
            case .dateOfBirth:
                first = [entry("generalize", ", to: year"), entry("fake")]
            default:
                first = [entry("fake", isUnique ? ", unique: true" : "")]
                if isUnique { first.append(entry("pseudonymize")) }
            }
        }
        // Rules that fit nearly any column, for when the first choice does not fit this one.
        for fallback in [entry("redact"), entry("hash"), entry("null")] where !first.contains(fallback) {
            first.append(fallback)
        }
        if let listedValue { first.append(entry("constant", ", value: " + yamlQuoted(listedValue))) }
        return first
    }

    /// `text` as a double-quoted YAML scalar.
    static func yamlQuoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
