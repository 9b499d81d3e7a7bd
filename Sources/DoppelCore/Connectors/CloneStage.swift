/// A named point of a clone run, in the order a run passes them.
///
/// The raw values are the names users and tests see: the `stage` of the "Stage started" log entry,
/// and the value of `DOPPEL_TEST_PAUSE_AT` with which the kill-safety tests stop a run at that point.
package enum CloneStage: String, Sendable, CaseIterable, CustomStringConvertible {
    /// The target's tables exist (without secondary indexes); no row is written yet.
    case created
    /// The first table has had about a thousand rows written.
    case loading
    /// ``CloneTarget/commit()`` began: indexes, views and triggers are being added.
    case indexes
    /// The finished clone is being checked (foreign keys, integrity).
    case checks
    /// The clone is being swapped in as the target.
    case rename

    package var description: String { rawValue }
}
