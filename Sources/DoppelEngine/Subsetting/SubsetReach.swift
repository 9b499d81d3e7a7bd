import DoppelCore
import DoppelPolicy

/// Which tables a policy's `subset:` reaches, and through which foreign keys, decided from the schema and the
/// policy before a row is read.
///
/// - **Start** tables hold the rows the start points pick.
/// - **Child** tables are reached down from them: rows referencing kept rows follow, as the parent's
///   `children:` says, up to `depth:` references from a start table.
/// - **Parent** tables are reached up from any of those: a kept row keeps every row it references, through
///   every foreign key, so the subset has no orphan. Their other rows stay out (`keep_rows: all` keeps them).
/// - **Dependent** tables are reached by none of this but reference a table that is: they keep the rows
///   whose parents are all kept, and none that references a start or child table (whose children, had they
///   been wanted, would have followed: `children: none` and `depth:` keep them out).
///
/// Every other table is copied whole. Tables in mode `empty`, `skip` or `synthesize` take no part: rows that
/// reference an empty or skipped table are dropped by the source query as before (``RowFilter``).
struct SubsetReach {
    /// How a table takes part in the subset.
    enum Role: String {
        case start, child, parent, dependent
    }

    /// A foreign key of a subset table into a subset table: what membership reads of a row.
    struct Reference {
        /// The referencing columns, as positions among the extra columns of the table's query.
        var positions: [Int]
        /// The referenced table.
        var parent: String
        /// Which of the parent's key sets it references.
        var keySet: Int
        /// Whether rows referencing a kept parent row are kept too (down from a start table).
        var followed: Bool
        /// With `children: { percent: N }` of the parent: the keyed share of such rows kept.
        var childPercent: Double?
        /// For a dependent table: the parent is a start or child table whose children do not follow this far
        /// (`children: none`, or past `depth`), so a row referencing it is not kept.
        var blocks = false
        /// A condition on alias `t0`: the row references one of the parent's rows at the addresses that replace
        /// ``SubsetReach/addressToken``; nil when the source cannot address the parent's rows.
        var parentAtAddresses: String?
    }

    /// A foreign key into a table from a reached table: the condition that a row is referenced by that table's
    /// rows at some addresses.
    struct Referrer {
        /// The referencing (reached) table.
        var child: String
        /// A condition on alias `t0`: the row is referenced by one of the child's rows at the addresses that replace
        /// ``SubsetReach/addressToken``.
        var referencedAtAddresses: String
    }

    /// One subset table.
    struct Member {
        var table: Table
        /// Its roles: a start table may be a child and a parent too.
        var roles: Set<Role>
        /// The column sets other subset tables reference (usually just the primary key): each gets a set of
        /// the kept rows' values, as keyed hashes.
        var keySets: [[String]]
        /// Positions of each key set's columns among the extra columns.
        var keySetPositions: [[Int]]
        /// Foreign keys into subset tables.
        var references: [Reference]
        /// The start point, when the table is one.
        var start: SubsetSpec.StartPoint?
        /// Position of the start condition's result (1 or 0) among the extra columns, when it has one.
        var startFlagPosition: Int?
        /// Positions of the columns a sample is drawn by (the primary key, else a unique key, else every column).
        var samplePositions: [Int]
        /// The expressions on alias `t0` the table's queries select after the written columns.
        var extraSelect: [String]
        /// Whether every row is kept (`keep_rows: all`).
        var keepsAllRows: Bool
        /// The query the closure reads the table by: the extra columns alone, with the source-side filters.
        var scanSQL: String
        /// Position of the row's address among the extra columns, when the source names rows (``RowAddressing``).
        var addressPosition: Int?
        /// ``scanSQL`` with ``SubsetReach/narrowToken`` standing in for a condition that narrows the read to the
        /// rows that can be kept; nil when the source cannot address rows.
        var narrowedScanSQL: String?
        /// The reached tables referencing this one, each with the condition that a row is referenced by some of
        /// their rows; nil when one of them cannot be addressed (the table is then read in full on the way up).
        var referrers: [Referrer]?

        var isDownward: Bool { roles.contains(.start) || roles.contains(.child) }
        var isReached: Bool { !roles.contains(.dependent) }
    }

    let spec: SubsetSpec
    /// Subset tables by name.
    private(set) var members: [String: Member] = [:]
    /// Subset table names, parents before children (the write order). Every other copied table is copied whole.
    private(set) var order: [String] = []

    /// Stands in a table's query for the condition that selects its kept rows by address (``TableStep/addressedSQL``).
    static let addressToken = "(/*doppel:kept-row-addresses*/ 1 = 1)"
    /// Stands in a table's closure query for the condition that narrows it to the rows that can be kept.
    static let narrowToken = "(/*doppel:narrowed-to*/ 1 = 1)"

    /// - Parameter filter: the plan's source-side filters (rows referencing an empty or skipped table).
    /// - Parameter addressing: how the source names rows, to read the kept ones back directly; nil reads every row again.
    init(spec: SubsetSpec, filter: RowFilter, addressing: (any RowAddressing)? = nil) {
        let (schema, policy, dialect, graph) = (filter.schema, filter.policy, filter.dialect, filter.graph)
        self.spec = spec
        let copied = Set(schema.tables.filter { (policy.table(named: $0.name)?.mode ?? .mask) == .mask }.map(\.name))
        func children(of table: String) -> SubsetChildren { policy.table(named: table)?.children ?? spec.children }
        // Whether rows referencing kept rows of `parent`, `depth` references down from a start table, follow them.
        func follows(_ parent: String, depth: Int) -> Bool {
            children(of: parent) != .none && spec.depth.map { depth < $0 } ?? true
        }

        // Down from the start tables, breadth first, so each table gets its smallest depth.
        var depths: [String: Int] = [:]
        var queue: [String] = []
        for start in spec.starts where copied.contains(start.table) && depths[start.table] == nil {
            depths[start.table] = 0
            queue.append(start.table)
        }
        var head = 0
        while head < queue.count {
            let parent = queue[head]
            head += 1
            guard let depth = depths[parent], follows(parent, depth: depth) else { continue }
            for child in schema.tables where copied.contains(child.name) && depths[child.name] == nil {
                if child.foreignKeys.contains(where: { $0.referencedTable == parent }) {
                    depths[child.name] = depth + 1
                    queue.append(child.name)
                }
            }
        }
        // Up from every reached table: whatever a kept row references is kept.
        var reached = Set(depths.keys)
        var frontier = Array(reached)
        while let name = frontier.popLast() {
            for key in schema.table(named: name)?.foreignKeys ?? [] where copied.contains(key.referencedTable) {
                if reached.insert(key.referencedTable).inserted { frontier.append(key.referencedTable) }
            }
        }
        // Tables referencing a subset table, directly or through each other, keep the rows whose parents are kept.
        var dependent = Set<String>()
        var changed = true
        while changed {
            changed = false
            for table in schema.tables where copied.contains(table.name) && !reached.contains(table.name) && !dependent.contains(table.name) {
                if table.foreignKeys.contains(where: { reached.contains($0.referencedTable) || dependent.contains($0.referencedTable) }) {
                    dependent.insert(table.name)
                    changed = true
                }
            }
        }
        let managed = reached.union(dependent)

        // Key sets: the column sets foreign keys between subset tables reference.
        var keySets: [String: [[String]]] = [:]
        for name in managed {
            guard let table = schema.table(named: name) else { continue }
            for key in table.foreignKeys where managed.contains(key.referencedTable) {
                guard let parent = schema.table(named: key.referencedTable) else { continue }
                let columns = parent.referencedColumns(of: key)
                if !(keySets[parent.name] ?? []).contains(columns) { keySets[parent.name, default: []].append(columns) }
            }
        }
        let startNames = Set(spec.starts.map(\.table))
        for name in graph.order where managed.contains(name) {
            guard let table = schema.table(named: name) else { continue }
            var extra: [String] = []
            var positions: [String: Int] = [:]
            func position(of column: String) -> Int {
                if let known = positions[column] { return known }
                positions[column] = extra.count
                extra.append("t0.\(dialect.quote(column)) AS doppel_s\(extra.count)")
                return extra.count - 1
            }
            var roles = Set<Role>()
            if dependent.contains(name) { roles.insert(.dependent) } else {
                if startNames.contains(name) { roles.insert(.start) }
                if depths[name].map({ $0 > 0 }) == true { roles.insert(.child) }
                if schema.tables.contains(where: { other in
                    reached.contains(other.name) && other.foreignKeys.contains { $0.referencedTable == name && (other.name != name) }
                }) {
                    roles.insert(.parent)
                }
            }
            let start = roles.contains(.start) ? spec.start(of: name) : nil
            var startFlagPosition: Int?
            if let whereSQL = start?.whereSQL {
                startFlagPosition = extra.count
                extra.append("CASE WHEN (\(whereSQL)) THEN 1 ELSE 0 END AS doppel_s\(extra.count)")
            }
            var addressPosition: Int?
            if let expression = addressing?.addressExpression(for: table, alias: "t0") {
                addressPosition = extra.count
                extra.append("\(expression) AS doppel_s\(extra.count)")
            }
            let ownKeySets = keySets[name] ?? []
            let keySetPositions = ownKeySets.map { $0.map(position(of:)) }
            var references: [Reference] = []
            for key in table.foreignKeys where managed.contains(key.referencedTable) {
                guard let parent = schema.table(named: key.referencedTable),
                    let keySet = keySets[parent.name]?.firstIndex(of: parent.referencedColumns(of: key))
                else { continue }
                // Kept rows are carried down into a downward table that lets its children follow, within the depth.
                let followed = !dependent.contains(name) && depths[parent.name].map { follows(parent.name, depth: $0) } == true
                var percent: Double?
                if followed, case .percent(let share) = children(of: parent.name) { percent = share }
                var parentAtAddresses: String?
                if addressing?.addressExpression(for: parent, alias: "p") != nil {
                    parentAtAddresses = Self.inSubquery(
                        columns: key.columns, of: "t0", selecting: parent.referencedColumns(of: key), from: parent, alias: "p", dialect: dialect)
                }
                references.append(Reference(
                    positions: key.columns.map(position(of:)), parent: parent.name, keySet: keySet, followed: followed, childPercent: percent,
                    blocks: dependent.contains(name) && depths[parent.name] != nil, parentAtAddresses: parentAtAddresses))
            }
            var samplePositions: [Int] = []
            if start?.sample != nil || references.contains(where: { $0.childPercent != nil }) {
                let identity = !table.primaryKey.isEmpty ? table.primaryKey : table.uniqueKeys.first ?? table.storedColumns.map(\.name)
                samplePositions = identity.map(position(of:))
            }
            members[name] = Member(
                table: table, roles: roles, keySets: ownKeySets, keySetPositions: keySetPositions, references: references, start: start,
                startFlagPosition: startFlagPosition, samplePositions: samplePositions, extraSelect: extra,
                keepsAllRows: !dependent.contains(name) && policy.table(named: name)?.keepsAllRows == true,
                scanSQL: filter.query(for: table, columns: [], extraSelect: extra).sql, addressPosition: addressPosition,
                narrowedScanSQL: addressPosition == nil ? nil : filter.query(for: table, columns: [], extraSelect: extra, extraCondition: Self.narrowToken).sql,
                referrers: referrers(of: table, reached: reached, schema: schema, dialect: dialect, addressing: addressing))
            order.append(name)
        }
    }

    /// The reached tables referencing `table`, each with the condition that a row of `table` is referenced by
    /// some of their rows; nil when one of them cannot be addressed.
    private func referrers(of table: Table, reached: Set<String>, schema: Schema, dialect: any SQLDialect, addressing: (any RowAddressing)?) -> [Referrer]? {
        guard let addressing else { return nil }
        var found: [Referrer] = []
        for child in schema.tables where reached.contains(child.name) {
            for key in child.foreignKeys where key.referencedTable == table.name {
                guard addressing.addressExpression(for: child, alias: "c") != nil else { return nil }
                found.append(Referrer(
                    child: child.name,
                    referencedAtAddresses: Self.inSubquery(
                        columns: table.referencedColumns(of: key), of: "t0", selecting: key.columns, from: child, alias: "c", dialect: dialect)))
            }
        }
        return found
    }

    /// `(t0.a, t0.b) IN (SELECT p.x, p.y FROM parent AS p WHERE <addressToken>)`.
    private static func inSubquery(
        columns: [String], of alias: String, selecting selected: [String], from table: Table, alias inner: String, dialect: any SQLDialect
    ) -> String {
        let left = columns.map { "\(alias).\(dialect.quote($0))" }.joined(separator: ", ")
        let right = selected.map { "\(inner).\(dialect.quote($0))" }.joined(separator: ", ")
        return (columns.count == 1 ? left : "(\(left))") + " IN (SELECT \(right) FROM \(dialect.from(table: table)) AS \(inner) WHERE \(addressToken))"
    }
}
