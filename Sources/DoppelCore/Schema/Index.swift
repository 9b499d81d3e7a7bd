import Foundation
/// An index, or the index behind a UNIQUE or PRIMARY KEY constraint.
public struct Index: Codable, Hashable, Sendable {
    /// Why the index exists.
    public enum Origin: String, Codable, Sendable {
        /// Created with `CREATE INDEX`.
        case createIndex
        /// Backs a UNIQUE constraint.
        case uniqueConstraint
        /// Backs the primary key.
        case primaryKey
    }

    /// The index's name.
    public var name: String
    /// Column names; an expression term appears as its SQL text in parentheses.
    public var columns: [String]
    /// Whether the index enforces uniqueness.
    public var isUnique: Bool
    /// Why the index exists.
    public var origin: Origin
    /// The WHERE clause of a partial index.
    public var isPartial: Bool
    /// The engine's own definition, when it has one (`CREATE INDEX ...`).
    public var definitionSQL: String?
    /// PostgreSQL: the partition (as SQL) that declares this index or constraint, when the partitioned
    /// table does not; it then holds for that partition's rows only.
    public var partitionSQL: String?

    package init(
        name: String, columns: [String], isUnique: Bool, origin: Origin, isPartial: Bool = false,
        definitionSQL: String? = nil
    ) {
        self.name = name
        self.columns = columns
        self.isUnique = isUnique
        self.origin = origin
        self.isPartial = isPartial
        self.definitionSQL = definitionSQL
    }
}

extension Index {
    /// The column of an index term `lower(column)` or `upper(column)` (quoted or not, in parentheses or
    /// not): a unique index on it makes the column case-insensitively unique. Nil for any other term.
    package static func caseFoldedColumn(in term: String) -> String? {
        var term = Substring(term)
        if term.hasPrefix("(") && term.hasSuffix(")") { term = term.dropFirst().dropLast() }
        for function in ["lower(", "upper("] where term.hasPrefix(function) && term.hasSuffix(")") {
            let inner = term.dropFirst(function.count).dropLast()
            if inner.hasPrefix("\""), inner.hasSuffix("\""), inner.count >= 2 {
                return String(inner.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"")
            }
            if !inner.isEmpty, inner.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) { return String(inner) }
        }
        return nil
    }
}
