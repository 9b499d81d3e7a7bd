/// A target the run will not write: another run is writing it, or it holds something Doppel did not write.
/// Nothing was written.
public struct TargetRefused: DoppelError {
    public var message: String
    public var exitStatus: ExitStatus { .targetRefused }
    public var description: String { message }

    public init(_ message: String) {
        self.message = message
    }
}
