package import Foundation

/// What Doppel leaves on a target it wrote, so that a later run can tell its own clone (which it may
/// replace) from a database it must not replace.
///
/// - SQLite: the file's `application_id` is ``sqliteApplicationID``; a clone of a source with an
///   `application_id` of its own keeps that one and holds a one-row table, ``sqliteMarkerTable``, instead.
/// - PostgreSQL: each schema the clone wrote carries ``commentLine`` in its comment.
package struct CloneMark: Sendable, Equatable {
    /// The run that wrote the target (random, and in the run's log).
    package var runID: String
    /// When the run started.
    package var started: Date

    package init(runID: String, started: Date) {
        self.runID = runID
        self.started = started
    }

    /// A mark for a new run: a random 12-digit hexadecimal run id.
    package static func forNewRun(started: Date = Date()) -> CloneMark {
        CloneMark(runID: String(format: "%012llx", UInt64.random(in: 0...0xFFFF_FFFF_FFFF)), started: started)
    }

    /// `application_id` of a SQLite clone whose source has none: "DPPL".
    package static let sqliteApplicationID: Int64 = 0x4450_504C

    /// The table that marks a SQLite clone whose source has an `application_id` of its own (the clone keeps it).
    package static let sqliteMarkerTable = "_doppel_clone"

    /// The line a PostgreSQL schema's comment carries once Doppel wrote it.
    package var commentLine: String {
        "\(Self.commentPrefix)\(runID), started \(Self.timestamp(started)); the next doppel run into this database replaces this schema]"
    }

    /// Whether a schema comment carries a Doppel mark.
    package static func isMarked(comment: String?) -> Bool {
        comment?.contains(commentPrefix) ?? false
    }

    /// `comment` with its Doppel mark taken out, or nil when nothing else was in it.
    package static func removingMark(from comment: String?) -> String? {
        guard let comment else { return nil }
        let kept = comment.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.contains(commentPrefix) }
        let text = kept.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }

    static let commentPrefix = "[written by doppel clone, run "

    /// `date` as an ISO 8601 UTC timestamp, to the second.
    package static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}

/// A run's claim on its target: the mark it leaves, and whether it may replace what Doppel did not write.
package struct TargetClaim: Sendable {
    package var mark: CloneMark
    /// `--replace`: replace a non-empty target that Doppel did not write (never a file that is not a SQLite database).
    package var replacesForeignTarget: Bool

    package init(mark: CloneMark = .forNewRun(), replacesForeignTarget: Bool = false) {
        self.mark = mark
        self.replacesForeignTarget = replacesForeignTarget
    }
}
