import ArgumentParser
import DoppelCore
import DoppelEngine
import Foundation

extension Doppel {
    /// `doppel clone`: the main job.
    struct Clone: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Clone a database under a policy: mask, filter and copy into the target, atomically.",
            discussion: """
                The source is opened read-only. The clone is built where nothing sees it (a temporary file beside a \
                SQLite target, one transaction on PostgreSQL) and replaces the target only when complete and checked; \
                a failed or killed run leaves the previous target as it was.

                Example:
                  export DOPPEL_SECRET=$(openssl rand -hex 32)
                  doppel clone --policy Policies/shop.yaml --source sqlite:prod.db --target sqlite:qa.db
                  doppel clone --policy Policies/shop.yaml --source sqlite:prod.db --target sqlite:qa.db --dry-run
                  doppel clone --policy Policies/shop.yaml --source env:PROD_URL --target postgres://qa-db/shop --jobs 2
                """)

        @OptionGroup var policyOption: PolicyOption

        @Option(help: ArgumentHelp("The source database, read-only (sqlite:PATH, postgres://… or env:NAME).", valueName: "url"))
        var source: String

        @Option(help: ArgumentHelp("The database to write the clone to (sqlite:PATH, postgres://… or env:NAME); replaced atomically.", valueName: "url"))
        var target: String

        @Flag(help: "Print the plan (tables in order, modes, rules, filters) and write nothing.")
        var dryRun = false

        @Option(help: ArgumentHelp("Also write the summary as JSON to this file (for nightly jobs).", valueName: "path"))
        var summaryJSON: String?

        @OptionGroup var ledgerOption: LedgerOption

        @OptionGroup var replaceOption: ReplaceOption

        @Option(parsing: .unconditional, help: ArgumentHelp(
            "Readers per large table: PostgreSQL 14+ to PostgreSQL splits each table of 8 MiB or more into this many block ranges of one shared snapshot.",
            valueName: "n"))
        var jobs = 1

        @Flag(help: "After the clone, run `doppel verify` on it: exit 1 when a personal value of the source is in the clone.")
        var verify = false

        @OptionGroup var output: OutputOptions

        func validate() throws {
            if verify && dryRun { throw ValidationError("--verify checks a finished clone; --dry-run writes none") }
            guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1 (the number of readers per large table), not \(jobs); leave it out for one") }
            guard jobs <= 64 else { throw ValidationError("--jobs takes at most 64 readers, not \(jobs)") }
        }

        func run() throws {
            let logger = LoggingSetup.logger(verbose: output.verbose, quiet: output.quiet)
            let progress: TerminalProgress? = !output.quiet && TerminalProgress.isTerminal ? TerminalProgress() : nil
            let passed = try reportingFailures { () throws -> Bool in
                let request = CloneRequest(
                    policy: .file(policyOption.policy), source: try parseConnection(source, option: "--source"),
                    target: try parseConnection(target, option: "--target"), dryRun: dryRun, ledgerPath: ledgerOption.ledger, jobs: jobs,
                    replace: replaceOption.replace)
                switch try CloneRunner(logger: logger, progress: progress).run(request) {
                case .planned(let plan, _):
                    print(PlanText.render(plan, skipped: []))
                case .cloned(let summary, _):
                    if !output.quiet { print(SummaryText.render(summary)) }
                    if let summaryJSON { try writeSummaryJSON(summary, to: summaryJSON) }
                    if verify {
                        let report = try PrivacyVerifier.verify(policyPath: policyOption.policy, source: request.source, target: request.target)
                        if !output.quiet || !report.passed { print(PrivacyReportText.render(report)) }
                        return report.passed
                    }
                }
                return true
            }
            if !passed { throw ExitCode(ExitStatus.policyProblems.rawValue) }
        }
    }
}
