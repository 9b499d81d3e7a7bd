import ArgumentParser
import DoppelCore
import DoppelEngine
import Foundation
import DoppelConnectors

extension Doppel {
    /// `doppel inspect URL`: the introspected schema.
    struct Inspect: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a database's schema: tables, row counts, columns, keys and references.",
            discussion: """
                Examples:
                  doppel inspect sqlite:shop.db
                  doppel inspect sqlite:shop.db --format json > schema.json   # for `doppel check --schema`
                  doppel inspect postgres://reader@db.internal/shop
                """)

        @Argument(help: ArgumentHelp("The database (sqlite:PATH, postgres://… or env:NAME).", valueName: "url"))
        var url: String

        /// JSON is the format `doppel check --schema` reads.
        @OptionGroup var output: FormatOption

        func run() throws {
            try reportingFailures {
                let connection = try parseConnection(url, option: "url")
                let schema = try DatabaseOpener.openSource(connection).introspect()
                if output.isJSON {
                    try FormatOption.printJSON(schema)
                } else {
                    print(SchemaText.render(schema, source: connection.description))
                }
            }
        }
    }
}
