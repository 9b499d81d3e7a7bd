package import Foundation

/// Receives progress of a run: which table, how many rows of how many.
public protocol ProgressReporter: AnyObject {
    func tableStarted(_ table: String, expectedRows: Int64?)
    func rowsWritten(_ table: String, count: Int64)
    func tableFinished(_ table: String, rows: Int64, seconds: Double)
    func message(_ text: String)
}

/// Progress on a terminal: one line, redrawn at most five times a second (table, rows done of total, rows/s).
package final class TerminalProgress: ProgressReporter {
    private let output: FileHandle
    private var expected: Int64?
    private var started = Date()
    private var lastDraw = Date.distantPast

    package init(output: FileHandle = .standardError) {
        self.output = output
    }

    /// Whether stderr is a terminal, where progress is worth drawing.
    package static var isTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    package func tableStarted(_ table: String, expectedRows: Int64?) {
        expected = expectedRows
        started = Date()
        lastDraw = .distantPast
    }

    package func rowsWritten(_ table: String, count: Int64) {
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= 0.2 else { return }
        lastDraw = now
        let elapsed = max(now.timeIntervalSince(started), 0.001)
        let total = expected.map { " / \(Self.grouped($0))" } ?? ""
        write("\r\u{1B}[K  \(table)  \(Self.grouped(count))\(total) rows  \(Self.grouped(Int64(Double(count) / elapsed))) rows/s")
    }

    package func tableFinished(_ table: String, rows: Int64, seconds: Double) {
        write("\r\u{1B}[K")
    }

    package func message(_ text: String) {
        write("\r\u{1B}[K" + text + "\n")
    }

    private func write(_ text: String) {
        output.write(Data(text.utf8))
    }

    static func grouped(_ number: Int64) -> String {
        let digits = String(number)
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return result
    }
}
