import ArgumentParser
import DoppelCore
import DoppelEngine
import Foundation
import DoppelSynthesis

extension Doppel {
    /// `doppel fit`: learn a model of the source that can leave production.
    struct Fit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Fit a statistical model of the source, safe to take out of production.",
            discussion: """
                Reads each table the policy does not skip once, streaming, and writes one model file (JSON): per \
                column the null rate and a model of its values (quantiles, categories, text shape), per table a \
                Gaussian copula of its columns with its parents' columns, per foreign key the children per parent. \
                A PII column's values are never read into it, and values seen in fewer than `min_count` rows \
                (default 10) of a PII or `sensitive` column are folded away. `doppel model show` prints what it holds.

                Example:
                  doppel fit --policy Policies/shop.yaml --source sqlite:prod.db --out shop.model.json
                  doppel synthesize --model shop.model.json --target sqlite:synthetic.db --scale 2
                """)

        @OptionGroup var policyOption: PolicyOption

        @Option(help: ArgumentHelp("The source database, read-only (sqlite:PATH, postgres://… or env:NAME).", valueName: "url"))
        var source: String

        @Option(help: ArgumentHelp("Where to write the model file.", valueName: "path"))
        var out: String

        @OptionGroup var ledgerOption: LedgerOption

        @OptionGroup var output: OutputOptions

        func run() throws {
            let logger = LoggingSetup.logger(verbose: output.verbose, quiet: output.quiet)
            try reportingFailures {
                let outcome = try ModelFitter(logger: logger).fit(
                    policyPath: policyOption.policy, source: try parseConnection(source, option: "--source"), output: out, ledgerPath: ledgerOption.ledger)
                if !output.quiet {
                    let memory = outcome.peakMemoryBytes.map { String(format: ", peak memory %.0f MB", Double($0) / 1_048_576) } ?? ""
                    print(String(format: "Fitted %d tables (%lld rows) in %.2f s%@ → %@", outcome.model.tables.count, outcome.rowsRead, outcome.seconds, memory, out))
                }
            }
        }
    }
}
