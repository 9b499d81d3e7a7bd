package import DoppelCore
import DoppelPolicy
import DoppelFakers

/// Which candidate each source value of a unique fake column takes, decided before the run from the column's
/// whole set of values, in the order of their keyed hashes: when two values draw the same fake, the one with
/// the smaller hash keeps it, whichever the source returns first. So parallel readers and reruns on the same
/// data give every value the same fake, and the writing threads take no lock.
///
/// Holds only the values whose first candidate was taken (a hash and a count each); every other value takes
/// its first.
package struct FakeAssignments: Sendable {
    private var attempts: [UInt64: Int] = [:]

    /// The attempt the value whose keyed hash is `owner` takes.
    package func attempt(for owner: UInt64) -> Int {
        attempts[owner] ?? 0
    }

    mutating func set(_ attempt: Int, for owner: UInt64) {
        if attempt > 0 { attempts[owner] = attempt }
    }

    /// Values that did not take their first candidate.
    package var moved: Int { attempts.count }
}

extension FakeRule {
    /// Whether the column's fakes are assigned before the run (``assign(_:values:)``): unique fakes whose
    /// candidates depend on the value's keyed hash alone (not on its shape, as a phone's or a postcode's do).
    package static func assignsBeforeRun(_ context: RuleContext) -> Bool {
        guard let kind = kind(of: context.policy) else { return false }
        switch kind {
        case .phone, .nationalID, .postcode, .dateOfBirth, .lorem: return false
        default: return kind.isUniqueByConstruction || context.policy.unique
        }
    }

    /// Assigns every value of the column (`values` calls its argument once per source value, arrays element by
    /// element) its candidate, in the order of their keyed hashes, against the run's ``FakeRegistry`` (its
    /// holders and the source values to avoid); the column's transform then takes the recorded attempt.
    /// Holds 16 bytes per value while it works.
    package static func assign(_ context: RuleContext, values: ((Value) -> Void) throws -> Void) throws {
        let elementContext = context.column.limits.isArray ? context.forArrayElements : context
        guard assignsBeforeRun(elementContext), let transform = try make(elementContext) as? Transform, let ownership = transform.ownership else { return }
        // (keyed hash of the value, key of the value as a fake would be filed), one per distinct value.
        var pairs: [(owner: UInt64, own: UInt64)] = []
        try values { value in
            guard !value.isNull, let text = value.textRepresentation, !Transform.isBlank(text) else { return }
            pairs.append((transform.hasher.hash(value), ownership.key(of: text)))
        }
        pairs.sort { $0.owner < $1.owner }
        var assigned = FakeAssignments()
        var previous: UInt64?
        for pair in pairs where pair.owner != previous {
            previous = pair.owner
            var generator = SplitMix64(seed: pair.owner)
            var taken = false
            for attempt in 0..<attemptLimit {
                let fake = transform.faker.fake(for: .null, using: &generator, attempt: attempt)
                let key = ownership.key(of: fake.textRepresentation ?? "")
                if key == pair.own { continue }
                if let avoided = transform.avoided, avoided.contains(fake.textRepresentation ?? "") { continue }
                if ownership.claim(key: key, for: pair.owner) {
                    assigned.set(attempt, for: pair.owner)
                    taken = true
                    break
                }
            }
            if !taken { throw FakeSpaceExhausted(kind: transform.faker.kind, place: context.place, attempts: attemptLimit) }
        }
        context.fakes.record(assigned, for: context.place)
    }
}
