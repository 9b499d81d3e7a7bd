/// Checks that a policy's `where` is one SQL expression, before it is pasted into a query as `(…)`: no
/// `;` (a second statement), no comment that could hide the rest of the query, parentheses balanced so
/// it cannot close the one around it, and every quote closed.
///
/// The check is lexical and conservative: single-quoted strings (quotes doubled inside) and double-quoted
/// identifiers are skipped; anything it cannot follow is refused, with the reason.
enum WhereClauseSyntax {
    /// Why `sql` is not a single expression, or nil when it is.
    static func problem(in sql: String) -> String? {
        let characters = Array(sql.unicodeScalars)
        var depth = 0
        var index = 0
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "'", "\"":
                // A string or quoted identifier: up to the matching quote, a doubled quote staying inside.
                var end = index + 1
                while end < characters.count {
                    if characters[end] == character {
                        if end + 1 < characters.count && characters[end + 1] == character { end += 2; continue }
                        break
                    }
                    end += 1
                }
                guard end < characters.count else { return "a \(character == "'" ? "string" : "quoted name") is not closed" }
                index = end + 1
                continue
            case ";":
                return "it holds `;`, so a second statement could follow; a `where` is one condition"
            case "(":
                depth += 1
            case ")":
                depth -= 1
                if depth < 0 { return "it closes a parenthesis it did not open" }
            case "-" where index + 1 < characters.count && characters[index + 1] == "-",
                "/" where index + 1 < characters.count && characters[index + 1] == "*":
                return "it holds a comment, which could hide the rest of the query"
            case "$":
                return "it holds `$` (a dollar-quoted string or parameter), which Doppel does not follow; write the string in single quotes"
            default:
                break
            }
            index += 1
        }
        return depth == 0 ? nil : "a parenthesis is not closed"
    }
}
