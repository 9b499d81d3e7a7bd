import DoppelCore

/// Chooses the reference whose parents a table's rows come in blocks of (the *driving* one): one whose
/// columns lead the primary key, else, among those never NULL in the source, the one whose parents all had
/// children (an invoice's lines, not a track's sales), then the one to the parent with the most rows (the
/// least variance in the total). A self-reference, a reference that closes a cycle, or one the model has no
/// relation for never drives.
enum DrivingReference {
    /// The index in `references` of the driving reference, if any.
    static func choose(in table: Table, model: TableModel, references: [TableGenerator.Reference]) -> Int? {
        let candidates = references.filter { reference in
            table.foreignKeys[reference.foreignKeyIndex].referencedTable != table.name && !reference.closesCycle
                && GeneratedReference.relation(of: reference, in: table, model: model) != nil
        }
        let leading = candidates.firstIndex { reference in
            let key = table.foreignKeys[reference.foreignKeyIndex]
            return !table.primaryKey.isEmpty && Array(table.primaryKey.prefix(key.columns.count)) == key.columns
        }
        func relation(_ candidate: Int) -> RelationModel? { GeneratedReference.relation(of: candidates[candidate], in: table, model: model) }
        let neverNull = candidates.indices.filter { (relation($0)?.nullFraction ?? 1) == 0 }
        // The driving reference reproduces its children counts exactly, the others only about.
        func rank(_ candidate: Int) -> (Double, Int64) {
            guard let relation = relation(candidate) else { return (0, 0) }
            let total = relation.parents.reduce(0, +)
            let childless = zip(relation.childCounts, relation.parents).filter { $0.0 == 0 }.reduce(Int64(0)) { $0 + $1.1 }
            return (total > 0 ? -Double(childless) / Double(total) : -1, total)
        }
        let widest = neverNull.max { a, b in rank(a) < rank(b) }
        return (leading ?? widest).flatMap { candidate in
            references.firstIndex { $0.foreignKeyIndex == candidates[candidate].foreignKeyIndex }
        }
    }
}
