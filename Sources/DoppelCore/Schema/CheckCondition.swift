import Foundation

/// A CHECK constraint of a form generation can satisfy by construction: a column against a constant
/// (`price >= 0`, `qty BETWEEN 1 AND 99`, `status IN ('a','b')`), or two columns of the row against each
/// other (`starts_at < ends_at`). ``parse(_:)`` splits a CHECK's top-level `AND`s into these, and reads
/// `x IS NULL OR condition` as the condition (a CHECK passes on NULL).
package enum CheckCondition: Equatable, Sendable {
    /// A comparison operator.
    package enum Comparison: String, Sendable { case less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">=", equal = "=", notEqual = "<>" }
    /// A literal: a number or a quoted string.
    package enum Literal: Equatable, Sendable { case number(Double), text(String) }

    case compareToLiteral(column: String, Comparison, Literal)
    case compareColumns(String, Comparison, String)
    case between(column: String, Literal, Literal)
    case inList(column: String, [Literal])
    case lengthAtMost(column: String, Int)

    /// The conditions of a CHECK expression, or nil when some part is of another form.
    package static func parse(_ expression: String) -> [CheckCondition]? {
        parse(tokens: tokenize(expression))
    }

    private static func parse(tokens: [String]) -> [CheckCondition]? {
        let tokens = unwrapped(tokens)
        var parts: [[String]] = [[]]
        var depth = 0
        var betweenPending = false
        for token in tokens {
            if token == "(" { depth += 1 }
            if token == ")" { depth -= 1 }
            let upper = token.uppercased()
            if depth == 0 && upper == "BETWEEN" { betweenPending = true }
            if depth == 0 && upper == "AND" {
                if betweenPending { betweenPending = false } else { parts.append([]); continue }
            }
            parts[parts.count - 1].append(token)
        }
        var conditions: [CheckCondition] = []
        for part in parts.map(unwrapped) {
            if let alternatives = topLevelAlternatives(part) {
                // `x IS NULL OR cond`: a CHECK passes on NULL, so meeting `cond` (where its columns have
                // values) meets it; other disjunctions are not a form Doppel meets.
                let rest = alternatives.filter { !isNullTest($0) }
                guard rest.count == 1, rest.count < alternatives.count, let inner = parse(tokens: rest[0]) else { return nil }
                conditions += inner
                continue
            }
            guard let condition = condition(part) else { return nil }
            conditions.append(condition)
        }
        return conditions
    }

    /// The operands of a top-level `OR` in `tokens`, or nil when there is none.
    private static func topLevelAlternatives(_ tokens: [String]) -> [[String]]? {
        var alternatives: [[String]] = [[]]
        var depth = 0
        for token in tokens {
            if token == "(" { depth += 1 }
            if token == ")" { depth -= 1 }
            if depth == 0 && token.uppercased() == "OR" { alternatives.append([]); continue }
            alternatives[alternatives.count - 1].append(token)
        }
        return alternatives.count > 1 ? alternatives : nil
    }

    /// Whether `tokens` is `column IS NULL` (in parentheses or not).
    private static func isNullTest(_ tokens: [String]) -> Bool {
        let tokens = unwrapped(tokens)
        return tokens.count == 3 && identifier(tokens[0]) != nil && tokens[1].uppercased() == "IS" && tokens[2].uppercased() == "NULL"
    }

    /// `tokens` without the pairs of parentheses that enclose all of it.
    private static func unwrapped(_ tokens: [String]) -> [String] {
        var tokens = tokens
        while tokens.first == "(" && tokens.last == ")" && closes(tokens) { tokens = Array(tokens.dropFirst().dropLast()) }
        return tokens
    }

    private static func closes(_ tokens: [String]) -> Bool {
        var depth = 0
        for (index, token) in tokens.enumerated() {
            if token == "(" { depth += 1 }
            if token == ")" { depth -= 1; if depth == 0 && index < tokens.count - 1 { return false } }
        }
        return true
    }

    private static func condition(_ tokens: [String]) -> CheckCondition? {
        // length(col) <= n / char_length(col) <= n
        if tokens.count == 6, ["length", "char_length", "character_length"].contains(tokens[0].lowercased()), tokens[1] == "(", tokens[3] == ")",
            let column = identifier(tokens[2]), let bound = Double(tokens[5])
        {
            switch tokens[4] {
            case "<=": return .lengthAtMost(column: column, Int(bound))
            case "<": return .lengthAtMost(column: column, Int(bound) - 1)
            default: return nil
            }
        }
        if tokens.count == 5, tokens[1].uppercased() == "BETWEEN", let column = identifier(tokens[0]),
            let low = literal(tokens[2]), tokens[3].uppercased() == "AND", let high = literal(tokens[4])
        {
            return .between(column: column, low, high)
        }
        if tokens.count >= 4, tokens[1].uppercased() == "IN", tokens[2] == "(", tokens.last == ")", let column = identifier(tokens[0]) {
            var values: [Literal] = []
            for token in tokens[3..<(tokens.count - 1)] where token != "," {
                guard let value = literal(token) else { return nil }
                values.append(value)
            }
            return .inList(column: column, values)
        }
        if tokens.count == 3, let comparison = Comparison(rawValue: tokens[1] == "!=" ? "<>" : tokens[1]) {
            if let column = identifier(tokens[0]) {
                if let value = literal(tokens[2]) { return .compareToLiteral(column: column, comparison, value) }
                if let other = identifier(tokens[2]) { return .compareColumns(column, comparison, other) }
            } else if let value = literal(tokens[0]), let column = identifier(tokens[2]) {
                return .compareToLiteral(column: column, comparison.mirrored, value)
            }
        }
        return nil
    }

    private static func identifier(_ token: String) -> String? {
        if token.hasPrefix("\"") && token.hasSuffix("\"") && token.count >= 2 {
            return String(token.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"")
        }
        guard let first = token.unicodeScalars.first, CharacterSet.letters.contains(first) || first == "_" else { return nil }
        guard token.unicodeScalars.allSatisfy({ CharacterSet.alphanumerics.contains($0) || $0 == "_" }) else { return nil }
        return ["AND", "OR", "NOT", "NULL", "IS", "IN", "BETWEEN"].contains(token.uppercased()) ? nil : token
    }

    private static func literal(_ token: String) -> Literal? {
        if token.hasPrefix("'") && token.hasSuffix("'") && token.count >= 2 {
            return .text(String(token.dropFirst().dropLast()).replacingOccurrences(of: "''", with: "'"))
        }
        if let number = Double(token) { return .number(number) }
        return nil
    }

    /// Splits SQL into identifiers, quoted strings and identifiers, numbers (with a sign) and operators;
    /// PostgreSQL casts (`::text`, `::numeric`) are dropped.
    static func tokenize(_ sql: String) -> [String] {
        var tokens: [String] = []
        let characters = Array(sql)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character.isWhitespace { index += 1; continue }
            if character == "'" || character == "\"" {
                var end = index + 1
                while end < characters.count {
                    if characters[end] == character {
                        if end + 1 < characters.count && characters[end + 1] == character { end += 2; continue }
                        break
                    }
                    end += 1
                }
                tokens.append(String(characters[index...min(end, characters.count - 1)]))
                index = end + 1
                continue
            }
            if character == ":" && index + 1 < characters.count && characters[index + 1] == ":" {
                // A cast: skip `::type` (and `::character varying`'s second word, `::numeric(10,2)`'s arguments).
                index += 2
                while index < characters.count && (characters[index].isLetter || characters[index] == "_" || characters[index] == " ") {
                    if characters[index] == " " {
                        let rest = String(characters[index...]).trimmingCharacters(in: .whitespaces).lowercased()
                        if !rest.hasPrefix("varying") && !rest.hasPrefix("precision") { break }
                    }
                    index += 1
                }
                continue
            }
            if character.isNumber || ((character == "-" || character == "+") && index + 1 < characters.count && characters[index + 1].isNumber
                && (tokens.isEmpty || ["(", ",", "<", ">", "=", "<=", ">=", "<>", "!=", "AND", "BETWEEN", "IN"].contains(tokens.last?.uppercased() ?? "")))
            {
                var end = index + 1
                while end < characters.count && (characters[end].isNumber || characters[end] == "." || characters[end] == "e" || characters[end] == "E") { end += 1 }
                tokens.append(String(characters[index..<end]))
                index = end
                continue
            }
            if character.isLetter || character == "_" {
                var end = index + 1
                while end < characters.count && (characters[end].isLetter || characters[end].isNumber || characters[end] == "_") { end += 1 }
                tokens.append(String(characters[index..<end]))
                index = end
                continue
            }
            if index + 1 < characters.count {
                let pair = String(characters[index...index + 1])
                if ["<=", ">=", "<>", "!="].contains(pair) { tokens.append(pair); index += 2; continue }
            }
            tokens.append(String(character))
            index += 1
        }
        return tokens
    }
}

extension CheckCondition.Comparison {
    /// The operator with its operands swapped (`5 < x` is `x > 5`).
    package var mirrored: CheckCondition.Comparison {
        switch self {
        case .less: return .greater
        case .lessOrEqual: return .greaterOrEqual
        case .greater: return .less
        case .greaterOrEqual: return .lessOrEqual
        case .equal, .notEqual: return self
        }
    }

    /// Whether `a op b` holds.
    package func holds(_ a: Double, _ b: Double) -> Bool {
        switch self {
        case .less: return a < b
        case .lessOrEqual: return a <= b
        case .greater: return a > b
        case .greaterOrEqual: return a >= b
        case .equal: return a == b
        case .notEqual: return a != b
        }
    }
}
