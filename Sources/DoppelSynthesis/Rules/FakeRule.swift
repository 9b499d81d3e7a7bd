import DoppelCore
import DoppelPolicy

/// `fake`: a realistic fake of the column's kind, as a keyed function of the source value.
///
/// The same source value gets the same fake in every table and every run with the same secret and
/// seed, so joins on faked columns keep working. With `unique: true` a 64-bit keyed tag of the source
/// value is woven in (e.g. `mary.smith.3k9f0x2pq7z1@example.com`), so distinct sources stay distinct
/// without any memory of values seen; the clone's own UNIQUE constraints check the result.
public enum FakeRule: Rule {
    public static let descriptor = RuleDescriptor(
        name: "fake",
        summary: "Replaces the value with a realistic fake of its kind (names from US Census frequency lists, GeoNames cities, valid-format emails and phones, dates in the column's range). A keyed function of the source value; NULL stays NULL.",
        parameters: [
            .init("kind", .choice(FakeKind.allCases.map(\.rawValue)), summary: "what to fake; defaults to the column's `pii` kind"),
        ],
        acceptedTypes: ["text", "any", "date", "timestamp", "integer"],
        properties: .init(deterministic: true, keyed: true, injective: false, preservesFormat: false, supportsUnique: true),
        example: "email: { pii: email, rule: fake, unique: true }")

    public static func needsRange(_ policy: ColumnPolicy) -> Bool {
        (policy.parameters["kind"]?.text ?? policy.pii?.rawValue) == FakeKind.dateOfBirth.rawValue
    }

    public static func make(_ context: RuleContext) throws -> any ValueTransform {
        let kindName = context.parameter("kind") ?? context.policy.pii?.rawValue
        guard let kindName, let kind = FakeKind(rawValue: kindName) ?? FakeKind(pii: kindName) else {
            throw RuleSetupError(
                "rule `fake` on `\(context.place)` needs to know what to fake: add `pii:` (e.g. `pii: email`) or `kind:` (one of \(FakeKind.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        var dayRange: ClosedRange<Int>?
        if kind == .dateOfBirth, let range = context.range,
            let low = range.min.textRepresentation.flatMap(TemporalText.init), let high = range.max.textRepresentation.flatMap(TemporalText.init),
            low.date.daysSinceEpoch <= high.date.daysSinceEpoch
        {
            dayRange = low.date.daysSinceEpoch...high.date.daysSinceEpoch
        }
        let faker = Faker(kind: kind, data: try FakerData.shared(), dayRange: dayRange)
        let purpose = "fake:\(context.seed):\(kind.rawValue)"
        return Transform(
            faker: faker, hasher: SipHash(key: context.secret.derivedWords(for: purpose)),
            tagger: context.policy.unique ? SipHash(key: context.secret.derivedWords(for: "unique-tag:\(kind.rawValue)")) : nil)
    }

    struct Transform: ValueTransform {
        let faker: Faker
        let hasher: SipHash
        let tagger: SipHash?

        func apply(_ value: Value, row: RowContext) throws -> Value {
            if value.isNull { return .null }
            var generator = SplitMix64(seed: hasher.hash(value))
            let tag = tagger.map { String($0.hash(value), radix: 36) }
            // A fake that happens to equal its own source (a common first name drawn again) is drawn anew:
            // no row keeps its value. The same generator continues, so this stays deterministic.
            var fake = faker.fake(for: value, using: &generator, uniqueTag: tag)
            var redraws = 0
            while fake == value && redraws < 16 {
                fake = faker.fake(for: value, using: &generator, uniqueTag: tag)
                redraws += 1
            }
            return fake
        }
    }
}
