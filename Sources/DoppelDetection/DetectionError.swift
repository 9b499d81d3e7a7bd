package import DoppelCore

/// The detection library could not start: its word lists are missing or damaged.
package struct DetectionError: DoppelError {
    /// What failed and what to do.
    package let message: String

    package init(message: String) {
        self.message = message
    }

    package var exitStatus: ExitStatus { .runFailed }
    package var description: String { message }
}
