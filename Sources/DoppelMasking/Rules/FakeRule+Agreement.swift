import DoppelCore
import DoppelPolicy
import DoppelFakers

/// Fakes of one row that agree with each other: places (``PlaceFakeTransform``) and names that follow a
/// locale column (``LocaleNameTransform``) or a gender column (``GenderedNameTransform``). With `unique: true` a fake keeps its own path.
extension FakeRule {
    /// The `gender` parameter, as `doppel rules` and the validator see it.
    static let genderParameter = RuleDescriptor.Parameter(
        "gender", .column,
        summary: "for kinds first_name, name and courtesy_title (and last_name with `locale:`): a column of the row's gender (m/male/mr/h/1…, f/female/w/ms/mrs/2…); male rows get male names and `Mr.`, female rows female names and `Ms.`/`Mrs.`/`Miss`, other values both as without it")

    /// The transform of a fake that agrees with its row, or nil for the fake of the value alone.
    static func agreeingTransform(_ context: RuleContext) throws -> (any ValueTransform)? {
        guard !context.policy.unique, let kind = kind(of: context.policy) else { return nil }
        if PlaceColumns.kinds.contains(kind) { return try PlaceFakeTransform(context, kind: kind) }
        if let column = context.parameter("locale"), LocaleNameFaker.kinds.contains(kind) {
            return try LocaleNameTransform(context, kind: kind, localeColumn: column, genderColumn: context.parameter("gender"))
        }
        if let column = context.parameter("gender"), GenderedNameFaker.kinds.contains(kind) {
            return try GenderedNameTransform(context, kind: kind, genderColumn: column)
        }
        return nil
    }

    /// What `check` says about `gender:`: only names and titles follow a gender (last names too, with `locale:`),
    /// and not with `unique: true`.
    /// (That the column exists, the validator checks for every column parameter.)
    static func genderProblems(_ entry: ColumnPolicy, _ column: Column, _ table: Table) -> [PolicyDiagnostic] {
        guard let gender = entry.parameters["gender"], let kind = kind(of: entry) else { return [] }
        let place = "`\(table.name).\(column.name)`"
        guard GenderedNameFaker.kinds.contains(kind) || kind == .lastName && entry.parameters["locale"] != nil else {
            return [PolicyDiagnostic(
                .error, "`gender:` on \(place) does not apply to fake \(kind.rawValue)", at: gender.location,
                suggestion: "only first_name, name and courtesy_title follow a gender (and last_name with `locale:`); remove `gender:`")]
        }
        if gender.text == column.name {
            return [PolicyDiagnostic(.error, "`gender:` on \(place) names the column itself", at: gender.location, suggestion: "name the column that holds the row's gender")]
        }
        if entry.unique {
            return [PolicyDiagnostic(
                .warning, "fake \(kind.rawValue) with `unique: true` on \(place) ignores `gender:`", at: gender.location,
                suggestion: "drop `unique: true` if the column allows repeats, or `gender:`")]
        }
        return []
    }
}
