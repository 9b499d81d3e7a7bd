import DoppelCore
import DoppelFakers

/// `fake` of a first name, name or courtesy title with `gender: COLUMN` (without `unique: true`): the row's
/// source value of that column decides the list (``Gender``); a row of unknown gender gets today's fake.
///
/// Keyed like every fake of the kind, by the source value: within one gender, one name gets one fake.
struct GenderedNameTransform: ValueTransform {
    let faker: GenderedNameFaker
    let hasher: SipHash
    /// The gender column's position in a ``RowContext``.
    let genderIndex: Int

    init(_ context: RuleContext, kind: FakeKind, genderColumn: String) throws {
        genderIndex = try context.columnIndex(named: genderColumn, forParameter: "gender")
        faker = GenderedNameFaker(kind: kind, data: try FakerData.shared(), maxLength: ColumnChecks.maxLength(of: context.column, in: context.table))
        // The key of every fake of the kind (``FakeRule``), so a row of unknown gender gets exactly today's fake.
        hasher = SipHash(key: context.secret.derivedWords(for: FakeRule.keyPurpose(seed: context.seed, kind.rawValue)))
    }

    func apply(_ value: Value, row: RowContext) throws -> Value {
        if value.isNull { return .null }
        if case .text(let text) = value, FakeRule.Transform.isBlank(text) { return value }
        let gender = genderIndex < row.values.count ? Gender(source: row.values[genderIndex]) : nil
        var generator = SplitMix64(seed: hasher.hash(value))
        return FakeRule.differing(from: value) { faker.fake(for: value, gender: gender, using: &generator) }
    }
}
