import ArgumentParser
import Foundation

/// `--format text|json`, spelled the same in every command that prints a report (`check` adds `github`).
/// `--json` stays as a hidden alias for scripts written before `--format`.
struct FormatOption: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Flag(help: .hidden)
    var json = false

    /// Whether the output is JSON (`--format json`, or the older `--json`).
    var isJSON: Bool { json || format == .json }

    /// Prints `value` as pretty, key-sorted JSON.
    static func printJSON(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        print(String(decoding: try encoder.encode(value), as: UTF8.self))
    }
}
