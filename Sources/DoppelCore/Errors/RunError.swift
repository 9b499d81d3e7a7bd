/// A run that started and failed; the target was left as it was.
package struct RunError: DoppelError {
    package var message: String
    package var exitStatus: ExitStatus { .runFailed }
    package var description: String { message }

    package init(_ message: String) {
        self.message = message
    }
}
