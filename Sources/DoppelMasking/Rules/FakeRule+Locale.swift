import DoppelCore
import DoppelPolicy
import DoppelFakers

/// Names that follow a locale column (``LocaleNameTransform``).
extension FakeRule {
    /// The `locale` parameter, as `doppel rules` and the validator see it.
    static let localeParameter = RuleDescriptor.Parameter(
        "locale", .column,
        summary: "for kinds first_name, last_name and name: a column of the row's locale, language or country (de_DE, de-AT, pl, PL, POL, Poland, Polska…); its value picks the names of one of 17 locales (cs_CZ da_DK de_DE en_GB en_IE en_IN es_ES fi_FI fr_FR it_IT nl_NL no_NO pl_PL pt_BR pt_PT sv_SE tr_TR: the exact one, else the same language's, else the country's), others (US, unknown, NULL) the US Census lists as without it; with `gender:` women's or men's names of that locale")

    /// What `check` says about `locale:`: only first names, last names and names follow a locale, and not with
    /// `unique: true`. (That the column exists, the validator checks for every column parameter.)
    static func localeProblems(_ entry: ColumnPolicy, _ column: Column, _ table: Table) -> [PolicyDiagnostic] {
        guard let locale = entry.parameters["locale"], let kind = kind(of: entry) else { return [] }
        let place = "`\(table.name).\(column.name)`"
        guard LocaleNameFaker.kinds.contains(kind) else {
            return [PolicyDiagnostic(
                .error, "`locale:` on \(place) does not apply to fake \(kind.rawValue)", at: locale.location,
                suggestion: "only first_name, last_name and name follow a locale; remove `locale:`")]
        }
        if locale.text == column.name {
            return [PolicyDiagnostic(.error, "`locale:` on \(place) names the column itself", at: locale.location, suggestion: "name the column that holds the row's locale or country")]
        }
        if entry.unique {
            return [PolicyDiagnostic(
                .warning, "fake \(kind.rawValue) with `unique: true` on \(place) ignores `locale:`", at: locale.location,
                suggestion: "drop `unique: true` if the column allows repeats, or `locale:`")]
        }
        return []
    }
}
