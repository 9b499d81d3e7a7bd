import DoppelCore

/// Meets a table's CHECK conditions of the common forms by adjusting each drafted row: two columns out of
/// order are swapped (or the right one moved a step when they are equal), a number outside a bound or range
/// is moved onto it, a value outside an `IN` list becomes the list's first, a text over a length is cut.
struct CheckEnforcer {
    /// The conditions it meets.
    let conditions: [CheckCondition]
    /// The conditions between two columns, met again until none changes a value.
    private let comparisons: [CheckCondition]
    /// The CHECK expressions it cannot parse into conditions; rows drawn within the fitted ranges usually
    /// satisfy them.
    let unparsed: [String]
    /// Each column's position among the written columns.
    private let positions: [String: Int]
    /// Per written column, the step between its values (nil: the column is not drawn).
    private let steps: [Double?]

    /// - Parameter orders: pairs of columns the fit found in order in every source row, met as `lower <= upper`.
    init(checks: [CheckConstraint], orders: [ColumnOrder] = [], positions: [String: Int], steps: [Double?]) {
        var conditions: [CheckCondition] = []
        var unparsed: [String] = []
        for check in checks {
            if let parsed = CheckCondition.parse(check.expression) { conditions += parsed } else { unparsed.append(check.expression) }
        }
        conditions += orders.map { .compareColumns($0.lower, .lessOrEqual, $0.upper) }
        self.conditions = conditions
        comparisons = conditions.filter { if case .compareColumns = $0 { true } else { false } }
        self.unparsed = unparsed
        self.positions = positions
        self.steps = steps
    }

    /// Adjusts `drafts` (one per written column) so the conditions hold. Comparisons between columns are met again
    /// until none changes a value (a chain `a ≤ b ≤ c` may take several rounds of swaps), at most once per comparison.
    func apply(_ drafts: inout [Draft]) {
        for _ in 0..<comparisons.count {
            if !meet(comparisons, &drafts) { break }
        }
        for condition in conditions {
            switch condition {
            case .compareColumns:
                continue
            case .compareToLiteral(let column, let comparison, let literal):
                guard let position = positions[column], let x = drafts[position].number, let bound = Self.number(literal),
                    !comparison.holds(x, bound), let step = steps[position]
                else { continue }
                switch comparison {
                case .less: drafts[position] = .number(bound - step)
                case .lessOrEqual, .equal: drafts[position] = .number(bound)
                case .greater: drafts[position] = .number(bound + step)
                case .greaterOrEqual: drafts[position] = .number(bound)
                case .notEqual: drafts[position] = .number(bound + step)
                }
            case .between(let column, let low, let high):
                guard let position = positions[column], let x = drafts[position].number,
                    let lower = Self.number(low), let upper = Self.number(high)
                else { continue }
                if x < lower { drafts[position] = .number(lower) } else if x > upper { drafts[position] = .number(upper) }
            case .inList(let column, let literals):
                guard let position = positions[column], case .value(let value) = drafts[position], let first = literals.first else { continue }
                let allowed = literals.contains { literal in
                    switch (literal, value) {
                    case (.text(let text), .text(let other)): return text == other
                    case (.number(let number), _): return ColumnModel.number(value) == number
                    default: return false
                    }
                }
                if !allowed {
                    switch first {
                    case .text(let text): drafts[position] = .value(.text(text))
                    case .number(let number): drafts[position] = .number(number)
                    }
                }
            case .lengthAtMost(let column, let length):
                guard let position = positions[column], case .value(.text(let text)) = drafts[position], text.count > length else { continue }
                drafts[position] = .value(.text(String(text.prefix(max(0, length)))))
            }
        }
    }

    /// Meets each comparison between two columns once; whether a value changed.
    private func meet(_ comparisons: [CheckCondition], _ drafts: inout [Draft]) -> Bool {
        var changed = false
        for case .compareColumns(let left, let comparison, let right) in comparisons {
            guard let a = positions[left], let b = positions[right],
                let x = drafts[a].number, let y = drafts[b].number, !comparison.holds(x, y)
            else { continue }
            if comparison.holds(y, x) {
                drafts.swapAt(a, b)
                changed = true
            } else if let step = steps[b] {
                // Equal where the check wants them apart: move the right side by one step.
                drafts[b] = .number(comparison == .less || comparison == .notEqual ? x + step : x - step)
                changed = true
            }
        }
        return changed
    }

    /// A literal as a number: itself, or a date or time's seconds, or a number in text.
    static func number(_ literal: CheckCondition.Literal) -> Double? {
        switch literal {
        case .number(let number): return number
        case .text(let text): return TemporalValue.parse(text)?.seconds ?? Double(text)
        }
    }
}
