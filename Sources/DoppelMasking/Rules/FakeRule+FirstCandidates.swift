package import DoppelCore
package import DoppelFakers

/// Phones and national IDs that avoid the source: a value whose permutation is a source value draws again
/// under the next attempt's key, and must not land on another value's first permutation. Those first
/// permutations are read before the run, so first fakes need no claim and no table.
extension FakeRule {
    /// Whether the column's fakes are a keyed permutation of the source's digits (phones, national IDs) that
    /// avoids the source: its values' first permutations are read before the run (``firstCandidateKeys(_:values:into:)``).
    package static func permutesAvoidingSource(_ context: RuleContext) -> Bool {
        guard let kind = kind(of: context.policy), kind == .phone || kind == .nationalID else { return false }
        return avoidedKind(context.policy) != nil
    }

    /// Adds the key of every value's first candidate (its permutation) to `keys`: a later candidate of another
    /// value (one whose first was a source value) that lands on one of these is drawn again, so first
    /// candidates need no claim. 8 bytes per value.
    package static func firstCandidateKeys(_ context: RuleContext, values: ((Value) -> Void) throws -> Void, into keys: inout SortedHashes) throws {
        let elementContext = context.column.limits.isArray ? context.forArrayElements : context
        guard permutesAvoidingSource(elementContext), let transform = try make(elementContext) as? Transform,
            let permutations = transform.permutations, let ownership = transform.ownership
        else { return }
        try values { value in
            guard !value.isNull, let text = value.textRepresentation, !Transform.isBlank(text) else { return }
            // A value the permutation cannot read is reported where the run meets it; it gets no fake.
            if let first = (try? transform.permutation(of: value, attempt: 0, using: permutations))?.textRepresentation {
                keys.insert(ownership.key(of: first))
            }
        }
    }
}
