/// A problem with what the user asked for that no database needs to be opened to see.
public struct UsageError: DoppelError {
    public var message: String
    public var exitStatus: ExitStatus { .usage }
    public var description: String { message }

    public init(_ message: String) {
        self.message = message
    }
}
