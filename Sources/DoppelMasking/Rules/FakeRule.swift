import DoppelCore
package import DoppelPolicy
package import DoppelFakers

/// `fake`: a realistic fake of the column's kind, as a keyed function of the source value.
///
/// One value gets one fake: the same in every table, column and run with the same secret and seed, and
/// whatever the column's options, so joins on faked columns keep working. Kinds that serve as identifiers
/// (email, username, URL, phone, national ID) are unique by construction: emails, usernames and URLs draw
/// until they find a fake no other source value holds (``FakeOwnership``: `mary.smith`, then `mary.smith84`
/// when another Mary Smith came first), phones and national IDs are a keyed format-preserving permutation
/// of the source's digits. Other kinds (names, places) are unique the same way with `unique: true`. Kinds that
/// identify a person alone (email, phone, national ID, street address) never equal a source value of their
/// kind (`avoid_source`, on by default for them). Fakes fit the column: `varchar(15)` gets cities of at most
/// 15 characters. Without `unique: true`, fakes of one row agree (`FakeRule+Agreement.swift`): places, and
/// names with `gender:` or `locale:`.
///
/// Which of two source values that draw the same fake keeps it is decided before the run from the column's
/// values (``FakeAssignments``), not by reading order, so parallel readers and reruns agree.
package enum FakeRule: Rule {
    package static let descriptor = RuleDescriptor(
        name: "fake",
        summary: "Replaces the value with a realistic fake of its kind (names from US Census frequency lists, GeoNames cities and countries, ISO 3166-2 regions, job titles, valid-format emails and phones, dates in the column's range). A keyed function of the source value: the same value gets the same fake in every column, with or without `unique: true` (a place: the same source city, state, postcode and country). Emails, usernames and URLs never share a fake between two source values (a further draw, with a number as people add one, instead of a visible tag) and phones and national IDs keep the source's shape, so these are unique by construction; other kinds are unique only with `unique: true`. Emails, phones, national IDs and street addresses never equal any source value of their kind (`avoid_source`, read from the source before writing). Without `unique: true` the fakes of one row agree: its city, state, region, postcode and country come from one real place in the source row's country (the country a kept country column names, else the source city's, else the source state's), keyed by the row's source values of those columns; a US postcode starts with its state's ZIP digit; with `gender: COLUMN` first names, names and titles follow the row's gender; with `locale: COLUMN` first names, last names and names come from the names of the row's locale, language or country (17 European and Indian locales from faker, the US Census lists for others). Fits `varchar(n)`/`char(n)` (drawing among fakes that fit), fakes each element of an array; empty text stays empty, NULL stays NULL.",
        parameters: [
            .init("kind", .choice(FakeKind.allCases.map(\.rawValue)), summary: "what to fake; defaults to the column's `pii` kind"),
            genderParameter,
            localeParameter,
            .init(
                "avoid_source", .boolean,
                summary: "no fake equals any source value of its kind (read from the source before the first row is written); default true for email, phone, national_id, account_number and street_address, false otherwise"),
        ],
        acceptedTypes: ["text", "any", "date", "timestamp", "integer"],
        properties: .init(deterministic: true, keyed: true, injective: false, preservesFormat: false, supportsUnique: true, injectiveWhenUnique: true),
        output: .transformedOrGenerated,
        example: "email: { pii: email, rule: fake, unique: true }",
        checkColumn: { entry, column, table in checkColumn(entry, column, table) + genderProblems(entry, column, table) + localeProblems(entry, column, table) })

    package static func needsRange(_ policy: ColumnPolicy) -> Bool {
        kind(of: policy) == .dateOfBirth
    }

    /// The fake an entry asks for: its `kind:`, else its `pii:` kind's; nil when neither names a faker.
    package static func kind(of policy: ColumnPolicy) -> FakeKind? {
        if let name = policy.parameters["kind"]?.text { return FakeKind(rawValue: name) }
        return policy.pii.flatMap { FakeKind(pii: $0.rawValue) }
    }

    /// The kind whose source values an entry's fakes must avoid (`avoid_source`, by default for the kinds that
    /// identify a person alone), or nil. The engine reads the column into the run's ``FakeRegistry`` first.
    package static func avoidedKind(_ policy: ColumnPolicy) -> FakeKind? {
        guard let kind = kind(of: policy) else { return nil }
        if let stated = policy.parameters["avoid_source"]?.text { return stated == "true" ? kind : nil }
        return kind.avoidsSourceByDefault ? kind : nil
    }

    /// The purpose a fake's key is derived for: the seed and the kind only (or `place` for the places of a row),
    /// never the table, the column or `unique:`, so one value gets one fake wherever it is.
    static func keyPurpose(seed: UInt64, _ kind: String) -> String {
        "fake:\(seed):\(kind)"
    }

    /// `draw()` until it differs from `value`, at most 16 more times: a fake that equals its own source (a
    /// common first name drawn again) is drawn anew from the same generator, so this stays deterministic.
    static func differing(from value: Value, _ draw: () -> Value) -> Value {
        var fake = draw()
        var redraws = 0
        while fake == value && redraws < 16 {
            fake = draw()
            redraws += 1
        }
        return fake
    }

    /// The kinds whose fake of an integer is an integer.
    static let integerKinds: Set<FakeKind> = [.dateOfBirth, .nationalID, .phone]

    /// Candidates a value may try before the run stops: past ``Faker/lastPlainAttempt`` a candidate carries a
    /// counter, so only a column far too short for its distinct values gets this far.
    static let attemptLimit = 10_000

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
        let limits = context.column.limits
        let faker = Faker(kind: kind, data: try FakerData.shared(), dayRange: dayRange, maxLength: ColumnChecks.maxLength(of: context.column, in: context.table))
        let purpose = keyPurpose(seed: context.seed, kind.rawValue)
        var permutations: PermutationFamily?
        if kind == .phone || kind == .nationalID {
            permutations = PermutationFamily(secret: context.secret, purpose: purpose)
        }
        let avoided = avoidedKind(context.policy).flatMap { context.fakes.avoided($0) }
        // A permutation is unique alone; once it skips source values, its later candidates are claimed.
        let needsOwnership = permutations == nil ? (kind.isUniqueByConstruction || context.policy.unique) : avoided != nil
        return Transform(
            faker: faker, hasher: SipHash(key: context.secret.derivedWords(for: purpose)),
            ownership: needsOwnership ? context.fakes.ownership(of: kind) : nil, avoided: avoided,
            assigned: context.fakes.assignments(for: context.place), firstCandidates: context.fakes.firstCandidates(of: kind),
            permutations: permutations, integerMaximum: limits.integerRange?.upperBound ?? .max, place: context.place)
    }

    struct Transform: ValueTransform {
        let faker: Faker
        let hasher: SipHash
        /// Set for a unique column: who holds each fake handed out in the run.
        let ownership: FakeOwnership?
        /// Set when fakes must not equal a source value of their kind.
        let avoided: AvoidedValues?
        /// Set when the column's values were assigned their candidates before the run (``FakeRule/assign(_:values:)``).
        let assigned: FakeAssignments?
        /// For permutations that avoid the source: the keys of every source value's first permutation.
        let firstCandidates: SortedHashes?
        /// Phones and national IDs: one keyed permutation per attempt.
        let permutations: PermutationFamily?
        let integerMaximum: Int64
        let place: String

        func apply(_ value: Value, row: RowContext) throws -> Value {
            if value.isNull { return .null }
            // Empty (or blank) text holds nothing to hide and stays as it is: 599 empty `address2` values must
            // not all become the same street.
            if case .text(let text) = value, Self.isBlank(text) { return value }
            let owner = hasher.hash(value)
            if let permutations { return try permuted(value, owner: owner, using: permutations) }
            var generator = SplitMix64(seed: owner)
            if let assigned {
                // Decided before the run: draw up to the recorded attempt, as the assignment did.
                var fake = Value.null
                for attempt in 0...assigned.attempt(for: owner) { fake = faker.fake(for: value, using: &generator, attempt: attempt) }
                return fake
            }
            let source = value.textRepresentation ?? ""
            // A fake that equals its own source (a common first name drawn again), a source value to avoid, or a
            // fake another source holds is drawn anew. The same generator continues, so this stays deterministic.
            for attempt in 0..<FakeRule.attemptLimit {
                let fake = faker.fake(for: value, using: &generator, attempt: attempt)
                if fake == value {
                    // A fake that keeps the source's shape has nothing to change in a value without digits (a
                    // postcode `Nowhere`): it would copy it.
                    if faker.kind.keepsSourceShape && attempt >= 16 { throw UnreadableValue("a value a fake \(faker.kind.rawValue) cannot change (it keeps the source's shape and replaces its digits)") }
                    continue
                }
                if accepts(fake.textRepresentation ?? source, owner: owner) { return fake }
            }
            throw FakeSpaceExhausted(kind: faker.kind, place: place, attempts: FakeRule.attemptLimit)
        }

        /// Whether a candidate is neither a source value to avoid nor a fake another source holds (and takes it).
        private func accepts(_ candidate: String, owner: UInt64) -> Bool {
            if let avoided, avoided.contains(candidate) { return false }
            if let ownership { return ownership.claim(candidate, for: owner) }
            return true
        }

        /// Phones and national IDs: the keyed permutation of the source's digits. One that is a source value to
        /// avoid is replaced by the value's permutation under the next attempt's key, which must also be no value's
        /// first permutation (``firstCandidates``) and no other value's later one (claimed).
        private func permuted(_ value: Value, owner: UInt64, using permutations: PermutationFamily) throws -> Value {
            for attempt in 0..<FakeRule.attemptLimit {
                guard let candidate = try permutation(of: value, attempt: attempt, using: permutations) else { continue }
                guard let avoided else { return candidate }  // one permutation: unique alone
                let text = candidate.textRepresentation ?? ""
                if candidate == value || avoided.contains(text) { continue }
                if attempt == 0 { return candidate }
                guard let ownership else { return candidate }
                let key = ownership.key(of: text)
                if firstCandidates?.contains(key) == true { continue }
                if ownership.claim(key: key, for: owner) { return candidate }
            }
            throw FakeSpaceExhausted(kind: faker.kind, place: place, attempts: FakeRule.attemptLimit)
        }

        /// The value's permutation under attempt `attempt`'s key, in the value's own type; nil when an integer
        /// permutes onto itself.
        func permutation(of value: Value, attempt: Int, using permutations: PermutationFamily) throws -> Value? {
            let permutation = try permutations.member(attempt)
            if case .integer(let number) = value {
                let permuted = try permutation.pseudonym(of: number, maximum: integerMaximum)
                return permuted == number ? nil : .integer(permuted)
            }
            guard case .text(let text) = value else { throw UnreadableValue("not text or an integer, so a fake \(faker.kind.rawValue) cannot keep its shape") }
            guard Pseudonymizer.canDisguise(text) else { throw UnreadableValue(Pseudonymizer.cannotDisguise) }
            return .text(try shapedPermutation(of: text, using: permutation))
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
        guard let shortest = Faker.minimumLength(of: kind, data: data), shortest > maxLength else { return [] }
        let longest = Faker.typicalMaximumLength(of: kind, data: data).map { ", and can be \($0)" } ?? ""
        return [PolicyDiagnostic(
            .error, "fake \(kind.rawValue) is at least \(shortest) characters\(longest); \(place) \(maxLength == limits.maxCharacters ? "is \(type)" : "holds at most \(maxLength) by its CHECK")", at: entry.ruleLocation,
            suggestion: "widen the column, or use `pseudonymize` (keeps the source's length and stays unique) or `redact`")]
    }
}
