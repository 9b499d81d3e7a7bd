import ArgumentParser
import DoppelCore
import DoppelEngine
import DoppelPolicy
import Foundation

extension Doppel {
    /// `doppel synthesize`: a synthetic database from a model file, without the source.
    struct Synthesize: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a synthetic database from a model file (no access to the source), atomically.",
            discussion: """
                Tables are generated in foreign-key order, in batches, deterministic from the seed. Keys and unique \
                columns are distinct by construction, references point at written rows, children per parent follow \
                the fitted distribution (scaling a parent scales its children), and CHECK constraints of the common \
                forms hold. The target is replaced only when complete and checked.

                Example:
                  doppel synthesize --model shop.model.json --target sqlite:synthetic.db
                  doppel synthesize --model shop.model.json --target sqlite:big.db --scale 10 --rows customers=500
                """)

        @Option(help: ArgumentHelp("The model file `doppel fit` wrote.", valueName: "path"))
        var model: String

        @Option(help: ArgumentHelp("The database to write (sqlite:PATH, postgres://… or env:NAME); replaced atomically.", valueName: "url"))
        var target: String

        @Option(help: ArgumentHelp("Rows per table as a factor of the fitted count; children follow their parents.", valueName: "factor"))
        var scale: Double = 1

        @Option(name: .customLong("rows"), help: ArgumentHelp("Rows of one table, which win over --scale: TABLE=COUNT or TABLE=FACTORx (repeatable).", valueName: "table=rows"))
        var tableRows: [String] = []

        @Option(help: ArgumentHelp("The seed (default: the seed of the policy the model was fitted with).", valueName: "n"))
        var seed: UInt64?

        @Option(help: ArgumentHelp("Also write the summary as JSON to this file.", valueName: "path"))
        var summaryJSON: String?

        @OptionGroup var ledgerOption: LedgerOption

        @OptionGroup var replaceOption: ReplaceOption

        @OptionGroup var output: OutputOptions

        func validate() throws {
            guard scale > 0, scale.isFinite else { throw ValidationError("--scale must be a number above 0 (e.g. 1, 0.1 or 3), not \(scale)") }
            _ = try parsedRows()
        }

        func parsedRows() throws -> [String: TablePolicy.RowCount] {
            var rows: [String: TablePolicy.RowCount] = [:]
            for entry in tableRows {
                let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2 else { throw ValidationError("--rows takes TABLE=COUNT or TABLE=FACTORx, not `\(entry)`") }
                if let count = TablePolicy.RowCount(parsing: parts[1]) {
                    rows[parts[0]] = count
                } else {
                    throw ValidationError("--rows \(entry): the rows must be a count ≥ 0 or a factor above 0 such as 2x")
                }
            }
            return rows
        }

        func run() throws {
            let logger = LoggingSetup.logger(verbose: output.verbose, quiet: output.quiet)
            try reportingFailures {
                let request = SynthesizeRunner.Request(
                    modelPath: model, target: try parseConnection(target, option: "--target"), scale: scale, seed: seed,
                    rows: try parsedRows(), ledgerPath: ledgerOption.ledger, replace: replaceOption.replace)
                let summary = try SynthesizeRunner(logger: logger).run(request)
                if !output.quiet { print(SummaryText.render(summary)) }
                if let summaryJSON { try writeSummaryJSON(summary, to: summaryJSON) }
            }
        }
    }
}
