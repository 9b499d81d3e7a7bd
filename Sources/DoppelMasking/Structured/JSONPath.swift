/// A path to parts of a JSON document, as a policy writes it: `$` the whole document, `.key` or `["key"]` a
/// member, `[*]` every element of an array, `[2]` one element, `.*` every member.
///
/// A path names a part and everything inside it: `$.address` covers `$.address.city` too; where several
/// paths cover a leaf, the longest wins.
package struct JSONPath: Hashable, Sendable, CustomStringConvertible {
    /// One step of a path.
    package enum Step: Hashable, Sendable {
        case key(String)
        case anyKey
        case index(Int)
        case anyIndex
    }

    package var steps: [Step]
    package let description: String

    /// Reads a path; nil with a reason when it is not one.
    package static func parse(_ text: String) -> Result<JSONPath, JSONPathError> {
        var characters = Array(text)[...]
        guard characters.popFirst() == "$" else { return .failure(JSONPathError("a JSON path starts with `$`, e.g. `$.email`")) }
        var steps: [Step] = []
        while let first = characters.popFirst() {
            switch first {
            case ".":
                let name = characters.prefix { $0 != "." && $0 != "[" }
                characters = characters.dropFirst(name.count)
                guard !name.isEmpty else { return .failure(JSONPathError("a `.` in a JSON path is followed by a key, e.g. `$.address.city`")) }
                steps.append(String(name) == "*" ? .anyKey : .key(String(name)))
            case "[":
                guard let close = characters.firstIndex(of: "]") else { return .failure(JSONPathError("a `[` in a JSON path needs its `]`")) }
                let inside = String(characters[..<close]).trimmingSpaces()
                characters = characters[characters.index(after: close)...]
                if inside == "*" {
                    steps.append(.anyIndex)
                } else if let index = Int(inside), index >= 0 {
                    steps.append(.index(index))
                } else if inside.count >= 2, let quote = inside.first, quote == "\"" || quote == "'", inside.last == quote {
                    steps.append(.key(String(inside.dropFirst().dropLast())))
                } else {
                    return .failure(JSONPathError("`[\(inside)]` is not `[*]`, an index such as `[0]` or a quoted key such as `[\"first name\"]`"))
                }
            default:
                return .failure(JSONPathError("`\(first)` cannot follow a step of a JSON path; write `.key`, `[*]` or `[0]`"))
            }
        }
        return .success(JSONPath(steps: steps, description: text))
    }

    /// Whether this path covers the part at `location` (a path of concrete keys and indexes).
    package func covers(_ location: [Step]) -> Bool {
        guard steps.count <= location.count else { return false }
        for (step, concrete) in zip(steps, location) {
            switch (step, concrete) {
            case (.anyKey, .key), (.anyIndex, .index): continue
            case (.key(let a), .key(let b)) where a == b: continue
            case (.index(let a), .index(let b)) where a == b: continue
            default: return false
            }
        }
        return true
    }
}

/// A JSON path that cannot be read.
package struct JSONPathError: Error, Sendable {
    package var message: String

    package init(_ message: String) {
        self.message = message
    }
}

extension String {
    fileprivate func trimmingSpaces() -> String {
        var slice = Substring(self)
        while slice.first?.isWhitespace == true { slice.removeFirst() }
        while slice.last?.isWhitespace == true { slice.removeLast() }
        return String(slice)
    }
}
