/// Splits PostgreSQL's text form of an array (`{a,b,"c d",NULL}`, nested `{{1,2},{3,4}}`) into its
/// elements, unquoting quoted ones; an unquoted `NULL` is nil.
package enum PostgresArrayText {
    /// The elements of `text`, flattened; nil when `text` is not an array literal.
    package static func elements(_ text: String) -> [String?]? {
        let characters = Array(text.drop { $0 == " " })
        // A dimension decoration (`[1:2]={…}`) comes before the braces.
        var start = 0
        if characters.first == "[" {
            guard let equals = characters.firstIndex(of: "=") else { return nil }
            start = equals + 1
        }
        guard start < characters.count, characters[start] == "{", characters.last == "}" else { return nil }
        var elements: [String?] = []
        var current = ""
        var quoted = false
        var wasQuoted = false
        var escaped = false
        var depth = 0
        func finish() {
            let element = wasQuoted ? current : current.trimmingSpaces()
            if wasQuoted || !element.isEmpty {
                elements.append(!wasQuoted && element.uppercased() == "NULL" ? nil : element)
            }
            current = ""
            wasQuoted = false
        }
        for character in characters[start...] {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" && quoted {
                escaped = true
            } else if character == "\"" {
                quoted.toggle()
                wasQuoted = true
            } else if quoted {
                current.append(character)
            } else if character == "{" {
                depth += 1
            } else if character == "}" {
                finish()
                depth -= 1
            } else if character == "," {
                finish()
            } else {
                current.append(character)
            }
        }
        return depth == 0 && !quoted ? elements : nil
    }
}

extension String {
    /// The text without leading and trailing spaces.
    fileprivate func trimmingSpaces() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
