import ArgumentParser
import DoppelCore
import DoppelConnectors
import DoppelEngine
import DoppelPolicy
import Foundation

extension Doppel {
    /// `doppel check`: validates a policy against a live schema or a saved one.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate a policy against a database's schema; list every problem with file:line:column.",
            discussion: """
                Exit status 0 when the policy is clean, 1 when it has problems (including tables and columns of \
                the source it does not cover: schema drift).

                Examples:
                  doppel check --policy Policies/shop.yaml --source sqlite:shop.db
                  doppel inspect sqlite:shop.db --format json > schema.json
                  doppel check --policy Policies/shop.yaml --schema schema.json --format github   # in CI
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, json, github
        }

        @OptionGroup var policyOption: PolicyOption

        @Option(help: ArgumentHelp("The source database (sqlite:PATH, postgres://… or env:NAME).", valueName: "url"))
        var source: String?

        @Option(help: ArgumentHelp("A schema saved by `doppel inspect --format json`, instead of --source.", valueName: "path"))
        var schema: String?

        @Option(help: ArgumentHelp(
            "The target the clone will write (only its engine is used; nothing is opened): checks what depends on it, such as generated columns another engine cannot compute.",
            valueName: "url"))
        var target: String?

        @Option(help: "Output format: text, json, or github (workflow annotations).")
        var format: Format = .text

        @Flag(help: "With --source: sample every column the policy keeps and fail when its values look personal (counts, never values).")
        var scan = false

        @Flag(help: "Show, for every column, the entry that decides it: its own line, a pattern or a default, or a foreign key it inherits through.")
        var explain = false

        func validate() throws {
            if scan && source == nil { throw ValidationError("--scan samples the source's values: give --source URL") }
            if (source == nil) == (schema == nil) {
                throw ValidationError("give either --source URL or --schema FILE (the JSON of `doppel inspect --format json`)")
            }
        }

        func run() throws {
            var explanation: [String] = []
            let diagnostics = try reportingFailures { () throws -> [PolicyDiagnostic] in
                if let source {
                    let connection = try parseConnection(source, option: "--source")
                    if explain {
                        explanation = PolicyCheck.explanation(policyPath: policyOption.policy, schema: try DatabaseOpener.openSource(connection).introspect(countingRows: false))
                    }
                    return try PolicyCheck.run(
                        policyPath: policyOption.policy, source: connection,
                        target: try target.map { try parseConnection($0, option: "--target") }, scan: scan)
                } else if let schema {
                    guard let data = FileManager.default.contents(atPath: schema) else {
                        throw UsageError("cannot read the schema file \(schema); write it with `doppel inspect URL --format json > \(schema)`")
                    }
                    let saved: Schema
                    do {
                        saved = try JSONDecoder().decode(Schema.self, from: data)
                    } catch {
                        throw UsageError("\(schema) is not a schema written by `doppel inspect --format json`: \(error.localizedDescription)")
                    }
                    if explain { explanation = PolicyCheck.explanation(policyPath: policyOption.policy, schema: saved) }
                    return try PolicyCheck.run(
                        policyPath: policyOption.policy, schema: saved, target: try target.map { try parseConnection($0, option: "--target") })
                } else {
                    throw ValidationError("give --source or --schema")
                }
            }
            let errors = diagnostics.filter { $0.severity == .error }.count
            switch format {
            case .text:
                for line in explanation { print(line) }
                for line in DiagnosticCap.lines(diagnostics) { print(line) }
                print(errors == 0 ? "\(policyOption.policy): ok (\(diagnostics.count) warning(s))" : "\(errors) error(s), \(diagnostics.count - errors) warning(s)")
            case .github:
                let (shown, summaries) = DiagnosticCap.apply(diagnostics)
                for diagnostic in shown { print(diagnostic.githubAnnotation) }
                for summary in summaries { print("::notice::" + summary) }
            case .json:
                struct Report: Encodable {
                    var policy: String
                    var ok: Bool
                    var diagnostics: [PolicyDiagnostic]
                    var explanation: [String]?
                }
                try FormatOption.printJSON(Report(policy: policyOption.policy, ok: errors == 0, diagnostics: diagnostics, explanation: explain ? explanation : nil))
            }
            if errors > 0 { throw ExitCode(ExitStatus.policyProblems.rawValue) }
        }
    }
}
