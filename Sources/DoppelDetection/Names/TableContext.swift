/// Whose data a table (or a qualifier in a column name, such as `customer` in `customer_name`) holds:
/// it decides whether `name`, `title` or `description` is personal.
package enum TableContext: String, Hashable, Sendable {
    /// People: employees, customers, users, patients, Kunden, clientes…
    case people
    /// Organisations: companies, suppliers, vendors: their `name` is a company name.
    case organisations
    /// Things: products, categories, tags, albums, tracks: their `name` is nobody's.
    case things
    /// Nothing in the name says.
    case unknown

    /// The context a table's name gives: its words are read from the last to the first, and the first
    /// word that names people, organisations or things decides (`customer_addresses` → people,
    /// `employee_projects` → things).
    package init(tableName: String) {
        self = TableContext.of(words: NameTokens(tableName).words)
    }

    /// The context `words` give, read from the last to the first; `.unknown` when none says.
    package static func of(words: [String]) -> TableContext {
        for word in words.reversed() {
            if let context = of(word: word) { return context }
        }
        return .unknown
    }

    /// The context one word gives, trying it as written and in singular forms.
    static func of(word: String) -> TableContext? {
        for form in singularForms(of: word) {
            if ContextVocabulary.people.contains(form) { return .people }
            if ContextVocabulary.organisations.contains(form) { return .organisations }
            if ContextVocabulary.things.contains(form) { return .things }
        }
        return nil
    }

    /// The word and what it would be without a plural ending (English, German, Dutch, Romance).
    static func singularForms(of word: String) -> [String] {
        var forms = [word]
        guard word.count > 3 else { return forms }
        if word.hasSuffix("ies") { forms.append(String(word.dropLast(3)) + "y") }
        if word.hasSuffix("es") { forms.append(String(word.dropLast(2))) }
        if word.hasSuffix("s") { forms.append(String(word.dropLast())) }
        if word.hasSuffix("en") { forms.append(String(word.dropLast(2))) }
        if word.hasSuffix("n") { forms.append(String(word.dropLast())) }
        if word.hasSuffix("i") {
            forms.append(String(word.dropLast()) + "e")
            forms.append(String(word.dropLast()) + "o")
        }
        if word == "people" || word == "persons" { forms.append("person") }
        return forms
    }
}
