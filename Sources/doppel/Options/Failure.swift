import ArgumentParser
import DoppelCore
import DoppelPolicy
import Foundation

/// Prints an error the way every command does (`doppel: error: …`) and turns it into the documented exit status.
func fail(_ error: any Error) -> ExitCode {
    if let problems = error as? PolicyProblems {
        printError(problems.description)
        return ExitCode(problems.exitStatus.rawValue)
    }
    if let error = error as? any DoppelError {
        printError("doppel: error: \(error.description)")
        return ExitCode(error.exitStatus.rawValue)
    }
    printError("doppel: error: \(error)")
    return ExitCode(ExitStatus.runFailed.rawValue)
}

/// Runs a command's work the way every command does: an error it throws is printed by ``fail(_:)`` and
/// ends the process with the documented exit status.
///
/// - Parameter passingValidationErrors: when true (most commands), a `ValidationError` is rethrown as it
///   is, so ArgumentParser prints it with the usage and exits 64; `report` passes false, and its
///   connection URLs that do not parse fail as a run (status 4), as they always have.
func reportingFailures<Result>(passingValidationErrors: Bool = true, _ body: () throws -> Result) throws -> Result {
    do {
        return try body()
    } catch let error as ValidationError where passingValidationErrors {
        throw error
    } catch {
        throw fail(error)
    }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
