extension ForeignKeyGraph {
    /// Tables that reference each other in a ring (a strongly connected component of the graph), with
    /// the keys between them.
    package struct Cycle: Sendable, CustomStringConvertible {
        /// A key between two tables of the cycle.
        package struct Key: Sendable {
            package var edge: Edge
            package var foreignKey: ForeignKey
            /// Whether a row can go in with this key unset (a nullable column, or deferrable).
            package var canLeaveUnset: Bool
        }

        /// The cycle's tables, in load order.
        package var tables: [String]
        /// The keys between tables of the cycle (self-references of its tables included).
        package var keys: [Key]

        /// Whether some key of the cycle can be left unset while rows go in, so an engine that checks
        /// every key at once could still load it in order.
        package var isBreakable: Bool { keys.contains { $0.canLeaveUnset } }

        /// `a → b (a_b: b_id), b → a (b_a: a_id)`: each key of the cycle with its name and columns.
        package var description: String {
            keys.map { key in
                let name = key.foreignKey.name.map { "\($0): " } ?? ""
                return "\(key.edge.table) → \(key.foreignKey.referencedTable) (\(name)\(key.foreignKey.columns.joined(separator: ", ")))"
            }.joined(separator: ", ")
        }
    }
}
