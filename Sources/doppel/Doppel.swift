import ArgumentParser
import DoppelCore
import DoppelEngine

/// The `doppel` command: safe, realistic copies of production databases.
@main
struct Doppel: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doppel",
        abstract: "Safe, realistic copies of production databases.",
        discussion: """
            Doppel reads a source database (never writing to it), applies a policy that says what \
            happens to every personal-data column, and writes a referentially consistent clone, atomically.

            Try it:    doppel demo
            Typical:   doppel check --policy Policies/app.yaml --source sqlite:prod.db
                       DOPPEL_SECRET=... doppel clone --policy Policies/app.yaml --source sqlite:prod.db --target sqlite:qa.db

            Exit status: 0 done, 1 policy problems, 3 a database could not be opened, 4 the run failed \
            (the target was left as it was), 5 the target was refused (another run is writing it, or it holds             what doppel did not write: --replace), 64 bad command line.
            """,
        version: DoppelVersion.current,
        subcommands: [Demo.self, Inspect.self, Init.self, Check.self, Clone.self, Verify.self, Fit.self, Synthesize.self, Model.self, Report.self, Runs.self, Rules.self]
    )
}
