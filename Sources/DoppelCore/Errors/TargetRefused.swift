/// A target the run will not write: another run is writing it, or it holds something Doppel did not write.
/// Nothing was written.
package struct TargetRefused: DoppelError {
    package var message: String
    package var exitStatus: ExitStatus { .targetRefused }
    package var description: String { message }

    package init(_ message: String) {
        self.message = message
    }
}
