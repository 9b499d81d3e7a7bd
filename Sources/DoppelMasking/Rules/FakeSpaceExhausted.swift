package import DoppelCore
package import DoppelFakers

/// A unique `fake` column found no free fake for a value after every candidate it may try: the column holds
/// more distinct values than the kind can fake apart (a `unique: true` first-name column of millions of rows).
package struct FakeSpaceExhausted: DoppelError {
    package var kind: FakeKind
    package var place: String
    package var attempts: Int

    package var exitStatus: ExitStatus { .runFailed }

    package var description: String {
        "fake \(kind.rawValue) on `\(place)` found no fake that no other source value holds (or that no source value equals) after \(attempts) draws: the column has more distinct values than fakes of this kind can tell apart; use `pseudonymize` or `hash` (unique for any number of values), or widen the column"
    }
}
