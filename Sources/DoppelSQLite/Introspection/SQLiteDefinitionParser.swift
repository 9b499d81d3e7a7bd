import Foundation

/// Reads what SQLite's pragmas do not report out of a `CREATE TABLE` statement: CHECK constraints,
/// DEFERRABLE clauses and AUTOINCREMENT. A small tokenizer, aware of quotes, comments and parentheses.
struct SQLiteDefinitionParser {
    enum Token: Equatable {
        case word(String)        // keyword or bare identifier (original spelling)
        case quoted(String)      // "id", [id], `id` — unquoted content
        case string(String)      // 'text' — raw, with quotes
        case symbol(Character)
    }

    struct Located {
        var token: Token
        var range: Range<String.Index>
    }

    let sql: String
    let tokens: [Located]

    init(_ sql: String) {
        self.sql = sql
        self.tokens = SQLiteDefinitionParser.tokenize(sql)
    }

    static func tokenize(_ sql: String) -> [Located] {
        var result: [Located] = []
        var index = sql.startIndex
        func isWordCharacter(_ character: Character) -> Bool {
            character.isLetter || character.isNumber || character == "_" || character == "$"
        }
        while index < sql.endIndex {
            let character = sql[index]
            if character.isWhitespace {
                index = sql.index(after: index)
            } else if character == "-", sql[index...].hasPrefix("--") {
                index = sql[index...].firstIndex(of: "\n") ?? sql.endIndex
            } else if character == "/", sql[index...].hasPrefix("/*") {
                index = sql[index...].range(of: "*/")?.upperBound ?? sql.endIndex
            } else if character == "'" || character == "\"" || character == "`" || character == "[" {
                let closing: Character = character == "[" ? "]" : character
                var cursor = sql.index(after: index)
                var content = ""
                while cursor < sql.endIndex {
                    if sql[cursor] == closing {
                        let next = sql.index(after: cursor)
                        if closing != "]", next < sql.endIndex, sql[next] == closing {
                            content.append(closing)
                            cursor = sql.index(after: next)
                            continue
                        }
                        break
                    }
                    content.append(sql[cursor])
                    cursor = sql.index(after: cursor)
                }
                let end = cursor < sql.endIndex ? sql.index(after: cursor) : sql.endIndex
                let token: Token = character == "'" ? .string(String(sql[index..<end])) : .quoted(content)
                result.append(Located(token: token, range: index..<end))
                index = end
            } else if isWordCharacter(character) {
                var cursor = index
                while cursor < sql.endIndex, isWordCharacter(sql[cursor]) { cursor = sql.index(after: cursor) }
                result.append(Located(token: .word(String(sql[index..<cursor])), range: index..<cursor))
                index = cursor
            } else {
                let next = sql.index(after: index)
                result.append(Located(token: .symbol(character), range: index..<next))
                index = next
            }
        }
        return result
    }

    func isKeyword(_ position: Int, _ keyword: String) -> Bool {
        guard position < tokens.count, case .word(let word) = tokens[position].token else { return false }
        return word.caseInsensitiveCompare(keyword) == .orderedSame
    }

    /// The position just past the parenthesis that closes the one at `open`.
    func closingParenthesis(from open: Int) -> Int? {
        var depth = 0
        var position = open
        while position < tokens.count {
            if tokens[position].token == .symbol("(") { depth += 1 }
            if tokens[position].token == .symbol(")") {
                depth -= 1
                if depth == 0 { return position }
            }
            position += 1
        }
        return nil
    }

    /// CHECK constraints with their names (from a preceding `CONSTRAINT name`), in declaration order.
    func checkConstraints() -> [(name: String?, expression: String)] {
        var result: [(String?, String)] = []
        for position in tokens.indices where isKeyword(position, "CHECK") {
            let open = position + 1
            guard open < tokens.count, tokens[open].token == .symbol("("), let close = closingParenthesis(from: open) else { continue }
            let expression = String(sql[tokens[open].range.upperBound..<tokens[close].range.lowerBound])
            var name: String?
            if position >= 2, isKeyword(position - 2, "CONSTRAINT") {
                switch tokens[position - 1].token {
                case .word(let word): name = word
                case .quoted(let quoted): name = quoted
                default: break
                }
            }
            result.append((name, expression.trimmingCharacters(in: .whitespacesAndNewlines)))
        }
        return result
    }

    /// For each REFERENCES clause in declaration order: whether it is DEFERRABLE and INITIALLY DEFERRED.
    func referenceClauses() -> [(deferrable: Bool, initiallyDeferred: Bool)] {
        var result: [(Bool, Bool)] = []
        for position in tokens.indices where isKeyword(position, "REFERENCES") {
            var cursor = position + 1
            var depth = 0
            var deferrable = false
            var deferred = false
            while cursor < tokens.count {
                let token = tokens[cursor].token
                if token == .symbol("(") { depth += 1 }
                if token == .symbol(")") {
                    if depth == 0 { break }
                    depth -= 1
                }
                if depth == 0, token == .symbol(",") { break }
                if depth == 0, isKeyword(cursor, "REFERENCES") { break }
                if isKeyword(cursor, "NOT"), isKeyword(cursor + 1, "DEFERRABLE") {
                    cursor += 2
                    continue
                }
                if isKeyword(cursor, "DEFERRABLE") { deferrable = true }
                if isKeyword(cursor, "INITIALLY"), isKeyword(cursor + 1, "DEFERRED") { deferred = deferrable }
                cursor += 1
            }
            result.append((deferrable, deferred))
        }
        return result
    }

    /// Whether the definition says AUTOINCREMENT.
    var hasAutoincrement: Bool {
        tokens.indices.contains { isKeyword($0, "AUTOINCREMENT") }
    }

    /// What a column definition says beyond the pragmas: its generation expression (`AS (…)`) and its
    /// collation (`COLLATE name`), by column name as written.
    struct ColumnClauses: Equatable {
        var generatedExpression: String?
        var collation: String?
    }

    /// The clauses of each column definition of a `CREATE TABLE` (table constraints are skipped).
    func columnClauses() -> [String: ColumnClauses] {
        guard let open = tokens.firstIndex(where: { $0.token == .symbol("(") }), let close = closingParenthesis(from: open) else { return [:] }
        var result: [String: ColumnClauses] = [:]
        var start = open + 1
        while start < close {
            // One definition: up to the next comma outside parentheses.
            var end = start
            var depth = 0
            while end < close {
                if tokens[end].token == .symbol("(") { depth += 1 }
                if tokens[end].token == .symbol(")") { depth -= 1 }
                if depth == 0 && tokens[end].token == .symbol(",") { break }
                end += 1
            }
            defer { start = end + 1 }
            let name: String
            switch tokens[start].token {
            case .word(let word) where !["CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN"].contains(word.uppercased()): name = word
            case .quoted(let quoted): name = quoted
            default: continue
            }
            var clauses = ColumnClauses()
            var position = start + 1
            while position < end {
                if tokens[position].token == .symbol("("), let closing = closingParenthesis(from: position) {
                    if isKeyword(position - 1, "AS") {
                        clauses.generatedExpression = String(sql[tokens[position].range.upperBound..<tokens[closing].range.lowerBound])
                            .trimmingCharacters(in: .whitespacesAndNewlines)
                    }
                    position = closing + 1
                    continue
                }
                if isKeyword(position, "COLLATE"), position + 1 < end {
                    switch tokens[position + 1].token {
                    case .word(let word): clauses.collation = word
                    case .quoted(let quoted): clauses.collation = quoted
                    default: break
                    }
                }
                position += 1
            }
            if clauses != ColumnClauses() { result[name] = clauses }
        }
        return result
    }
}
