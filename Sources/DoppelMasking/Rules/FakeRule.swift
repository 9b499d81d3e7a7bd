import DoppelCore
package import DoppelPolicy
import DoppelFakers

/// `fake`: a realistic fake of the column's kind, as a keyed function of the source value.
///
/// One value gets one fake: the same in every table, column and run with the same secret and seed, and
/// whatever the column's options, so joins on faked columns keep working. Kinds that serve as identifiers
/// (email, username, URL, phone, national ID) are unique by construction: emails, usernames and URLs carry a
/// 64-bit keyed tag of the source value (`mary.smith.3k9f0x2pq7z1@example.com`), phones and national IDs are
/// a keyed format-preserving permutation of the source's digits. Other kinds (names, places) take the tag
/// only with `unique: true`. Fakes fit the column: `varchar(15)` gets cities of at most 15 characters.
/// Without `unique: true`, fakes of one row agree (`FakeRule+Agreement.swift`): places, and names with `gender:`.
package enum FakeRule: Rule {
    package static let descriptor = RuleDescriptor(
        name: "fake",
        summary: "Replaces the value with a realistic fake of its kind (names from US Census frequency lists, GeoNames cities and countries, ISO 3166-2 regions, job titles, valid-format emails and phones, dates in the column's range). A keyed function of the source value: the same value gets the same fake in every column, with or without `unique: true` (a place: the same source city, state, postcode and country). Emails, usernames and URLs carry a keyed tag and phones and national IDs keep the source's shape, so these are unique by construction; other kinds take a tag only with `unique: true`. Without `unique: true` the fakes of one row agree: its city, state, region, postcode and country come from one real place in the source row's country (the country a kept country column names, else the source city's, else the source state's), keyed by the row's source values of those columns; a US postcode starts with its state's ZIP digit; with `gender: COLUMN` first names, names and titles follow the row's gender. Fits `varchar(n)`/`char(n)` (drawing among fakes that fit), fakes each element of an array; empty text stays empty, NULL stays NULL.",
        parameters: [
            .init("kind", .choice(FakeKind.allCases.map(\.rawValue)), summary: "what to fake; defaults to the column's `pii` kind"),
            genderParameter,
        ],
        acceptedTypes: ["text", "any", "date", "timestamp", "integer"],
        properties: .init(deterministic: true, keyed: true, injective: false, preservesFormat: false, supportsUnique: true), output: .transformedOrGenerated,
        example: "email: { pii: email, rule: fake, unique: true }",
        checkColumn: { entry, column, table in checkColumn(entry, column, table) + genderProblems(entry, column, table) })

    package static func needsRange(_ policy: ColumnPolicy) -> Bool {
        kind(of: policy) == .dateOfBirth
    }

    /// The fake an entry asks for: its `kind:`, else its `pii:` kind's; nil when neither names a faker.
    static func kind(of policy: ColumnPolicy) -> FakeKind? {
        if let name = policy.parameters["kind"]?.text { return FakeKind(rawValue: name) }
        return policy.pii.flatMap { FakeKind(pii: $0.rawValue) }
    }

    /// Whether fakes of this entry carry a unique tag.
    static func isTagged(_ kind: FakeKind, unique: Bool) -> Bool {
        switch kind {
        case .email, .username, .url: return true  // always: unique by construction, whatever `unique:` says
        case .phone, .nationalID: return false  // a permutation of the source's digits: unique without a tag
        default: return unique
        }
    }

    /// The kinds whose fake of an integer is an integer.
    static let integerKinds: Set<FakeKind> = [.dateOfBirth, .nationalID, .phone]

    package static func make(_ context: RuleContext) throws -> any ValueTransform {
        if let agreeing = try agreeingTransform(context) { return agreeing }
        guard let kind = kind(of: context.policy) else {
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
        let tagged = isTagged(kind, unique: context.policy.unique)
        let limits = context.column.limits
        let faker = Faker(
            kind: kind, data: try FakerData.shared(), dayRange: dayRange, maxLength: ColumnChecks.maxLength(of: context.column, in: context.table),
            reservedForTag: tagged ? Faker.tagSeparator(of: kind).count + Faker.maximumTagLength : 0)
        // Keys depend on the seed and the kind only, never on the table, the column or `unique:`.
        let purpose = "fake:\(context.seed):\(kind.rawValue)"
        var permutation: Pseudonymizer?
        if kind == .phone || kind == .nationalID {
            permutation = try Pseudonymizer(key: context.secret.derivedKey(for: purpose), cipher: .sipHashFeistel)
        }
        return Transform(
            faker: faker, hasher: SipHash(key: context.secret.derivedWords(for: purpose)),
            tagger: tagged ? SipHash(key: context.secret.derivedWords(for: "unique-tag:\(kind.rawValue)")) : nil,
            permutation: permutation, integerMaximum: limits.integerRange?.upperBound ?? .max)
    }

    struct Transform: ValueTransform {
        let faker: Faker
        let hasher: SipHash
        let tagger: SipHash?
        let permutation: Pseudonymizer?
        let integerMaximum: Int64

        func apply(_ value: Value, row: RowContext) throws -> Value {
            if value.isNull { return .null }
            // Empty (or blank) text holds nothing to hide and stays as it is: 599 empty `address2` values must
            // not all become the same street.
            if case .text(let text) = value, Self.isBlank(text) { return value }
            if let permutation {
                if case .integer(let number) = value { return .integer(try permutation.pseudonym(of: number, maximum: integerMaximum)) }
                guard case .text(let text) = value else { throw UnreadableValue("not text or an integer, so a fake \(faker.kind.rawValue) cannot keep its shape") }
                guard Pseudonymizer.canDisguise(text) else { throw UnreadableValue(Pseudonymizer.cannotDisguise) }
                return .text(try shapedPermutation(of: text, using: permutation))
            }
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
            // A fake that keeps the source's shape has nothing to change in a value without digits (a postcode
            // `Nowhere`): it would copy it.
            if fake == value && faker.kind.keepsSourceShape { throw UnreadableValue("a value a fake \(faker.kind.rawValue) cannot change (it keeps the source's shape and replaces its digits)") }
            return fake
        }

        /// Whether `text` is empty or all whitespace. Most values start with a visible ASCII character and are
        /// answered at their first byte; only text outside ASCII takes the Unicode check.
        static func isBlank(_ text: String) -> Bool {
            for byte in text.utf8 {
                switch byte {
                case 0x20, 0x09...0x0D: continue
                case ..<0x80: return false
                default: return text.allSatisfy(\.isWhitespace)
                }
            }
            return true
        }

        /// Phones keep a leading `+country code`; every other digit and letter is permuted in place.
        private func shapedPermutation(of text: String, using permutation: Pseudonymizer) throws -> String {
            let utf8 = text.utf8
            guard faker.kind == .phone, utf8.first == UInt8(ascii: "+") else { return try permutation.pseudonym(of: text) }
            let code = utf8.dropFirst().prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }.count
            guard 1 + code < utf8.count else { return try permutation.pseudonym(of: text) }
            return try permutation.pseudonym(of: text, keepingFirst: 1 + code)
        }
    }

    /// What `check` says about a fake on this column: no faker for the kind, a type the fake cannot write, or a
    /// column too short for the shortest fake.
    static func checkColumn(_ entry: ColumnPolicy, _ column: Column, _ table: Table) -> [PolicyDiagnostic] {
        let place = "`\(table.name).\(column.name)`"
        guard let kind = kind(of: entry) else {
            guard entry.parameters["kind"] == nil else { return [] }  // an unknown `kind:` is reported as a bad choice
            let named = entry.pii.map { "`pii: \($0.rawValue)`" } ?? "no `pii:`"
            return [PolicyDiagnostic(
                .error, "there is no fake for \(named) on \(place)", at: entry.ruleLocation,
                suggestion: "name one with `kind:` (" + FakeKind.allCases.map(\.rawValue).joined(separator: ", ") + "), or use `pseudonymize`, `hash` or `redact`")]
        }
        let limits = column.limits
        let type = column.declaredType.isEmpty ? column.logicalType.rawValue : column.declaredType
        let logical = limits.isArray ? (limits.elementLogicalType ?? .text) : column.logicalType
        if logical == .integer && !integerKinds.contains(kind) || logical.isTemporal && kind != .dateOfBirth {
            return [PolicyDiagnostic(
                .error, "fake \(kind.rawValue) writes text, and \(place) is \(type)", at: entry.ruleLocation,
                suggestion: "fakes of \(logical.rawValue) columns are " + (logical == .integer ? integerKinds.map(\.rawValue).sorted().joined(separator: ", ") : "date_of_birth") + "; or use `pseudonymize`, `shift` or `generalize`")]
        }
        let listed = ColumnChecks.listedValuesProblem(entry, rule: descriptor.name, column: column, table: table)
        if !listed.isEmpty { return listed }
        guard let maxLength = ColumnChecks.maxLength(of: column, in: table), let data = try? FakerData.shared() else { return [] }
        let tagged = isTagged(kind, unique: entry.unique)
        guard let shortest = Faker.minimumLength(of: kind, tagged: tagged, data: data), shortest > maxLength else { return [] }
        let what = tagged && !kind.isUniqueByConstruction ? "fake \(kind.rawValue) with `unique: true`" : "fake \(kind.rawValue)"
        let longest = Faker.typicalMaximumLength(of: kind, tagged: tagged, data: data).map { ", and can be \($0)" } ?? ""
        let why = tagged ? " (a \(Faker.maximumTagLength)-character tag keeps it unique)" : ""
        return [PolicyDiagnostic(
            .error, "\(what) is at least \(shortest) characters\(why)\(longest); \(place) \(maxLength == limits.maxCharacters ? "is \(type)" : "holds at most \(maxLength) by its CHECK")", at: entry.ruleLocation,
            suggestion: tagged
                ? "use `pseudonymize` (keeps the source's length and stays unique), widen the column, or drop `unique: true` if the column allows repeats"
                : "widen the column, or use `pseudonymize` (keeps the source's length) or `redact`")]
    }
}
