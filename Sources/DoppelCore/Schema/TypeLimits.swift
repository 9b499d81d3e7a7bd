/// What a column's declared type allows beyond its logical type, read from the type's text: a length in
/// characters (`varchar(15)`, `char(11)`, SQLite's `NVARCHAR(40)`), the digits of a decimal (`numeric(8,2)`),
/// the range of a PostgreSQL integer (`smallint`, `integer`), and whether values are arrays (`text[]`).
///
/// Rules read it so the values they write fit the column; `doppel check` reads it to say when they cannot.
package struct TypeLimits: Hashable, Sendable {
    /// The most characters a value (an element, for an array) may have.
    package var maxCharacters: Int?
    /// Whether shorter values are padded with spaces to ``maxCharacters`` (`char(n)`).
    package var isFixedLength: Bool
    /// Total significant digits of a decimal (`numeric(p,s)`'s `p`).
    package var precision: Int?
    /// Digits after the decimal point (`numeric(p,s)`'s `s`).
    package var scale: Int?
    /// The values an integer column holds, when narrower than 64 bits.
    package var integerRange: ClosedRange<Int64>?
    /// How many `[]` the type has: 0 for a scalar, 1 for `text[]`.
    package var arrayDimensions: Int
    /// The element's type text for an array (`character varying(20)` for `character varying(20)[]`).
    package var elementType: String?

    /// Whether values are arrays (PostgreSQL's `{a,b}` text form).
    package var isArray: Bool { arrayDimensions > 0 }

    /// What an array's elements mean, from the element type's name (nil for a scalar).
    package var elementLogicalType: LogicalType? {
        guard let elementType else { return nil }
        let name = elementType.split(separator: "(").first.map(String.init) ?? elementType
        switch name.trimmedOfSpaces() {
        case "smallint", "integer", "int", "bigint", "int2", "int4", "int8": return .integer
        case "real", "double precision", "float4", "float8": return .real
        case "numeric", "decimal", "money": return .decimal
        case "boolean", "bool": return .boolean
        case "date": return .date
        case "time", "time without time zone", "time with time zone", "timetz": return .time
        case "uuid": return .uuid
        case "json", "jsonb": return .json
        case "bytea": return .blob
        default: return name.hasPrefix("timestamp") ? .timestamp : .text
        }
    }

    /// Reads `declaredType`. `enforcesIntegerWidth` is false for SQLite, whose integers are all 64-bit
    /// whatever the declared name.
    package init(declaredType: String, enforcesIntegerWidth: Bool = true) {
        var type = declaredType.trimmedOfSpaces().lowercased()
        var dimensions = 0
        while type.hasSuffix("]"), let open = type.lastIndex(of: "[") {
            type = String(type[..<open]).trimmedOfSpaces()
            dimensions += 1
        }
        arrayDimensions = dimensions
        elementType = dimensions > 0 ? type : nil
        maxCharacters = nil
        isFixedLength = false
        precision = nil
        scale = nil
        integerRange = nil
        let base: String
        var arguments: [Int] = []
        if let open = type.firstIndex(of: "("), let close = type[open...].firstIndex(of: ")") {
            base = type[..<open].trimmedOfSpaces()
            arguments = type[type.index(after: open)..<close].split(separator: ",").compactMap { Int($0.trimmedOfSpaces()) }
        } else {
            base = type
        }
        if base.contains("char") || base == "bpchar" {
            // `character varying`, `varchar`, `nvarchar`, `character`, `char`, `nchar`, `bpchar`; a length of 0 means none.
            if let length = arguments.first, length > 0 { maxCharacters = length }
            isFixedLength = !base.contains("var") && maxCharacters != nil
        } else if base == "numeric" || base == "decimal" || base == "dec" {
            if let digits = arguments.first, digits > 0 {
                precision = digits
                scale = arguments.count > 1 ? arguments[1] : 0
            }
        } else if enforcesIntegerWidth {
            switch base {
            case "smallint", "int2", "smallserial", "serial2": integerRange = Int64(Int16.min)...Int64(Int16.max)
            case "integer", "int", "int4", "serial", "serial4": integerRange = Int64(Int32.min)...Int64(Int32.max)
            default: break
            }
        }
    }

    /// Whether `text` is short enough (in characters, as databases count them).
    package func fits(characters text: String) -> Bool {
        guard let maxCharacters else { return true }
        return text.count <= maxCharacters
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces, tabs and newlines.
    fileprivate func trimmedOfSpaces() -> String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}

extension Column {
    /// What the declared type allows: lengths, digits, integer width, arrays.
    package var limits: TypeLimits {
        TypeLimits(declaredType: declaredType, enforcesIntegerWidth: affinity == nil)
    }
}
