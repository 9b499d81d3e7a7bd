import DoppelCore

/// One foreign key of a generated table, resolved once against the table and its model, with the state
/// generation keeps for it: what ``TableGenerator`` knows of a reference, in one place.
struct GeneratedReference {
    /// How the reference's parent is chosen for each row.
    enum Role: Equatable {
        /// Rows come in blocks per parent of this reference (see ``DrivingReference``).
        case driving
        /// The table references itself: a row points at an earlier row with room for a child (a tree).
        case tree
        /// Each row picks a parent of its own (``ParentPicker``), NULL as often as the source's.
        case picked
    }

    /// The reference as the caller wired it (its parent's keys, its parent's generator).
    let reference: TableGenerator.Reference
    let role: Role
    /// The foreign key's columns.
    let columns: [String]
    /// Each column's position among the written columns; nil for a column the table does not write.
    let positions: [Int?]
    /// Whether every column of the key allows NULL.
    let isNullable: Bool
    /// The fitted relation (children per parent, NULL share), when the model has one.
    let relation: RelationModel?
    /// The relation's children-count histogram, resolved once.
    let childCounts: ChildCountDistribution?
    /// Whether the driving reference's rows must each take another parent of this one (a key over both).
    let distinctWithinDrivingParent: Bool

    /// Every parent's children count, drawn when first needed (the parents' number is known once they are
    /// written); nil until then.
    var drawnCounts: [Int64]?
    /// For a tree: which earlier row takes children now.
    var tree = TreeCursor()

    init(_ reference: TableGenerator.Reference, in table: Table, model: TableModel, positions: [String: Int], role: Role, distinctWithinDrivingParent: Bool) {
        let key = table.foreignKeys[reference.foreignKeyIndex]
        self.reference = reference
        self.role = role
        columns = key.columns
        self.positions = key.columns.map { positions[$0] }
        isNullable = key.columns.allSatisfy { table.column(named: $0)?.isNullable ?? true }
        relation = Self.relation(of: reference, in: table, model: model)
        childCounts = relation.map(ChildCountDistribution.init)
        self.distinctWithinDrivingParent = distinctWithinDrivingParent
    }

    /// The fitted relation of `reference`'s foreign key, matched by its columns.
    static func relation(of reference: TableGenerator.Reference, in table: Table, model: TableModel) -> RelationModel? {
        let columns = table.foreignKeys[reference.foreignKeyIndex].columns
        return model.relations.first { $0.columns == columns }
    }

    /// The parent's keys.
    var keys: any ParentKeys { reference.keys }

    /// The share of rows whose reference is NULL in the source (nil without a fitted relation).
    var nullFraction: Double? { relation?.nullFraction }
}
