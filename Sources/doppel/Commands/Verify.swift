import ArgumentParser
import DoppelCore
import DoppelEngine
import Foundation

extension Doppel {
    /// `doppel verify`: the privacy proof of a finished clone.
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Prove, in counts, that no personal value of the source reached a clone.",
            discussion: """
                Reads the source and the clone. For each column the policy marks `pii:` (or that inherits from \
                one): rows that kept their own value (matched by a primary key the clone keeps), values equal to \
                any source value of the column with the number a fake would hit by chance, and for high-entropy \
                kinds (email, phone, national_id, account_number, street_address, url, username, ip_address) every \
                cell of the clone, in any table and inside text, JSON and arrays, that holds one of its values. \
                Only counts are printed; values are compared through a hash keyed at random for the run.

                Exit status 0 when the clone passes, 1 when a row kept its value or a high-entropy value leaked.

                Examples:
                  doppel verify --policy Policies/shop.yaml --source sqlite:prod.db --target sqlite:qa.db
                  doppel clone  --policy Policies/shop.yaml --source sqlite:prod.db --target sqlite:qa.db --verify
                """)

        @OptionGroup var policyOption: PolicyOption

        @Option(help: ArgumentHelp("The source database, read-only (sqlite:PATH, postgres://… or env:NAME).", valueName: "url"))
        var source: String

        @Option(help: ArgumentHelp("The clone, read-only (sqlite:PATH, postgres://… or env:NAME).", valueName: "url"))
        var target: String

        @OptionGroup var output: FormatOption

        func run() throws {
            let report = try reportingFailures {
                try PrivacyVerifier.verify(
                    policyPath: policyOption.policy, source: try parseConnection(source, option: "--source"),
                    target: try parseConnection(target, option: "--target"))
            }
            if output.isJSON {
                try FormatOption.printJSON(report)
            } else {
                print(PrivacyReportText.render(report))
            }
            if !report.passed { throw ExitCode(ExitStatus.policyProblems.rawValue) }
        }
    }
}
