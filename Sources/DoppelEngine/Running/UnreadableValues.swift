import DoppelCore
import DoppelMasking

/// Values of a table that their column's rule could not read (``UnreadableValue``), counted per column: the run
/// stops rather than copy them. The message names table, column, rule and row count, never a value.
struct UnreadableValues: DoppelError {
    struct Column: Sendable {
        var name: String
        var rule: String
        var rows: Int64
        var reason: String
    }

    var table: String
    var columns: [Column]

    var exitStatus: ExitStatus { .runFailed }

    var description: String {
        let lines = columns.map { column in
            "`\(table).\(column.name)`: rule `\(column.rule)` cannot transform the value of \(column.rows) row\(column.rows == 1 ? "" : "s") "
                + "(\(column.reason)); a rule never copies what it cannot transform"
        }
        return lines.joined(separator: "\n")
            + "\nnothing was written; correct those rows in the source, or add `\(InvalidValueChoice.key): null` or `\(InvalidValueChoice.key): redact` to the column's entry in the policy"
    }
}

/// Counts a table's unreadable values while its rows are read.
struct UnreadableCounter {
    private let table: String
    private let labels: [(column: String, rule: String)]
    private var rows: [Int64]
    private var reasons: [String?]

    init(table: String, labels: [(column: String, rule: String)]) {
        self.table = table
        self.labels = labels
        self.rows = Array(repeating: 0, count: labels.count)
        self.reasons = Array(repeating: nil, count: labels.count)
    }

    var isEmpty: Bool { !rows.contains { $0 > 0 } }

    mutating func count(_ problem: UnreadableValue, at index: Int) {
        guard index < rows.count else { return }
        rows[index] += 1
        if reasons[index] == nil { reasons[index] = problem.reason }
    }

    /// The error to throw, nil when every value was read.
    var error: UnreadableValues? {
        guard !isEmpty else { return nil }
        let columns = labels.indices.filter { rows[$0] > 0 }.map { index in
            UnreadableValues.Column(name: labels[index].column, rule: labels[index].rule, rows: rows[index], reason: reasons[index] ?? "")
        }
        return UnreadableValues(table: table, columns: columns)
    }
}
