import DoppelCore
import Foundation

/// Where a clone run stops for the kill-safety tests (the ``CloneStage``s).
///
/// For the kill-safety tests only: when `DOPPEL_TEST_PAUSE_AT` names a stage, the process announces
/// it on stderr and stops there, so a test can SIGKILL it at that exact point.
package enum StageHook {
    static let pauseAt = ProcessInfo.processInfo.environment["DOPPEL_TEST_PAUSE_AT"]

    static func reached(_ stage: CloneStage) {
        guard let pauseAt, pauseAt == stage.rawValue else { return }
        FileHandle.standardError.write(Data("doppel: paused at \(stage)\n".utf8))
        while true { sleep(60) }
    }
}
