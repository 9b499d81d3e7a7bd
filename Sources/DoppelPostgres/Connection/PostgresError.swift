package import DoppelCore
import Foundation

/// A failure reported by PostgreSQL or libpq: the SQLSTATE, the server's message and hint, where it
/// happened (table, column, constraint), and the statement. The server's DETAIL is left out on purpose:
/// it can hold row values (`Key (email)=(…) already exists`).
package struct PostgresError: DatabaseEngineError {
    package var state: SQLState?
    package var message: String
    package var hint: String?
    package var table: String?
    package var column: String?
    package var constraint: String?
    package var sql: String?
    /// What Doppel was doing (`connecting to …`, `copying table orders`).
    package var context: String?
    /// Whether the connection itself failed (exit status 3) rather than a statement.
    package var isConnectionFailure: Bool
    /// Where in a COPY the server refused a row (`COPY orders, line 12, column placed_at`), without the value.
    package var position: String?

    package init(
        state: SQLState? = nil, message: String, hint: String? = nil, table: String? = nil, column: String? = nil,
        constraint: String? = nil, sql: String? = nil, context: String? = nil, isConnectionFailure: Bool = false
    ) {
        self.state = state
        self.message = message
        self.hint = hint
        self.table = table
        self.column = column
        self.constraint = constraint
        self.sql = sql
        self.context = context
        self.isConnectionFailure = isConnectionFailure
    }

    package var exitStatus: ExitStatus { isConnectionFailure ? .connection : .runFailed }

    /// A data exception's message without the value it quotes (`invalid input syntax for type date: "…"`):
    /// the value may be personal data, and messages reach logs and the run ledger.
    static func withholdingValues(_ message: String, state: SQLState?) -> String {
        guard state?.raw.hasPrefix("22") ?? false, let quote = message.range(of: ": \"") else { return message }
        return message[..<quote.lowerBound] + ": (the value is withheld)"
    }

    /// `COPY t, line 3, column c: "value"` → `COPY t, line 3, column c` (the first line of the server's CONTEXT).
    static func copyPosition(from context: String) -> String? {
        guard let line = context.split(separator: "\n").first, line.hasPrefix("COPY ") else { return nil }
        if let quote = line.range(of: ": \"") { return String(line[..<quote.lowerBound]) }
        return String(line)
    }

    package var description: String {
        var text = ""
        if let context { text += context + ": " }
        text += "PostgreSQL"
        if let state { text += " error \(state)" }
        text += ": " + message
        var place: [String] = []
        if let table { place.append(column.map { "\(table).\($0)" } ?? table) }
        if let constraint { place.append("constraint \(constraint)") }
        if let position { place.append(position) }
        if !place.isEmpty { text += " (" + place.joined(separator: ", ") + ")" }
        if let hint { text += "; hint: " + hint }
        if let sql {
            let trimmed = sql.count > 300 ? String(sql.prefix(300)) + "…" : sql
            text += " - while executing `\(trimmed)`"
        }
        return text
    }
}
