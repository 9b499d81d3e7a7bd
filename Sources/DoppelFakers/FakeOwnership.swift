import DoppelCore
import Synchronization

/// Who holds each fake a unique column has handed out, so that two source values never share one.
///
/// A fake is held by its owner (a keyed hash of the source value it stands for): the owner may take it again
/// (the same source in another row, table or column gets the same fake), anyone else draws another candidate.
/// Fakes assigned before the run (``freeze(adding:)``) sit in one sorted array, 16 bytes each; those claimed
/// while rows are written (``claim(_:for:)``: fakes inside JSON, redraws of phones) in a small table beside
/// it. Never a value. Shared by every column of one fake kind in a run, across threads.
package final class FakeOwnership: Sendable {
    /// A fake's key (``key(of:)``) and the owner holding it.
    package struct Holding: Sendable {
        package var key: UInt64
        package var owner: UInt64

        package init(key: UInt64, owner: UInt64) {
            self.key = key
            self.owner = owner
        }
    }

    private struct State {
        /// Sorted by key, one holding a key.
        var frozen: [Holding] = []
        var claimed: [UInt64: UInt64] = [:]
    }

    private let state = Mutex(State())
    /// Hashes a fake's comparison form; keyed at random, so nothing outside this run can read the table.
    private let hasher: SipHash
    private let kind: FakeKind

    package init(kind: FakeKind) {
        self.kind = kind
        var random = SystemRandomNumberGenerator()
        hasher = SipHash(key: (random.next(), random.next()))
    }

    /// The key this table files `text` under (its comparison form's hash): equal keys, the same value.
    package func key(of text: String) -> UInt64 {
        kind.comparisonHash(of: text, with: hasher)
    }

    /// Takes `fake` for `owner`: true when it was free or already `owner`'s.
    package func claim(_ fake: String, for owner: UInt64) -> Bool {
        claim(key: key(of: fake), for: owner)
    }

    /// Takes the fake filed under `key` (``key(of:)``) for `owner`: true when it was free or already `owner`'s.
    package func claim(key: UInt64, for owner: UInt64) -> Bool {
        state.withLock { state in
            if let holder = Self.holder(of: key, in: state.frozen) ?? state.claimed[key] { return holder == owner }
            state.claimed[key] = owner
            return true
        }
    }

    /// Who holds the fake filed under `key`, if anyone.
    package func holder(of key: UInt64) -> UInt64? {
        state.withLock { Self.holder(of: key, in: $0.frozen) ?? $0.claimed[key] }
    }

    /// Adds holdings decided together (sorted by key, no key held twice, none held already), as one sorted array.
    package func freeze(adding holdings: [Holding]) {
        state.withLock { state in
            guard !state.frozen.isEmpty else {
                state.frozen = holdings
                return
            }
            var merged: [Holding] = []
            merged.reserveCapacity(state.frozen.count + holdings.count)
            var (left, right) = (0, 0)
            while left < state.frozen.count || right < holdings.count {
                if right == holdings.count || left < state.frozen.count && state.frozen[left].key <= holdings[right].key {
                    merged.append(state.frozen[left])
                    left += 1
                } else {
                    merged.append(holdings[right])
                    right += 1
                }
            }
            state.frozen = merged
        }
    }

    /// Forgets the holdings assigned before the run, when no claim will read them (every column of the kind took
    /// its assigned attempt): 16 bytes a fake back. Claims made while rows are written stay.
    package func releaseAssignedHoldings() {
        state.withLock { $0.frozen = [] }
    }

    /// The number of fakes handed out.
    package var count: Int { state.withLock { $0.frozen.count + $0.claimed.count } }

    private static func holder(of key: UInt64, in frozen: [Holding]) -> UInt64? {
        var low = 0
        var high = frozen.count
        while low < high {
            let middle = (low + high) / 2
            if frozen[middle].key < key { low = middle + 1 } else { high = middle }
        }
        return low < frozen.count && frozen[low].key == key ? frozen[low].owner : nil
    }
}
