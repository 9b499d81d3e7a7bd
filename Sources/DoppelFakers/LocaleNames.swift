/// The names of one locale, from `Resources/names/<code>.tsv` (see `Resources/SOURCES.md`): women's and men's
/// first names, and last names of women, of men and of either.
///
/// Where a language inflects last names by gender (Czech `Novák`/`Nováková`, Polish `Kowalski`/`Kowalska`), the
/// file lists them apart (`LF`, `LM`); elsewhere one list (`L`) serves both.
package struct LocaleNames: Sendable {
    /// The locale, as `de_DE`.
    package let code: String
    package let femaleFirstNames: WeightedList
    package let maleFirstNames: WeightedList
    /// The last names a woman can have: `L` and `LF`.
    package let femaleLastNames: WeightedList
    /// The last names a man can have: `L` and `LM`.
    package let maleLastNames: WeightedList
    /// The last names of a person of either gender: `L`, `LF` and `LM` together.
    package let lastNames: WeightedList

    /// Reads a file's lines, `SECTION<TAB>Name<TAB>weight`; throws when a section a locale needs is empty.
    init(code: String, text: String) throws(LocaleNamesError) {
        self.code = code
        var sections: [Substring: (items: [String], weights: [UInt64])] = [:]
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3, let weight = UInt64(fields[2]) else { throw LocaleNamesError(code: code, problem: "a line is not SECTION, name and weight") }
            sections[fields[0], default: ([], [])].items.append(String(fields[1]))
            sections[fields[0], default: ([], [])].weights.append(weight)
        }
        func list(_ names: Substring...) throws(LocaleNamesError) -> WeightedList {
            var items: [String] = []
            var weights: [UInt64] = []
            for name in names {
                items += sections[name]?.items ?? []
                weights += sections[name]?.weights ?? []
            }
            guard !items.isEmpty else { throw LocaleNamesError(code: code, problem: "no names in section " + names.joined(separator: "/")) }
            return WeightedList(items: items, weights: weights)
        }
        femaleFirstNames = try list("F")
        maleFirstNames = try list("M")
        femaleLastNames = try list("L", "LF")
        maleLastNames = try list("L", "LM")
        lastNames = try list("L", "LF", "LM")
    }
}

/// A locale's name file is missing a part.
struct LocaleNamesError: Error, CustomStringConvertible {
    let code: String
    let problem: String
    var description: String { "names/\(code).tsv: \(problem)" }
}
