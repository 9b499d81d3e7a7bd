import DoppelCore
import DoppelFakers

/// `fake` of a first name, last name or name with `locale: COLUMN` (without `unique: true`): the row's source
/// value of that column picks the names of a locale (``NameLocale``), and with `gender: COLUMN` the row's gender
/// picks women's or men's names; a row of unknown locale gets what it gets without `locale:`.
///
/// Keyed like every fake of the kind, by the source value: within one locale and gender, one name gets one fake.
struct LocaleNameTransform: ValueTransform {
    let faker: LocaleNameFaker
    let hasher: SipHash
    /// The locale column's position in a ``RowContext``.
    let localeIndex: Int
    /// The gender column's position, when the entry names one.
    let genderIndex: Int?
    let locales: RowLocaleCache

    init(_ context: RuleContext, kind: FakeKind, localeColumn: String, genderColumn: String?) throws {
        localeIndex = try context.columnIndex(named: localeColumn, forParameter: "locale")
        genderIndex = try genderColumn.map { try context.columnIndex(named: $0, forParameter: "gender") }
        let data = try LocaleNameData.shared()
        locales = RowLocaleCache(data: data)
        faker = LocaleNameFaker(kind: kind, data: try FakerData.shared(), locales: data, maxLength: ColumnChecks.maxLength(of: context.column, in: context.table))
        // The key of every fake of the kind (``FakeRule``), so a row of unknown locale gets exactly today's fake.
        hasher = SipHash(key: context.secret.derivedWords(for: FakeRule.keyPurpose(seed: context.seed, kind.rawValue)))
    }

    func apply(_ value: Value, row: RowContext) throws -> Value {
        if value.isNull { return .null }
        if case .text(let text) = value, FakeRule.Transform.isBlank(text) { return value }
        let locale = localeIndex < row.values.count ? row.values[localeIndex].textRepresentation.flatMap(locales.locale(of:)) : nil
        let gender = genderIndex.flatMap { $0 < row.values.count ? Gender(source: row.values[$0]) : nil }
        var generator = SplitMix64(seed: hasher.hash(value))
        return FakeRule.differing(from: value) { faker.fake(for: value, locale: locale, gender: gender, using: &generator) }
    }
}
