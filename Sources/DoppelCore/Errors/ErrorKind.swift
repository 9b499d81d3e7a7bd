/// What kind of failure ended a run, as the run ledger and `doppel runs` show it.
///
/// A struct with static members rather than an enum, so a connector can add a kind without breaking a caller.
public struct ErrorKind: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The kind's name, as the run ledger records it.
    public var rawValue: String

    /// The kind named `rawValue`.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// The command line or a request was wrong (exit 64).
    public static let usage = ErrorKind(rawValue: "usage")
    /// The policy has problems (exit 1).
    public static let policy = ErrorKind(rawValue: "policy")
    /// The policy's secret is missing, empty, too short or unreadable (exit 1).
    public static let secret = ErrorKind(rawValue: "secret")
    /// A model file is missing, damaged or of another version.
    public static let model = ErrorKind(rawValue: "model")
    /// A database could not be opened or reached (exit 3).
    public static let connection = ErrorKind(rawValue: "connection")
    /// The run started and failed (exit 4).
    public static let run = ErrorKind(rawValue: "run")
    /// The target was refused: another run is writing it, or it holds what Doppel did not write (exit 5).
    public static let target = ErrorKind(rawValue: "target")

    /// The kind an exit status stands for, for errors that name no kind of their own.
    package init(exitStatus: ExitStatus) {
        switch exitStatus {
        case .success, .runFailed: self = .run
        case .policyProblems: self = .policy
        case .connection: self = .connection
        case .usage: self = .usage
        case .targetRefused: self = .target
        }
    }

    /// The kind of any error: a ``DoppelError``'s own, else ``run`` (an error Doppel did not expect ends the run with exit 4).
    package static func of(_ error: any Error) -> ErrorKind {
        (error as? any DoppelError)?.kind ?? .run
    }

    /// The kind's name.
    public var description: String { rawValue }
}
