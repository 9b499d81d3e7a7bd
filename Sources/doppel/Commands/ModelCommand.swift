import ArgumentParser
import DoppelEngine
import DoppelSynthesis
import Foundation

extension Doppel {
    /// `doppel model`: look inside model files.
    struct Model: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "model", abstract: "Inspect model files written by `doppel fit`.", subcommands: [Show.self])

        /// `doppel model show`: what a model holds.
        struct Show: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Print what a model file holds: per table its rows, copula and relations; per column its model.")

            @Argument(help: ArgumentHelp("The model file.", valueName: "path"))
            var path: String

            func run() throws {
                try reportingFailures {
                    print(ModelText.render(try DatabaseModel.read(from: path)))
                }
            }
        }
    }
}
