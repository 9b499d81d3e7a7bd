/// The engine-neutral meaning of a column's type, which decides the rules and generators it accepts.
public enum LogicalType: String, Codable, Hashable, Sendable, CaseIterable {
    case integer
    case real
    case decimal
    case boolean
    case text
    case blob
    case date
    case timestamp
    case time
    case uuid
    case json
    /// A type Doppel does not interpret (SQLite columns without a declared type, for instance).
    case any

    /// Whether values of this type are dates or times.
    package var isTemporal: Bool {
        self == .date || self == .timestamp || self == .time
    }

    /// Whether values of this type are numbers.
    package var isNumeric: Bool {
        self == .integer || self == .real || self == .decimal
    }
}
