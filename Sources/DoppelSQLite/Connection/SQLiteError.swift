internal import CSQLite
public import DoppelCore

/// A SQLite result code, with names for the codes Doppel reacts to. Extended codes match their primary code.
public struct SQLiteResultCode: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public var rawValue: Int32
    public init(rawValue: Int32) { self.rawValue = rawValue }

    /// The primary code (the low 8 bits of an extended code).
    public var primary: SQLiteResultCode { SQLiteResultCode(rawValue: rawValue & 0xFF) }

    public static let error = SQLiteResultCode(rawValue: 1)
    public static let permission = SQLiteResultCode(rawValue: 3)
    public static let busy = SQLiteResultCode(rawValue: 5)
    public static let locked = SQLiteResultCode(rawValue: 6)
    public static let readOnly = SQLiteResultCode(rawValue: 8)
    public static let corrupt = SQLiteResultCode(rawValue: 11)
    public static let cannotOpen = SQLiteResultCode(rawValue: 14)
    public static let constraint = SQLiteResultCode(rawValue: 19)
    public static let notADatabase = SQLiteResultCode(rawValue: 26)

    /// Matches an extended code against its primary code: `case .constraint` catches every constraint code.
    public static func ~= (pattern: SQLiteResultCode, code: SQLiteResultCode) -> Bool {
        pattern.rawValue == code.rawValue || pattern.rawValue == code.primary.rawValue
    }

    public var description: String {
        String(cString: sqlite3_errstr(rawValue))
    }
}

/// A failure reported by SQLite: its code and message, the statement it happened in, and what Doppel
/// was working on. Bound values are never part of it.
public struct SQLiteError: DatabaseEngineError {
    public var code: SQLiteResultCode
    public var message: String
    public var sql: String?
    public var context: String?

    public init(code: SQLiteResultCode, message: String, sql: String? = nil, context: String? = nil) {
        self.code = code
        self.message = message
        self.sql = sql
        self.context = context
    }

    public var exitStatus: ExitStatus {
        switch code {
        case .cannotOpen, .notADatabase, .permission: return .connection
        default: return .runFailed
        }
    }

    public var description: String {
        var text = "SQLite error \(code.rawValue) (\(code)): \(message)"
        if let context { text = "\(context): " + text }
        if let sql {
            let trimmed = sql.count > 300 ? String(sql.prefix(300)) + "…" : sql
            text += " - while executing `\(trimmed)`"
        }
        return text
    }
}
