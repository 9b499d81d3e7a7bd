package import DoppelCore

/// The gender a row's gender column names, which first names and courtesy titles can follow.
package enum Gender: Sendable, Equatable {
    case male
    case female

    /// The gender `source` names (trimmed, any case, one trailing period dropped): `m`, `male`, `man`, `mr`,
    /// `h`, `homme`, `hombre`, `masculino`, `mann`, `männlich`, `maennlich` or `1`; `f`, `female`, `woman`,
    /// `w`, `frau`, `weiblich`, `femme`, `mujer`, `femenino`, `feminino`, `2`, `ms` or `mrs`. Nil for anything
    /// else (NULL, `x`, `u`, `other`): then a name is drawn from both lists.
    package init?(source: Value) {
        guard let text = source.textRepresentation else { return nil }
        var word = Substring(text).drop { $0.isWhitespace }
        while let last = word.last, last.isWhitespace { word.removeLast() }
        if word.last == "." { word.removeLast() }
        guard !word.isEmpty, word.count <= 10 else { return nil }
        let key = word.lowercased()
        if Gender.maleWords.contains(key) {
            self = .male
        } else if Gender.femaleWords.contains(key) {
            self = .female
        } else {
            return nil
        }
    }

    private static let maleWords: Set<String> = [
        "m", "male", "man", "mr", "h", "homme", "hombre", "masculino", "mann", "männlich", "maennlich", "1",
    ]
    private static let femaleWords: Set<String> = [
        "f", "female", "woman", "w", "frau", "weiblich", "femme", "mujer", "femenino", "feminino", "2", "ms", "mrs",
    ]
}
