/// A PostgreSQL array in its text form (`{a,"b c",NULL}`, `{{1,2},{3,4}}`), read into nested elements and
/// written back, so rules can mask an array element by element.
///
/// Elements are written back double-quoted (`{"a","b c",NULL}`), which PostgreSQL reads for every element
/// type; a dimension prefix (`[0:1]={…}`) is kept as it was.
package indirect enum ArrayLiteral: Hashable, Sendable {
    /// One element's text; nil for NULL.
    case element(String?)
    /// A (sub-)array.
    case array([ArrayLiteral])

    /// Reads `text`; nil when it is not an array literal.
    package static func parse(_ text: String) -> (prefix: String, value: ArrayLiteral)? {
        var scalars = Array(text.unicodeScalars)[...]
        var prefix = ""
        if scalars.first == "[", let equals = scalars.firstIndex(of: "=") {
            prefix = String(String.UnicodeScalarView(scalars[..<scalars.index(after: equals)]))
            scalars = scalars[scalars.index(after: equals)...]
        }
        var reader = Reader(scalars: scalars)
        guard let value = reader.array(), reader.atEnd else { return nil }
        return (prefix, value)
    }

    /// The literal with `transform` applied to every element (NULL elements included).
    package func mapElements(_ transform: (String?) throws -> String?) rethrows -> ArrayLiteral {
        switch self {
        case .element(let text): return .element(try transform(text))
        case .array(let items): return .array(try items.map { try $0.mapElements(transform) })
        }
    }

    /// The PostgreSQL text form, every non-NULL element double-quoted.
    package var text: String {
        switch self {
        case .element(nil): return "NULL"
        case .element(let text?):
            var quoted = "\""
            for character in text.unicodeScalars {
                if character == "\"" || character == "\\" { quoted.unicodeScalars.append("\\") }
                quoted.unicodeScalars.append(character)
            }
            return quoted + "\""
        case .array(let items): return "{" + items.map(\.text).joined(separator: ",") + "}"
        }
    }

    private struct Reader {
        var scalars: ArraySlice<Unicode.Scalar>

        var atEnd: Bool {
            mutating get {
                skipSpaces()
                return scalars.isEmpty
            }
        }

        mutating func skipSpaces() {
            while let first = scalars.first, first == " " || first == "\t" || first == "\n" || first == "\r" { scalars.removeFirst() }
        }

        mutating func array() -> ArrayLiteral? {
            skipSpaces()
            guard scalars.first == "{" else { return nil }
            scalars.removeFirst()
            var items: [ArrayLiteral] = []
            skipSpaces()
            if scalars.first == "}" {
                scalars.removeFirst()
                return .array([])
            }
            while true {
                skipSpaces()
                if scalars.first == "{" {
                    guard let inner = array() else { return nil }
                    items.append(inner)
                } else {
                    guard let element = element() else { return nil }
                    items.append(element)
                }
                skipSpaces()
                guard let next = scalars.popFirst() else { return nil }
                if next == "}" { return .array(items) }
                guard next == "," else { return nil }
            }
        }

        mutating func element() -> ArrayLiteral? {
            if scalars.first == "\"" {
                scalars.removeFirst()
                var text = String.UnicodeScalarView()
                while let scalar = scalars.popFirst() {
                    if scalar == "\"" { return .element(String(text)) }
                    if scalar == "\\" {
                        guard let escaped = scalars.popFirst() else { return nil }
                        text.append(escaped)
                    } else {
                        text.append(scalar)
                    }
                }
                return nil
            }
            var text = String.UnicodeScalarView()
            while let scalar = scalars.first, scalar != ",", scalar != "}" {
                scalars.removeFirst()
                if scalar == "\\" {
                    guard let escaped = scalars.popFirst() else { return nil }
                    text.append(escaped)
                } else {
                    text.append(scalar)
                }
            }
            var value = String(text)
            while value.last?.isWhitespace == true { value.removeLast() }
            guard !value.isEmpty else { return nil }
            return .element(value.uppercased() == "NULL" ? nil : value)
        }
    }
}
