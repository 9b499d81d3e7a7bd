/// A problem with what the user asked for that no database needs to be opened to see.
package struct UsageError: DoppelError {
    package var message: String
    package var exitStatus: ExitStatus { .usage }
    package var description: String { message }

    package init(_ message: String) {
        self.message = message
    }
}
