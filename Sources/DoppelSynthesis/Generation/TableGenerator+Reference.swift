import DoppelCore

extension TableGenerator {
    /// One foreign key of the table and the parent it points at.
    package struct Reference {
        /// The foreign key's index among the table's.
        package var foreignKeyIndex: Int
        /// The parent's keys, by row position.
        package var keys: any ParentKeys
        /// The parent's generator, for its rows' copula draws (a synthesized parent), else nil.
        package var parent: TableGenerator?
        /// The reference closes a cycle (its parent is written later): it never drives the row count.
        package var closesCycle: Bool

        /// A reference along the table's foreign key `foreignKeyIndex` to the parent whose keys are `keys`.
        package init(foreignKeyIndex: Int, keys: any ParentKeys, parent: TableGenerator?, closesCycle: Bool = false) {
            self.foreignKeyIndex = foreignKeyIndex
            self.keys = keys
            self.parent = parent
            self.closesCycle = closesCycle
        }
    }
}
