import DoppelCore

/// The keyed permutations a phone or national-ID fake draws from: member 0 is its fake, member `k` the one
/// it takes when the first `k` were source values to avoid. Made on first use, one key each (derived from the
/// secret, the seed, the kind and `k`). Serves one transform on one thread, like ``Pseudonymizer``.
final class PermutationFamily {
    private let secret: Secret
    private let purpose: String
    private var members: [Pseudonymizer] = []

    init(secret: Secret, purpose: String) {
        self.secret = secret
        self.purpose = purpose
    }

    /// The permutation of attempt `index`.
    func member(_ index: Int) throws -> Pseudonymizer {
        while members.count <= index {
            // Member 0 keeps the key fakes had before attempts existed, so first fakes are unchanged.
            let name = members.isEmpty ? purpose : purpose + ":attempt:\(members.count)"
            members.append(try Pseudonymizer(key: secret.derivedKey(for: name), cipher: .sipHashFeistel))
        }
        return members[index]
    }
}
