/// A run that started and failed; the target was left as it was.
public struct RunError: DoppelError {
    public var message: String
    public var exitStatus: ExitStatus { .runFailed }
    public var description: String { message }

    public init(_ message: String) {
        self.message = message
    }
}
