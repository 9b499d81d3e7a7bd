import ArgumentParser
import DoppelCore
import DoppelEngine
import DoppelReport
import Foundation
import DoppelPolicy
import DoppelConnectors

extension Doppel {
    /// `doppel report`: how close a copy is to its source.
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score how close a clone or synthetic copy is to its source (SDMetrics' QualityReport definitions).",
            discussion: """
                Column Shapes (KS complement for numbers and dates, TV complement for categories), Column Pair Trends \
                (correlation and contingency similarity over pairs the source shows related), Cardinality (children \
                per parent), Intertable Trends (parent columns against child columns), and their mean; plus \
                references that point at no row, and the share of the copy's rows equal to a source row. Both \
                databases are only read. With --policy, its PII columns are not compared.

                Example:
                  doppel report --source sqlite:prod.db --target sqlite:synthetic.db
                  doppel report --source sqlite:prod.db --target sqlite:synthetic.db --format json > report.json
                """)

        @Option(help: ArgumentHelp("The source database (sqlite:PATH, postgres://… or env:NAME).", valueName: "url"))
        var source: String

        @Option(help: ArgumentHelp("The copy to score (sqlite:PATH, postgres://… or env:NAME).", valueName: "url"))
        var target: String

        @Option(help: ArgumentHelp("A policy whose PII columns are left out of the comparison.", valueName: "path"))
        var policy: String?

        @OptionGroup var output: FormatOption

        func run() throws {
            try reportingFailures(passingValidationErrors: false) {
                let sourceDatabase = try DatabaseOpener.openSource(try parseConnection(source, option: "--source"))
                let targetDatabase = try DatabaseOpener.openSource(try parseConnection(target, option: "--target"), role: "target")
                var excluded = Set<String>()
                if let policy {
                    excluded = try LoadedPolicy.load(path: policy, schema: try sourceDatabase.introspect(countingRows: false)).policy.piiColumnNames
                }
                let report = try FidelityReport.compute(source: sourceDatabase, target: targetDatabase, excluded: excluded)
                if output.isJSON {
                    try FormatOption.printJSON(report)
                } else {
                    print(FidelityText.render(report))
                }
            }
        }
    }
}
