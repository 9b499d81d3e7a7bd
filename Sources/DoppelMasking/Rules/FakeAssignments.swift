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
    /// element) its candidate against the run's ``FakeRegistry`` (its holders and the source values to avoid);
    /// the column's transform then takes the recorded attempt. First candidates win over later ones, and of
    /// two values that draw the same first candidate the one with the smaller keyed hash keeps it; the others
    /// draw again, in the order of their hashes. Holds 24 bytes per value while it works, then 16 per fake held.
    package static func assign(_ context: RuleContext, values: ((Value) -> Void) throws -> Void) throws {
        let elementContext = context.column.limits.isArray ? context.forArrayElements : context
        guard assignsBeforeRun(elementContext), let transform = try make(elementContext) as? Transform, let ownership = transform.ownership else { return }
        let faker = transform.faker
        var entries: [Entry] = []
        try values { value in
            guard !value.isNull, let text = value.textRepresentation, !Transform.isBlank(text) else { return }
            entries.append(Entry(owner: transform.hasher.hash(value), own: ownership.key(of: text), key: 0))
        }
        entries.sort { $0.owner < $1.owner }
        // First candidates: kept where free, else drawn again below.
        var later: [Entry] = []
        var kept = 0
        for index in entries.indices where index == 0 || entries[index].owner != entries[index - 1].owner {
            var entry = entries[index]
            var generator = SplitMix64(seed: entry.owner)
            let text = faker.fake(for: .null, using: &generator, attempt: 0).textRepresentation ?? ""
            entry.key = ownership.key(of: text)
            let free = entry.key != entry.own && transform.avoided?.contains(text) != true
                && (ownership.holder(of: entry.key).map { $0 == entry.owner } ?? true)
            if free {
                entries[kept] = entry
                kept += 1
            } else {
                later.append(entry)
            }
        }
        entries.removeLast(entries.count - kept)
        entries.sort { ($0.key, $0.owner) < ($1.key, $1.owner) }
        var holdings: [FakeOwnership.Holding] = []
        holdings.reserveCapacity(entries.count)
        for index in entries.indices {
            let entry = entries[index]
            if index > 0 && entries[index - 1].key == entry.key {
                later.append(entry)  // a smaller hash drew the same fake
            } else if ownership.holder(of: entry.key) == nil {
                holdings.append(FakeOwnership.Holding(key: entry.key, owner: entry.owner))
            }
        }
        entries = []
        ownership.freeze(adding: holdings)
        holdings = []
        // Further candidates for the rest, in the order of their hashes.
        later.sort { $0.owner < $1.owner }
        var assigned = FakeAssignments()
        for entry in later {
            var generator = SplitMix64(seed: entry.owner)
            _ = faker.fake(for: .null, using: &generator, attempt: 0)
            var taken = false
            for attempt in 1..<attemptLimit {
                let text = faker.fake(for: .null, using: &generator, attempt: attempt).textRepresentation ?? ""
                let key = ownership.key(of: text)
                if key == entry.own || transform.avoided?.contains(text) == true { continue }
                if ownership.claim(key: key, for: entry.owner) {
                    assigned.set(attempt, for: entry.owner)
                    taken = true
                    break
                }
            }
            if !taken { throw FakeSpaceExhausted(kind: faker.kind, place: context.place, attempts: attemptLimit) }
        }
        context.fakes.record(assigned, for: context.place)
    }

    /// A value being assigned: its keyed hash, the key of the value itself, and the key of its candidate.
    private struct Entry {
        var owner: UInt64
        var own: UInt64
        var key: UInt64
    }
}
