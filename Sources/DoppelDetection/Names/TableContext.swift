import DoppelPolicy

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

    /// The context a table's name gives, or `.people` when its name does not name people or organisations
    /// but two or more of its `columns` are unmistakably a person's (a first or last name, an email, a phone,
    /// a date of birth, a national id): `wp_wc_order_addresses`, whose name reads as orders, holds names.
    package init(tableName: String, columns: [String]) {
        let byName = TableContext(tableName: tableName)
        guard byName == .unknown || byName == .things, columns.count >= 2 else {
            self = byName
            return
        }
        var personal = 0
        for column in columns where TableContext.isUnmistakablyPersonal(column) {
            personal += 1
            if personal >= 2 {
                self = .people
                return
            }
        }
        self = byName
    }

    /// Whether a column's name alone says it holds a person's data, whatever its table.
    static func isUnmistakablyPersonal(_ column: String) -> Bool {
        let tokens = NameTokens(column)
        return NameVocabulary.personal.contains { rule in
            guard case .personal(let kind) = rule.meaning, TableContext.personKinds.contains(kind),
                !rule.dependsOnTable, rule.confidence >= 0.85
            else { return false }
            return rule.match(in: tokens).map { $0.qualifiers.isEmpty || $0.qualifiers.allSatisfy { TableContext.of(word: $0) != .things } } ?? false
        }
    }

    /// Kinds only people have.
    static let personKinds: Set<PIIKind> = [.firstName, .lastName, .email, .phone, .dateOfBirth, .nationalID]

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
