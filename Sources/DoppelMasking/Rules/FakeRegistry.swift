package import DoppelFakers
import Synchronization

/// What the `fake` rules of one run share: who holds each unique fake (one ``FakeOwnership`` per kind, so a
/// value gets the same fake in every column of its kind), and the source values fakes must not equal
/// (`avoid_source`, read from the source before the first row is written).
///
/// One per run; a rule set up without one (`doppel check`'s dry application) gets an empty registry.
public final class FakeRegistry: Sendable {
    private let ownerships = Mutex<[FakeKind: FakeOwnership]>([:])
    private let avoided: [FakeKind: AvoidedValues]
    private let assignments = Mutex<[String: FakeAssignments]>([:])
    private let firstCandidates = Mutex<[FakeKind: SortedHashes]>([:])

    /// A registry that avoids nothing (no source was read).
    public convenience init() {
        self.init(avoiding: [])
    }

    /// A registry whose fakes of each kind in `avoiding` never equal a value of that set.
    package init(avoiding: [AvoidedValues]) {
        avoided = Dictionary(avoiding.map { values in
            var sealed = values
            sealed.seal()
            return (values.kind, sealed)
        }, uniquingKeysWith: { first, _ in first })
    }

    /// The holders of the fakes of `kind`, created on first use.
    package func ownership(of kind: FakeKind) -> FakeOwnership {
        ownerships.withLock { ownerships in
            if let existing = ownerships[kind] { return existing }
            let created = FakeOwnership(kind: kind)
            ownerships[kind] = created
            return created
        }
    }

    /// The attempts the values of the column at `place` (`table.column`) take, when they were assigned before
    /// the run (``FakeRule/assign(_:values:)``).
    package func assignments(for place: String) -> FakeAssignments? {
        assignments.withLock { $0[place] }
    }

    func record(_ assigned: FakeAssignments, for place: String) {
        assignments.withLock { $0[place] = assigned }
    }

    /// The keys of the first permutations of every source value of a permuted kind that avoids the source.
    package func firstCandidates(of kind: FakeKind) -> SortedHashes? {
        firstCandidates.withLock { $0[kind] }
    }

    /// Records them (sealed) for `kind`.
    package func setFirstCandidates(_ keys: SortedHashes, of kind: FakeKind) {
        var sealed = keys
        sealed.seal()
        firstCandidates.withLock { $0[kind] = sealed }
    }

    /// Forgets the assigned holdings of every kind but `kept` (the kinds a column claims while rows are written).
    package func releaseAssignedHoldings(keeping kept: Set<FakeKind>) {
        let owned = ownerships.withLock { $0 }
        for (kind, ownership) in owned where !kept.contains(kind) { ownership.releaseAssignedHoldings() }
    }

    /// The source values fakes of `kind` avoid, if the run read any.
    package func avoided(_ kind: FakeKind) -> AvoidedValues? {
        avoided[kind]
    }
}
