import DoppelEngine
import Foundation

/// `--summary-json PATH`: the run's summary for machines, keys sorted.
func writeSummaryJSON(_ summary: CloneSummary, to path: String) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    try encoder.encode(summary).write(to: URL(fileURLWithPath: path))
}
