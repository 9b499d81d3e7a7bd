import ArgumentParser
import DoppelBundledPolicies
import DoppelDemo
import DoppelEngine
import Foundation

extension Doppel {
    /// `doppel demo`: the main job on an embedded example, with nothing to set up.
    struct Demo: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build a small shop database, clone it with Policies/demo.yaml, and show before and after.",
            discussion: """
                Everything is written inside one directory (the source, the clone and the run ledger); nothing \
                else is touched.

                Examples:
                  doppel demo
                  doppel demo --directory /tmp/doppel-demo --customers 5000
                """)

        @Option(help: ArgumentHelp("Where to write the demo's files (default: a doppel-demo folder in the system's temporary directory).", valueName: "path"))
        var directory: String?

        @Option(help: "How many customers the demo source gets (orders are three times as many).")
        var customers = 1_000

        @OptionGroup var output: OutputOptions

        func validate() throws {
            guard (10...1_000_000).contains(customers) else {
                throw ValidationError("--customers must be between 10 and 1000000")
            }
        }

        func run() throws {
            let logger = LoggingSetup.logger(verbose: output.verbose, quiet: output.quiet)
            let folder = directory ?? FileManager.default.temporaryDirectory.appendingPathComponent("doppel-demo").path
            try reportingFailures {
                let result = try DemoRunner.run(
                    directory: folder, customers: customers, policyText: try BundledPolicies.demo(), logger: logger,
                    progress: !output.quiet && TerminalProgress.isTerminal ? TerminalProgress() : nil)
                guard !output.quiet else { return }
                print("Source: \(result.sourcePath) (a made-up shop: customers, orders, items, tickets)")
                print("Policy: Policies/demo.yaml\(result.usedDemoSecret ? " (with a throwaway demo secret; export DOPPEL_SECRET for your own)" : "")")
                print("")
                for (before, after) in result.pairs {
                    for (index, column) in result.columns.enumerated() {
                        let name = column.padding(toLength: 11, withPad: " ", startingAt: 0)
                        let left = before[index].padding(toLength: 34, withPad: " ", startingAt: 0)
                        print("  \(name) \(left) → \(after[index])")
                    }
                    print("")
                }
                print(SummaryText.render(result.summary))
                print("")
                print("Clone: \(result.clonePath)")
                print("Look inside: sqlite3 \(result.clonePath) 'SELECT * FROM customers LIMIT 5'")
                print("Run history: doppel runs --ledger \(result.ledgerPath)")
            }
        }
    }
}
