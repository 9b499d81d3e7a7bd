import DoppelCore

/// The values a generated table wrote in the columns its children copy (``ParentCopy``), row by row.
struct KeptValues {
    /// Per kept column, its slot.
    private var slots: [String: Int] = [:]
    /// Per slot, the column's position among the written columns and its values so far.
    private var positions: [Int] = []
    private var values: [[Value]] = []

    /// Keeps `column` (at `position` among the written columns) from the next row on; once is enough.
    mutating func keep(_ column: String, at position: Int) {
        guard slots[column] == nil else { return }
        slots[column] = values.count
        positions.append(position)
        values.append([])
    }

    /// Whether `column` is kept.
    func keeps(_ column: String) -> Bool { slots[column] != nil }

    /// Records a written row's values of the kept columns.
    mutating func record(_ row: [Value]) {
        for (slot, position) in positions.enumerated() { values[slot].append(row[position]) }
    }

    /// The value row `row` wrote in `column`, if the column is kept and the row written.
    func value(of column: String, at row: Int64) -> Value? {
        guard let slot = slots[column], row >= 0, row < Int64(values[slot].count) else { return nil }
        return values[slot][Int(row)]
    }
}
