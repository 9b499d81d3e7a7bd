import Foundation

/// A generated column's expression that SQLite and PostgreSQL compute alike, rewritten for either.
///
/// Deliberately small: columns of the same table combined with `+`, `-` and `*` (numbers only) or with
/// `||` (text only), number and string literals, and parentheses. PostgreSQL's `'x'::text` on a string
/// literal is dropped. Division (integer or not, and zero), functions, casts, `CASE` and everything else
/// are not portable: such a column is carried as a plain column holding the source's values.
package struct PortableExpression: Sendable, Equatable {
    /// The expression with every column quoted, readable by both engines.
    package var sql: String
    /// The columns it reads.
    package var columns: [String]

    /// Rewrites `expression` (of a generated column of `table`), or nil when it is not portable.
    package init?(_ expression: String, in table: Table) {
        guard let tokens = Self.tokens(of: expression) else { return nil }
        var parts: [String] = []
        var columns: [String] = []
        var textual = false
        var numeric = false
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            switch token {
            case .identifier(let name, let quoted):
                let column = quoted
                    ? table.column(named: name)
                    : table.columns.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }
                guard let column, column.generated == nil else { return nil }
                switch column.logicalType {
                case .integer, .real, .decimal: numeric = true
                case .text: textual = true
                default: return nil
                }
                if !columns.contains(column.name) { columns.append(column.name) }
                parts.append("\"" + column.name.replacingOccurrences(of: "\"", with: "\"\"") + "\"")
            case .number(let text):
                numeric = true
                parts.append(text)
            case .string(let literal):
                textual = true
                parts.append(literal)
                // PostgreSQL prints a string literal with its type: `' '::text`.
                if index + 2 < tokens.count, tokens[index + 1] == .symbol("::"),
                    case .identifier(let type, false) = tokens[index + 2], type.lowercased() == "text"
                {
                    index += 2
                }
            case .symbol(let symbol):
                switch symbol {
                case "+", "-", "*": numeric = true
                case "||": textual = true
                case "(", ")": break
                default: return nil
                }
                parts.append(symbol)
            }
            index += 1
        }
        guard !columns.isEmpty, textual != numeric else { return nil }
        self.sql = parts.joined(separator: " ")
        self.columns = columns
    }

    /// The columns of `table` an expression may read: every word or quoted name in it that names one
    /// (string literals skipped); every other column when the expression is unknown.
    package static func columnsRead(by expression: String?, in table: Table) -> [String] {
        guard let expression else { return table.columns.filter { $0.generated == nil }.map(\.name) }
        var names: [String] = []
        let characters = Array(expression)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "'" || character == "\"" {
                var end = index + 1
                while end < characters.count, characters[end] != character { end += 1 }
                if character == "\"", let column = table.column(named: String(characters[(index + 1)..<min(end, characters.count)])) {
                    names.append(column.name)
                }
                index = end + 1
            } else if character.isLetter || character == "_" {
                var end = index
                while end < characters.count, characters[end].isLetter || characters[end].isNumber || characters[end] == "_" { end += 1 }
                let word = String(characters[index..<end])
                if let column = table.columns.first(where: { $0.name.caseInsensitiveCompare(word) == .orderedSame }) { names.append(column.name) }
                index = end
            } else {
                index += 1
            }
        }
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }

    enum Token: Equatable {
        case identifier(String, quoted: Bool)
        case number(String)
        case string(String)
        case symbol(String)
    }

    /// The tokens of `expression`, or nil at anything outside the small grammar.
    static func tokens(of expression: String) -> [Token]? {
        let characters = Array(expression)
        var tokens: [Token] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character.isWhitespace {
                index += 1
            } else if character.isLetter || character == "_" {
                var end = index
                while end < characters.count, characters[end].isLetter || characters[end].isNumber || characters[end] == "_" { end += 1 }
                tokens.append(.identifier(String(characters[index..<end]), quoted: false))
                index = end
            } else if character.isNumber {
                var end = index
                while end < characters.count, characters[end].isNumber || characters[end] == "." { end += 1 }
                tokens.append(.number(String(characters[index..<end])))
                index = end
            } else if character == "\"" || character == "'" {
                var end = index + 1
                var content = ""
                while end < characters.count {
                    if characters[end] == character {
                        if end + 1 < characters.count && characters[end + 1] == character {
                            content.append(character)
                            end += 2
                            continue
                        }
                        break
                    }
                    content.append(characters[end])
                    end += 1
                }
                guard end < characters.count else { return nil }
                tokens.append(character == "'" ? .string(String(characters[index...end])) : .identifier(content, quoted: true))
                index = end + 1
            } else if index + 1 < characters.count, ["||", "::"].contains(String(characters[index...index + 1])) {
                tokens.append(.symbol(String(characters[index...index + 1])))
                index += 2
            } else if "+-*()".contains(character) {
                tokens.append(.symbol(String(character)))
                index += 1
            } else {
                return nil
            }
        }
        // A bare word that is a keyword or a function call is not a column: the column lookup refuses it.
        return tokens
    }
}

extension PortableExpression {
    /// A generated column's expression as the target engine (`PostgreSQL`, `SQLite`) computes it alike, or nil
    /// with a warning: the column is then a plain one holding the values the source computed.
    package static func carrying(_ column: Column, of table: Table, into engine: String, warnings: inout [String]) -> PortableExpression? {
        guard let generated = column.generated else { return nil }
        if let portable = generated.expression.flatMap({ PortableExpression($0, in: table) }) { return portable }
        warnings.append("\(table.name).\(column.name) is generated (\(generated.expression ?? "?")) by an expression \(engine) does not compute alike; in \(engine) it is a plain column holding the values the source computed")
        return nil
    }
}
