/// Orders tables so that every referenced table comes before the tables that reference it.
///
/// Self-references impose no order. A cycle between tables is broken at a foreign key whose columns
/// are all nullable, or one that is deferrable; such a key is listed in ``deferredKeys`` and filled in
/// a second pass (or, for SQLite targets, simply checked after the load).
public struct ForeignKeyGraph: Sendable {
    /// A foreign key of `table`, identified by its position in `Table.foreignKeys`.
    public struct Edge: Hashable, Sendable {
        public var table: String
        public var foreignKeyIndex: Int
    }

    /// Table names, parents before children.
    public let order: [String]
    /// Keys that had to be ignored to break cycles.
    public let deferredKeys: [Edge]

    /// Builds the order; throws when a cycle has no nullable or deferrable key to break it at.
    public init(schema: Schema) throws(ForeignKeyCycleError) {
        let names = schema.tables.map(\.name)
        let known = Set(names)
        var active: [String: [(edge: Edge, parent: String, breakable: Bool)]] = [:]
        for table in schema.tables {
            for (index, key) in table.foreignKeys.enumerated()
            where key.referencedTable != table.name && known.contains(key.referencedTable) {
                let nullable = key.columns.allSatisfy { table.column(named: $0)?.isNullable ?? true }
                active[table.name, default: []].append(
                    (Edge(table: table.name, foreignKeyIndex: index), key.referencedTable, nullable || key.isDeferrable))
            }
        }
        var ordered: [String] = []
        var placed = Set<String>()
        var deferred: [Edge] = []
        while ordered.count < names.count {
            // Stable Kahn step: the first table (in source order) whose remaining parents are all placed.
            if let next = names.first(where: { name in
                !placed.contains(name) && (active[name] ?? []).allSatisfy { placed.contains($0.parent) }
            }) {
                ordered.append(next)
                placed.insert(next)
                continue
            }
            // Stuck: every remaining table waits on another; break one breakable edge inside the remainder.
            let remaining = names.filter { !placed.contains($0) }
            var broke = false
            for name in remaining {
                guard var edges = active[name],
                    let position = edges.firstIndex(where: { $0.breakable && !placed.contains($0.parent) })
                else { continue }
                deferred.append(edges[position].edge)
                edges.remove(at: position)
                active[name] = edges
                broke = true
                break
            }
            if !broke {
                throw ForeignKeyCycleError(tables: remaining)
            }
        }
        self.order = ordered
        self.deferredKeys = deferred
    }
}

/// A cycle of foreign keys in which every key is NOT NULL and not deferrable: no insert order works.
public struct ForeignKeyCycleError: Error, CustomStringConvertible, Sendable {
    public var tables: [String]
    public var description: String {
        "foreign keys form a cycle through \(tables.joined(separator: ", ")) with no nullable or deferrable key to break it at; make one of those keys nullable or DEFERRABLE, or skip one of the tables"
    }
}
