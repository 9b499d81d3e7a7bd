import DoppelCore
import DoppelLedger
import Foundation
import Logging

/// One run's row in the run ledger: begun before anything else can fail, finished on every path with the exit
/// status, the error's kind and the message the user is shown.
///
/// A ledger that cannot be opened never hides the run's own error: the run goes on, and only before it writes
/// anything does ``requireLedger()`` stop it with the ledger's error, so nothing is written unrecorded.
final class RunRecorder {
    private let ledger: RunLedger?
    private let runID: Int64?
    private let ledgerError: (any Error)?
    private let logger: Logger

    /// Rows written, as the run's end records them; nil counts the rows written to ``tables``.
    var rows: Int64?
    /// Bytes of the finished target, when known.
    var bytes: Int64?
    /// The tables done so far.
    var tables: [CloneSummary.TableSummary] = []
    /// What the finished clone verified (nil until it committed, and for a fit).
    var verification: CloneVerification?

    private init(ledger: RunLedger?, runID: Int64?, ledgerError: (any Error)?, logger: Logger) {
        self.ledger = ledger
        self.runID = runID
        self.ledgerError = ledgerError
        self.logger = logger
    }

    /// Runs `body` as one recorded run of `command`: the ledger's row is begun now and finished with `body`'s outcome,
    /// whichever way it ends. With `enabled` false (a dry run) nothing is recorded.
    ///
    /// `source` and `target` are URLs' `description`s, which never show a password.
    static func recording<Outcome>(
        command: String, ledgerPath: String, policyPath: String?, source: String?, target: String?, enabled: Bool = true,
        logger: Logger, _ body: (RunRecorder) throws -> Outcome
    ) throws -> Outcome {
        let recorder: RunRecorder
        if enabled {
            do {
                let ledger = try RunLedger(path: ledgerPath)
                let runID = try ledger.begin(command: command, policyPath: policyPath, source: source, target: target)
                recorder = RunRecorder(ledger: ledger, runID: runID, ledgerError: nil, logger: logger)
            } catch {
                recorder = RunRecorder(ledger: nil, runID: nil, ledgerError: error, logger: logger)
            }
        } else {
            recorder = RunRecorder(ledger: nil, runID: nil, ledgerError: nil, logger: logger)
        }
        let outcome: Outcome
        do {
            outcome = try body(recorder)
        } catch {
            recorder.finish(failure: error)
            throw error
        }
        recorder.finish(failure: nil)
        return outcome
    }

    /// Records the policy's (or model's) hash, the seed and the secret's fingerprint, once known.
    func describe(policyHash: String, seed: UInt64, secretFingerprint: String?) {
        guard let ledger, let runID else { return }
        do {
            try ledger.describe(runID: runID, policyHash: policyHash, seed: seed, secretFingerprint: secretFingerprint)
        } catch {
            logger.warning("The run ledger could not record the run's policy", metadata: ["ledger": "\(ledger.path)", "error": "\(error)"])
        }
    }

    /// The run's claim on its target: a new mark (logged, and recorded so a marked target leads back to this
    /// run), and whether the run may replace what doppel did not write.
    func claimTarget(_ target: ConnectionURL, started: Date, replacing: Bool) -> TargetClaim {
        let claim = TargetClaim(mark: .forNewRun(started: started), replacesForeignTarget: replacing)
        logger.info("Run started", metadata: ["run_id": "\(claim.mark.runID)", "target": "\(target)"])
        recordMark(claim.mark)
        return claim
    }

    private func recordMark(_ mark: CloneMark) {
        guard let ledger, let runID else { return }
        do {
            try ledger.recordMark(runID: runID, mark: mark.runID)
        } catch {
            logger.warning("The run ledger could not record the clone's mark", metadata: ["ledger": "\(ledger.path)", "error": "\(error)"])
        }
    }

    /// Throws the ledger's own error when it could not be opened; a run calls this before it writes anything.
    func requireLedger() throws {
        if let ledgerError { throw ledgerError }
    }

    private func finish(failure: (any Error)?) {
        guard let ledger, let runID else {
            if let ledgerError, failure != nil {
                logger.warning("This run is not in the run ledger, which could not be opened", metadata: ["error": "\(ledgerError)"])
            }
            return
        }
        do {
            try ledger.finish(
                runID: runID, status: failure.map(ExitStatus.of) ?? .success, errorKind: failure.map(ErrorKind.of),
                rows: rows ?? tables.reduce(0) { $0 + $1.rowsWritten }, bytes: failure == nil ? bytes : nil,
                error: failure.map { "\($0)" }, verification: failure == nil ? verification : nil, tables: tables)
        } catch {
            logger.warning("The run ledger could not record how the run ended", metadata: ["ledger": "\(ledger.path)", "error": "\(error)"])
        }
    }
}
