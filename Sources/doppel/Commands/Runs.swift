import ArgumentParser
import DoppelEngine
import DoppelLedger
import Foundation

extension Doppel {
    /// `doppel runs`: the run ledger's history.
    struct Runs: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List past runs from the run ledger: when, what, how many rows, how it ended.",
            discussion: """
                Examples:
                  doppel runs
                  doppel runs --limit 5 --format json
                """)

        @Option(help: "How many runs to show, newest first.")
        var limit = 20

        @OptionGroup var output: FormatOption

        @OptionGroup var ledgerOption: LedgerOption

        func run() throws {
            try reportingFailures {
                let path = ledgerOption.ledger ?? RunLedger.defaultPath()
                let runs = try RunLedger(path: path).runs(limit: limit)
                if output.isJSON {
                    try FormatOption.printJSON(runs)
                    return
                }
                if runs.isEmpty {
                    print("no runs recorded in \(path) yet")
                    return
                }
                for run in runs {
                    let status = run.exitStatus.map { $0 == 0 ? "ok" : "failed (exit \($0)" + (run.errorKind.map { ", \($0)" } ?? "") + ")" } ?? "unfinished"
                    let seconds = run.seconds.map { String(format: "%.1f s", $0) } ?? "-"
                    let rows = run.command == "fit" ? "\(run.rowsRead) rows read" : "\(run.rowsWritten) rows"
                    print("#\(run.id)  \(run.startedAt)  \(run.command)  \(status)  \(rows)  \(seconds)  \(run.source ?? "?") → \(run.target ?? "?")")
                    if let error = run.error { print("     \(error.split(separator: "\n").first ?? "")") }
                }
            }
        }
    }
}
