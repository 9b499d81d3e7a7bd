/// The exit status a failure maps to, documented in the README.
public enum ExitStatus: Int32, Sendable, Codable {
    /// The run finished.
    case success = 0
    /// The policy has problems (or `check` found drift).
    case policyProblems = 1
    /// A database could not be opened or reached.
    case connection = 3
    /// The run started and failed; the target was left as it was.
    case runFailed = 4
    /// The target was refused before anything was written: another run is writing it, or it holds what Doppel did not write.
    case targetRefused = 5
    /// The command line was wrong.
    case usage = 64
}

/// An error Doppel reports to a person: what failed, where, and what to do about it.
///
/// Messages never contain a data value or a password.
public protocol DoppelError: Error, CustomStringConvertible, Sendable {
    /// The process exit status this error leads to.
    var exitStatus: ExitStatus { get }
    /// What kind of failure this is, for the run ledger; by default the kind its exit status stands for.
    var kind: ErrorKind { get }
}

extension DoppelError {
    /// The kind its exit status stands for.
    public var kind: ErrorKind { ErrorKind(exitStatus: exitStatus) }
}

extension ExitStatus {
    /// The exit status any error leads to: a ``DoppelError``'s own, else ``runFailed``.
    package static func of(_ error: any Error) -> ExitStatus {
        (error as? any DoppelError)?.exitStatus ?? .runFailed
    }
}
