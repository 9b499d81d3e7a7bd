import DoppelCore

/// The source values of one fake kind that no fake may equal (`avoid_source`), as keyed hashes of their
/// comparison form (``FakeKind/comparisonHash(of:with:)``): a fake whose hash is here is drawn again.
///
/// Built from the source before the first row is written, in the run's snapshot; kept in memory only (8 bytes
/// a distinct value, ``SortedHashes``), keyed at random per run, never written anywhere. A hash that two values
/// share makes a harmless extra draw, never a miss: a fake equal to a source value always hashes into the set.
package struct AvoidedValues: Sendable {
    package let kind: FakeKind
    private var hashes = SortedHashes()
    private let hasher: SipHash

    package init(kind: FakeKind) {
        self.kind = kind
        var random = SystemRandomNumberGenerator()
        hasher = SipHash(key: (random.next(), random.next()))
    }

    /// Adds a source value (text; other values are compared by their text form).
    package mutating func insert(_ text: String) {
        hashes.insert(kind.comparisonHash(of: text, with: hasher))
    }

    /// Sorts the hashes; call after the last insert, before the first ``contains(_:)``.
    package mutating func seal() {
        hashes.seal()
    }

    /// Whether `text` is (or may be) a source value.
    package func contains(_ text: String) -> Bool {
        hashes.contains(kind.comparisonHash(of: text, with: hasher))
    }

    /// Distinct source values held (up to hash collisions), once sealed.
    package var count: Int { hashes.count }
}
