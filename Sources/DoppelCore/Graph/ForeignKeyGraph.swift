/// Orders tables so that every referenced table comes before the tables that reference it, as far as
/// cycles allow.
///
/// Self-references impose no order. Tables that reference each other in a ring form a strongly connected
/// component (a ``Cycle``); inside one, the order ignores as few keys as it can, preferring keys that can
/// be left unset while the rows go in (one nullable column is enough under MATCH SIMPLE) or checked at
/// commit (deferrable). Such keys are listed in ``deferredKeys``. A cycle of keys that are all NOT NULL
/// and not deferrable is still ordered (its ``Cycle/isBreakable`` is false): the targets Doppel writes
/// check foreign keys only after the load (PostgreSQL adds them then; SQLite loads with enforcement off
/// and runs `PRAGMA foreign_key_check` before the swap), so no insert order is needed for it to load.
public struct ForeignKeyGraph: Sendable {
    /// A foreign key of `table`, identified by its position in `Table.foreignKeys`.
    public struct Edge: Hashable, Sendable {
        /// The table that declares the foreign key.
        public var table: String
        /// The key's position in the table's `foreignKeys`.
        public var foreignKeyIndex: Int

        package init(table: String, foreignKeyIndex: Int) {
            self.table = table
            self.foreignKeyIndex = foreignKeyIndex
        }
    }

    /// Table names, parents before children (except along ``deferredKeys``).
    package let order: [String]
    /// Keys ignored for ordering, to break cycles.
    package let deferredKeys: [Edge]
    /// The cycles: strongly connected components of two tables or more, in ``order``.
    package let cycles: [Cycle]

    /// Builds the order. - Complexity: O(tables + keys), but for cycles, whose breaking is quadratic in their size.
    package init(schema: Schema) {
        let names = schema.tables.map(\.name)
        let position = Dictionary(names.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
        // Keys between two different tables of the schema: child → parent.
        var parents: [[(edge: Edge, parent: Int, breakable: Bool)]] = Array(repeating: [], count: names.count)
        for (childIndex, table) in schema.tables.enumerated() {
            for (index, key) in table.foreignKeys.enumerated() where key.referencedTable != table.name {
                guard let parent = position[key.referencedTable] else { continue }
                parents[childIndex].append((Edge(table: table.name, foreignKeyIndex: index), parent, table.canLeaveUnset(key)))
            }
        }
        let component = Self.components(parents.map { $0.map(\.parent) })

        var ordered: [Int] = []
        var placed = Array(repeating: false, count: names.count)
        var ignored = Set<Edge>()
        var deferred: [Edge] = []
        while ordered.count < names.count {
            // Stable Kahn step: the first table (in source order) whose remaining parents are all placed.
            if let next = names.indices.first(where: { index in
                !placed[index] && parents[index].allSatisfy { placed[$0.parent] || ignored.contains($0.edge) }
            }) {
                ordered.append(next)
                placed[next] = true
                continue
            }
            // Stuck: every remaining table waits on another. Ignore one key inside a cycle whose tables are all
            // waiting only on tables of their own cycle, a breakable key if there is one.
            let waiting = names.indices.filter { !placed[$0] }
            let candidates = waiting.flatMap { child in
                parents[child].filter { !placed[$0.parent] && !ignored.contains($0.edge) && component[$0.parent] == component[child] }
                    .map { (child: child, edge: $0.edge, breakable: $0.breakable) }
            }
            // A cycle none of whose tables waits on a table outside it can start.
            let ready = candidates.filter { candidate in
                waiting.filter { component[$0] == component[candidate.child] }.allSatisfy { member in
                    parents[member].allSatisfy { placed[$0.parent] || ignored.contains($0.edge) || component[$0.parent] == component[member] }
                }
            }
            guard let chosen = ready.first(where: \.breakable) ?? ready.first else { break }
            ignored.insert(chosen.edge)
            deferred.append(chosen.edge)
        }
        order = ordered.map { names[$0] }
        deferredKeys = deferred

        var cycles: [Cycle] = []
        var seen = Set<Int>()
        for index in ordered where !seen.contains(component[index]) {
            seen.insert(component[index])
            let members = ordered.filter { component[$0] == component[index] }
            guard members.count > 1 else { continue }
            var keys: [Cycle.Key] = []
            for member in members {
                let table = schema.tables[member]
                for (keyIndex, key) in table.foreignKeys.enumerated() {
                    guard let parent = position[key.referencedTable], component[parent] == component[member] else { continue }
                    keys.append(.init(edge: Edge(table: table.name, foreignKeyIndex: keyIndex), foreignKey: key, canLeaveUnset: table.canLeaveUnset(key)))
                }
            }
            cycles.append(Cycle(tables: members.map { names[$0] }, keys: keys))
        }
        self.cycles = cycles
    }

    /// The cycle `table` belongs to, if any.
    package func cycle(containing table: String) -> Cycle? {
        cycles.first { $0.tables.contains(table) }
    }

    /// Strongly connected components (Tarjan's algorithm, iterative): a component number per node.
    static func components(_ successors: [[Int]]) -> [Int] {
        let count = successors.count
        var index = Array(repeating: -1, count: count)
        var low = Array(repeating: 0, count: count)
        var onStack = Array(repeating: false, count: count)
        var stack: [Int] = []
        var component = Array(repeating: -1, count: count)
        var next = 0
        var components = 0
        for root in 0..<count where index[root] < 0 {
            var frames: [(node: Int, child: Int)] = [(root, 0)]
            index[root] = next
            low[root] = next
            next += 1
            stack.append(root)
            onStack[root] = true
            while let frame = frames.last {
                let node = frame.node
                if frame.child < successors[node].count {
                    frames[frames.count - 1].child += 1
                    let successor = successors[node][frame.child]
                    if index[successor] < 0 {
                        index[successor] = next
                        low[successor] = next
                        next += 1
                        stack.append(successor)
                        onStack[successor] = true
                        frames.append((successor, 0))
                    } else if onStack[successor] {
                        low[node] = min(low[node], index[successor])
                    }
                    continue
                }
                frames.removeLast()
                if let parent = frames.last?.node { low[parent] = min(low[parent], low[node]) }
                if low[node] == index[node] {
                    while let member = stack.popLast() {
                        onStack[member] = false
                        component[member] = components
                        if member == node { break }
                    }
                    components += 1
                }
            }
        }
        return component
    }
}
