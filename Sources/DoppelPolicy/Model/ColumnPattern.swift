import Foundation

/// An entry for every column a pattern selects, under `patterns:`: by table and column name
/// (`"*.updated_at"`, `"*.*email*"`, `"audit_*.*"`: `*` any run of characters, `?` one, case-insensitive,
/// matched against `table.column`), or by type (`"type:timestamptz"`: the declared type without its
/// arguments, or Doppel's logical type such as `type:timestamp`).
public struct ColumnPattern: Hashable, Sendable {
    /// What the pattern selects.
    public enum Selector: Hashable, Sendable {
        /// A glob over `table.column`.
        case name(String)
        /// A declared or logical type.
        case type(String)
    }

    /// The pattern as written.
    public var text: String
    /// What it selects.
    public var selector: Selector
    /// The entry each selected column gets.
    public var entry: ColumnPolicy

    /// The pattern written as `text`, or nil when it is empty.
    package init?(text: String, entry: ColumnPolicy) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.lowercased().hasPrefix("type:") {
            let type = String(trimmed.dropFirst(5)).trimmingCharacters(in: .whitespaces).lowercased()
            guard !type.isEmpty else { return nil }
            selector = .type(type)
        } else {
            guard !trimmed.isEmpty else { return nil }
            selector = .name(trimmed)
        }
        self.text = trimmed
        self.entry = entry
    }

    /// How specific the pattern is: a name pattern by its characters that are not wildcards (so
    /// `"*.*email*"` < `"users.email"`), any name pattern above any type pattern.
    public var specificity: Int {
        switch selector {
        case .name(let glob): return 1_000 + glob.filter { $0 != "*" && $0 != "?" }.count
        case .type: return 0
        }
    }

    /// Whether the pattern selects `column` of `table`, whose declared type is `declaredType` and logical type `logicalType`.
    public func matches(table: String, column: String, declaredType: String, logicalType: String) -> Bool {
        switch selector {
        case .name(let glob):
            return Self.glob(Array(glob.lowercased()), matches: Array("\(table).\(column)".lowercased()))
        case .type(let type):
            let declared = declaredType.lowercased().split(separator: "(").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            return declared == type || logicalType.lowercased() == type
        }
    }

    /// Glob matching with `*` and `?`, iterative with backtracking to the last star.
    static func glob(_ pattern: [Character], matches text: [Character]) -> Bool {
        var p = 0, t = 0
        var star = -1, resume = 0
        while t < text.count {
            if p < pattern.count, pattern[p] == "?" || pattern[p] == text[t] {
                p += 1
                t += 1
            } else if p < pattern.count, pattern[p] == "*" {
                star = p
                resume = t
                p += 1
            } else if star >= 0 {
                p = star + 1
                resume += 1
                t = resume
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }
}
