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

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
