public import DoppelCore
public import Foundation

/// What to clone, from where to where, under which policy.
public struct CloneRequest {
    /// Where the policy comes from.
    public enum PolicySource {
        case file(String)
        /// Policy text with the name to show in diagnostics (the demo's bundled policy).
        case text(String, name: String)
    }

    /// The policy to clone under.
    public var policy: PolicySource
    /// The database to read.
    public var source: ConnectionURL
    /// The database to write.
    public var target: ConnectionURL
    /// Plan and print, write nothing.
    public var dryRun: Bool
    /// The run ledger's file; nil for the default (`DOPPEL_LEDGER`, else `$XDG_STATE_HOME/doppel/ledger.sqlite`).
    public var ledgerPath: String?
    /// Readers per large table (PostgreSQL 14+ to PostgreSQL: block ranges of one shared snapshot).
    public var jobs: Int
    /// Where `env:` references are resolved.
    public var environment: [String: String]
    /// `--replace`: replace a target that holds what Doppel did not write (never a file that is not a SQLite database).
    public var replace: Bool

    /// A request; the defaults write (no dry run), with the default ledger, one reader and the process's environment.
    public init(
        policy: PolicySource, source: ConnectionURL, target: ConnectionURL, dryRun: Bool = false,
        ledgerPath: String? = nil, jobs: Int = 1, environment: [String: String] = ProcessInfo.processInfo.environment, replace: Bool = false
    ) {
        self.replace = replace
        self.policy = policy
        self.source = source
        self.target = target
        self.dryRun = dryRun
        self.ledgerPath = ledgerPath
        self.jobs = jobs
        self.environment = environment
    }
}
