import DoppelCore

/// SQLite's rules for a declared type: its affinity (<https://www.sqlite.org/datatype3.html#determination_of_column_affinity>)
/// and, from the type's name, the logical type Doppel works with.
enum SQLiteTypeAffinity {
    /// The affinity SQLite gives a declared type, applying its five rules in order.
    static func affinity(of declaredType: String) -> String {
        let type = declaredType.uppercased()
        if type.contains("INT") { return "INTEGER" }
        if type.contains("CHAR") || type.contains("CLOB") || type.contains("TEXT") { return "TEXT" }
        if type.isEmpty || type.contains("BLOB") { return "BLOB" }
        if type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB") { return "REAL" }
        return "NUMERIC"
    }

    /// The logical type suggested by the declared type's name (dates are text or numbers in SQLite).
    static func logicalType(of declaredType: String) -> LogicalType {
        let type = declaredType.uppercased()
        if type.contains("BOOL") { return .boolean }
        if type.contains("DATETIME") || type.contains("TIMESTAMP") { return .timestamp }
        if type.contains("DATE") { return .date }
        if type.contains("TIME") { return .time }
        if type.contains("UUID") || type.contains("GUID") { return .uuid }
        if type.contains("JSON") { return .json }
        switch affinity(of: declaredType) {
        case "INTEGER": return .integer
        case "TEXT": return .text
        case "REAL": return .real
        case "BLOB": return type.isEmpty || type == "ANY" ? .any : .blob
        default:
            return type.contains("DEC") || type.contains("NUMERIC") || type.contains("MONEY") ? .decimal : .any
        }
    }
}
