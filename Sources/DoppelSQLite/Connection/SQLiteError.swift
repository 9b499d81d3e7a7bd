internal import CSQLite
package import DoppelCore

/// A SQLite result code, with names for the codes Doppel reacts to. Extended codes match their primary code.
package struct SQLiteResultCode: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    package var rawValue: Int32
    package init(rawValue: Int32) { self.rawValue = rawValue }

    /// The primary code (the low 8 bits of an extended code).
    package var primary: SQLiteResultCode { SQLiteResultCode(rawValue: rawValue & 0xFF) }

    package static let error = SQLiteResultCode(rawValue: 1)
    package static let permission = SQLiteResultCode(rawValue: 3)
    package static let busy = SQLiteResultCode(rawValue: 5)
    package static let locked = SQLiteResultCode(rawValue: 6)
    package static let readOnly = SQLiteResultCode(rawValue: 8)
    package static let corrupt = SQLiteResultCode(rawValue: 11)
    package static let cannotOpen = SQLiteResultCode(rawValue: 14)
    package static let constraint = SQLiteResultCode(rawValue: 19)
    package static let notADatabase = SQLiteResultCode(rawValue: 26)

    /// Matches an extended code against its primary code: `case .constraint` catches every constraint code.
    package static func ~= (pattern: SQLiteResultCode, code: SQLiteResultCode) -> Bool {
        pattern.rawValue == code.rawValue || pattern.rawValue == code.primary.rawValue
    }

    package var description: String {
        String(cString: sqlite3_errstr(rawValue))
    }
}

/// A failure reported by SQLite: its code and message, the statement it happened in, and what Doppel
/// was working on. Bound values are never part of it.
package struct SQLiteError: DatabaseEngineError {
    package var code: SQLiteResultCode
    package var message: String
    package var sql: String?
    package var context: String?

    package init(code: SQLiteResultCode, message: String, sql: String? = nil, context: String? = nil) {
        self.code = code
        self.message = message
        self.sql = sql
        self.context = context
    }

    package var exitStatus: ExitStatus {
        switch code {
        case .cannotOpen, .notADatabase, .permission: return .connection
        default: return .runFailed
        }
    }

    package var description: String {
        var text = "SQLite error \(code.rawValue) (\(code)): \(message)"
        if let context { text = "\(context): " + text }
        if let sql {
            let trimmed = sql.count > 300 ? String(sql.prefix(300)) + "…" : sql
            text += " - while executing `\(trimmed)`"
        }
        return text
    }
}
