import DoppelCore
import DoppelMasking

/// How a generated table keeps its primary and unique keys unique by construction, given its driving
/// reference: a key over the driving reference alone gives each parent one row; a key over it and another
/// reference makes each of a parent's rows take another parent of that one; a key over it and a column makes
/// the column distinct within the parent; any other key makes one of its non-reference columns distinct by
/// row. Keys with a sequence column are unique already.
struct UniqueKeyPlan: Equatable {
    /// Per column, how its drawer keeps it unique (columns not listed need not be).
    var uniqueness: [String: ColumnDrawer.Uniqueness] = [:]
    /// References (indices) whose parents must differ among the rows of one driving parent.
    var distinctWithinDrivingParent: Set<Int> = []
    /// Whether each driving parent gets at most one row.
    var onePerDrivingParent = false

    init(table: Table, model: TableModel, references: [TableGenerator.Reference], driving: Int?) {
        let referenceColumns = Set(table.foreignKeys.flatMap(\.columns))
        let drivingColumns = driving.map { table.foreignKeys[references[$0].foreignKeyIndex].columns } ?? []
        for key in ([table.primaryKey] + table.uniqueKeys) where !key.isEmpty {
            if key.contains(where: { model.column(named: $0)?.kind == .sequence }) { continue }
            if !drivingColumns.isEmpty && Set(drivingColumns).isSubset(of: key) {
                let rest = key.filter { !drivingColumns.contains($0) }
                if rest.isEmpty {
                    onePerDrivingParent = true
                    continue
                }
                if let other = references.indices.first(where: { index in
                    index != driving && Set(table.foreignKeys[references[index].foreignKeyIndex].columns).isSubset(of: rest)
                }) {
                    distinctWithinDrivingParent.insert(other)
                } else if let column = rest.first(where: { !referenceColumns.contains($0) }) {
                    uniqueness[column] = .withinParent
                }
                continue
            }
            if let column = key.first(where: { !referenceColumns.contains($0) }), uniqueness[column] == nil {
                uniqueness[column] = .byRow
            }
        }
    }
}
