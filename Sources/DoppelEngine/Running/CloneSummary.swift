public import DoppelCore
import Foundation

/// What a clone did, for the end-of-run screen, `--summary-json` and the run ledger. Never a data value.
public struct CloneSummary: Codable, Sendable {
    /// One table's figures.
    public typealias TableSummary = DoppelCore.TableSummary

    /// The source, as shown (never with a password).
    public var source: String
    /// The target, as shown (never with a password).
    public var target: String
    /// The policy file the run followed (for `synthesize`, the model file).
    public var policy: String
    /// The seed that keyed every rule and draw.
    public var seed: UInt64
    /// A fingerprint of the secret (never the secret); nil when the run had none.
    public var secretFingerprint: String?
    /// Each table's figures, in the order written.
    public var tables: [TableSummary]
    /// Rows written, over all tables.
    public var rowsWritten: Int64
    /// Bytes the target holds, when the target can tell.
    public var bytesWritten: Int64?
    /// How long the run took.
    public var seconds: Double
    /// Rows written per second.
    public var rowsPerSecond: Double
    /// The process's peak resident memory, in bytes.
    public var peakMemoryBytes: Int64?
    /// Rows found violating a verified foreign key (0 in a committed clone).
    public var foreignKeyViolations: Int
    /// Foreign keys the source declares on the cloned tables that the target checked against every row.
    public var foreignKeysVerified: Int
    /// Foreign keys the source declares on the cloned tables that nothing checked, each with the reason.
    public var foreignKeysUnverified: [UnverifiedForeignKey]
    /// The target's integrity check (`ok`); absent when none ran (PostgreSQL has none).
    public var integrity: String?
    /// Tables of the source the run left out.
    public var skippedTables: [String]

    /// What the clone verified, as one value.
    public var verification: CloneVerification {
        CloneVerification(
            foreignKeysVerified: foreignKeysVerified, foreignKeysUnverified: foreignKeysUnverified, foreignKeyViolations: foreignKeyViolations,
            integrity: integrity)
    }
}

extension CloneSummary {
    /// The summary of a committed run (clone or synthesize): its tables as recorded, the target's report, and
    /// what the target verified; rows, speed and peak memory follow from them.
    init(
        source: String, target: String, policy: String, seed: UInt64, secretFingerprint: String?, tables: [TableSummary],
        report: CommitReport, verification: CloneVerification, started: Date, skippedTables: [String]
    ) {
        let seconds = Date().timeIntervalSince(started)
        let rows = tables.reduce(0) { $0 + $1.rowsWritten }
        self.init(
            source: source, target: target, policy: policy, seed: seed, secretFingerprint: secretFingerprint, tables: tables,
            rowsWritten: rows, bytesWritten: report.bytes, seconds: seconds, rowsPerSecond: seconds > 0 ? Double(rows) / seconds : 0,
            peakMemoryBytes: PeakMemory.bytes(), foreignKeyViolations: verification.foreignKeyViolations,
            foreignKeysVerified: verification.foreignKeysVerified, foreignKeysUnverified: verification.foreignKeysUnverified,
            integrity: verification.integrity, skippedTables: skippedTables)
    }
}
