import DoppelCore
import Synchronization

/// Who holds each fake a unique column has handed out, so that two source values never share one.
///
/// A fake is held by its owner (a keyed hash of the source value it stands for): the owner may take it again
/// (the same source in another row, table or column gets the same fake), anyone else draws another candidate.
/// Holds one pair of hashes per distinct fake handed out (about 40 bytes), never a value. Shared by every
/// column of one fake kind in a run, across threads.
package final class FakeOwnership: Sendable {
    private let owners = Mutex<[UInt64: UInt64]>([:])
    /// Hashes a fake's comparison form; keyed at random, so nothing outside this run can read the table.
    private let hasher: SipHash
    private let kind: FakeKind

    package init(kind: FakeKind) {
        self.kind = kind
        var random = SystemRandomNumberGenerator()
        hasher = SipHash(key: (random.next(), random.next()))
    }

    /// Takes `fake` for `owner`: true when it was free or already `owner`'s.
    package func claim(_ fake: String, for owner: UInt64) -> Bool {
        claim(key: key(of: fake), for: owner)
    }

    /// The key this table files `text` under (its comparison form's hash): equal keys, the same value.
    package func key(of text: String) -> UInt64 {
        kind.comparisonHash(of: text, with: hasher)
    }

    /// Takes the fake filed under `key` (``key(of:)``) for `owner`: true when it was free or already `owner`'s.
    package func claim(key: UInt64, for owner: UInt64) -> Bool {
        owners.withLock { owners in
            if let holder = owners[key] { return holder == owner }
            owners[key] = owner
            return true
        }
    }

    /// The number of fakes handed out.
    package var count: Int { owners.withLock { $0.count } }
}
