import DoppelCore
import DoppelFakers
import DoppelPolicy
import Foundation
import HeapModule

/// Computes which rows a subset keeps, reading the source in its snapshot, before the first row is written.
///
/// Three passes over the subset tables, each repeated until nothing more is added (cycles, self-references):
/// 1. **Down**, parents before children: rows a start point picks, then rows referencing kept rows of a table
///    whose children follow.
/// 2. **Up**, children before parents: every row a kept row references, through every foreign key.
/// 3. **Dependent** tables, parents first: rows whose parents are all kept (in a cycle, the largest such set).
///
/// Kept rows are known by keyed 64-bit hashes of the keys other tables reference (``SubsetKeyHasher``): in
/// memory, 8 bytes a kept row and key set once sorted, whatever the size of the tables read. Each query is the
/// source's own (the plan's filters included), so readers and closure agree row for row.
final class SubsetClosure {
    /// A growing set of key hashes, shared by reference while the closure runs: in memory while the closure's
    /// budget lasts, then in a file (``SpilledHashes``).
    final class GrowingHashes: KeyHashes {
        fileprivate(set) var memory = Set<UInt64>()
        private(set) var spilled: SpilledHashes?
        // The budget lists its sets; unowned breaks the cycle (the closure holds both while either is used).
        private unowned let budget: KeyBudget

        init(budget: KeyBudget) {
            self.budget = budget
            budget.sets.append(self)
        }

        func contains(_ hash: UInt64) -> Bool { spilled?.contains(hash) ?? memory.contains(hash) }

        /// Adds `hash`; whether it was not there yet. Past the budget, the largest set in memory moves to the file.
        @discardableResult func insert(_ hash: UInt64) throws -> Bool {
            if let spilled { return try spilled.insert(hash) }
            guard memory.insert(hash).inserted else { return false }
            budget.used += 1
            if budget.used > budget.limit { try budget.spillLargest() }
            return true
        }

        fileprivate func spill(into file: SpilledHashesFile) throws {
            let set = try file.makeSet()
            for hash in memory { try set.insert(hash) }
            budget.used -= memory.count
            memory = []
            spilled = set
        }

        /// Gives the set's memory back to the budget (a set the closure no longer asks).
        func discard() {
            budget.used -= memory.count
            memory = []
            budget.sets.removeAll { $0 === self }
        }

        /// The set as readers ask it: sorted in memory (8 bytes a key), or where it was spilled.
        fileprivate func finished() -> FinishedHashes {
            if let spilled { return .spilled(spilled) }
            var hashes = SortedHashes()
            hashes.reserve(memory.count)
            for hash in memory { hashes.insert(hash) }
            hashes.seal()
            budget.used -= memory.count
            memory = []
            return .sorted(hashes)
        }
    }

    /// How many key hashes the closure holds in memory across its sets, and the file the rest goes to.
    final class KeyBudget {
        let limit: Int
        var used = 0
        var sets: [GrowingHashes] = []
        private var file: SpilledHashesFile?
        /// Sets moved to the file.
        private(set) var spills = 0

        init(limit: Int) {
            self.limit = limit
        }

        func spillLargest() throws {
            guard let largest = sets.filter({ $0.spilled == nil }).max(by: { $0.memory.count < $1.memory.count }), !largest.memory.isEmpty else { return }
            if file == nil { file = try SpilledHashesFile() }
            if let file { try largest.spill(into: file) }
            spills += 1
        }
    }

    private let reach: SubsetReach
    private let source: any SourceDatabase
    private let hasher: SubsetKeyHasher
    /// Key hashes of the rows kept on the way down, per table and key set.
    private var full: [String: [GrowingHashes]] = [:]
    /// Key hashes of every kept row, per table and key set.
    private var kept: [String: [GrowingHashes]] = [:]
    /// Bumped when a table's `full` set grows (its followed children must be read again).
    private var fullVersion: [String: Int] = [:]
    /// Bumped when a table's `kept` set grows by a reference (its own parents must be read again).
    private var keptVersion: [String: Int] = [:]
    private var startThresholds: [String: UInt64] = [:]
    private var counts: [String: SubsetTableCount] = [:]
    /// The addresses of each addressable table's kept rows, as its last read found them.
    private var addresses: [String: [UInt64]] = [:]
    private let addressing: (any RowAddressing)?
    private var scratch: [UInt8] = []
    /// Table reads, for the summary.
    private(set) var scans = 0

    private let budget: KeyBudget

    /// - Parameter keysInMemory: how many key hashes the closure holds in memory (about 20 bytes each while it
    ///   runs, 8 once sorted); past it, the largest sets move to a temporary file.
    init(reach: SubsetReach, source: any SourceDatabase, seed: UInt64, keysInMemory: Int = SubsetClosure.defaultKeysInMemory) {
        self.reach = reach
        self.source = source
        self.hasher = SubsetKeyHasher(seed: seed)
        self.addressing = source.rowAddressing
        let budget = KeyBudget(limit: keysInMemory)
        self.budget = budget
        for (name, member) in reach.members {
            kept[name] = member.keySets.map { _ in GrowingHashes(budget: budget) }
            full[name] = member.keySets.map { _ in GrowingHashes(budget: budget) }
        }
    }

    /// Eight million keys: about 160 MB while the closure runs.
    static let defaultKeysInMemory = 8_000_000

    /// The most addresses kept of one table's rows (8 bytes each): a quarter of the key budget, at most what one
    /// query takes. A table keeping more is read again in full, with the membership test.
    private var addressLimit: Int { min(ClonePlan.maximumAddressesPerQuery, max(1, budget.limit / 4)) }

    /// Runs the three passes; the selection readers filter by.
    func run() throws -> SubsetSelection {
        try sampleStarts()
        try passDown()
        try passUp()
        try passDependents()
        return selection()
    }

    // MARK: Start points

    /// The largest draw of each start point that keeps a share: `percent` directly, `rows` from the smallest
    /// draws among the rows its `where` picks (a bounded heap of that many).
    private func sampleStarts() throws {
        for name in reach.order {
            guard let member = reach.members[name], let sample = member.start?.sample else { continue }
            switch sample {
            case .percent(let percent):
                startThresholds[name] = SubsetKeyHasher.threshold(percent: percent)
            case .rows(let rows):
                var heap = Heap<UInt64>()
                scans += 1
                try source.scan(unsafeSQL: member.scanSQL) { row in
                    if let flag = member.startFlagPosition, row[flag] != .integer(1) { return }
                    let draw = hasher.sample(row, base: 0, positions: member.samplePositions, table: name, scratch: &scratch)
                    if heap.count < rows {
                        heap.insert(draw)
                    } else if let largest = heap.max, draw < largest {
                        heap.replaceMax(with: draw)
                    }
                }
                startThresholds[name] = heap.count < rows ? .max : heap.max ?? .max
            }
        }
    }

    // MARK: Passes

    private func passDown() throws {
        let downward = reach.order.filter { reach.members[$0]?.isDownward == true }
        var seen: [String: [String: Int]] = [:]
        var progress = true
        while progress {
            progress = false
            for name in downward {
                guard let member = reach.members[name] else { continue }
                let parents = Set(member.references.filter(\.followed).map(\.parent))
                let versions = Dictionary(uniqueKeysWithValues: parents.map { ($0, fullVersion[$0, default: 0]) })
                guard seen[name] != versions else { continue }
                seen[name] = versions
                progress = true
                try read(member, down: true)
            }
        }
    }

    private func passUp() throws {
        let reached = reach.order.reversed().filter { reach.members[$0]?.isReached == true }
        var seen: [String: Int] = [:]
        var progress = true
        while progress {
            progress = false
            for name in reached {
                guard let member = reach.members[name] else { continue }
                let version = keptVersion[name, default: 0]
                guard seen[name] != version, version > 0 || member.keepsAllRows else { continue }
                seen[name] = version
                progress = true
                try read(member, down: false)
            }
        }
    }

    /// Reads a reached table: on the way down, keeps the rows that come down and records their keys as
    /// followed; on the way up, keeps every row the test keeps. Either way each kept row's parents are kept.
    private func read(_ member: SubsetReach.Member, down: Bool) throws {
        let name = member.table.name
        let test = rowTest(for: member, full: { self.full[$0]?[$1] }, kept: { self.kept[$0]?[$1] })
        let ownFull = full[name] ?? []
        let ownKept = kept[name] ?? []
        var count = SubsetTableCount()
        var fullGrew = false
        var found = AddressList(position: member.addressPosition, addressing: addressing, limit: addressLimit)
        let narrowed = narrowedQuery(for: member, down: down)
        count.narrowed = narrowed != nil
        scans += 1
        try source.scan(unsafeSQL: narrowed ?? member.scanSQL) { row in
            count.read += 1
            // On the way up, every row kept on the way down has its keys kept already (each downward table was read
            // last with its parents' final sets): the membership test decides alone, and the rows it drops cost no
            // more. Start and down are asked of the kept rows only, for the counts.
            if !down, !test.keepsReached(row, base: 0, scratch: &scratch) { return }
            let isStart = test.isStartRow(row, base: 0, scratch: &scratch)
            let isDown = isStart || test.isFollowed(row, base: 0, scratch: &scratch)
            if down, !isDown { return }
            count.add(start: isStart, down: isDown)
            found.add(row)
            for (index, positions) in member.keySetPositions.enumerated() {
                guard let hash = hasher.key(row, base: 0, positions: positions, scratch: &scratch) else { continue }
                if down, try ownFull[index].insert(hash) { fullGrew = true }
                try ownKept[index].insert(hash)
            }
            for reference in member.references {
                guard let hash = hasher.key(row, base: 0, positions: reference.positions, scratch: &scratch),
                    try kept[reference.parent]?[reference.keySet].insert(hash) == true
                else { continue }
                keptVersion[reference.parent, default: 0] += 1
            }
        }
        if fullGrew { fullVersion[name, default: 0] += 1 }
        counts[name] = count
        addresses[name] = found.addresses
    }

    /// At most this many addresses go into one narrowed read. Past a few hundred thousand, PostgreSQL may
    /// test `ctid = ANY(…)` row by row inside the semi-join (seen: minutes for 1.7 million), where reading the
    /// table is seconds.
    static let maximumNarrowingAddresses = 200_000

    /// The table's closure query narrowed, in the source, to the rows that can be kept, when the source addresses
    /// rows: on the way down, the rows its start condition picks and the rows referencing kept rows of its followed
    /// parents (by their addresses); on the way up, its own kept rows and the rows its referrers' kept rows reference.
    /// The source then reads them by its indexes instead of the whole table. Nil reads the whole table.
    private func narrowedQuery(for member: SubsetReach.Member, down: Bool) -> String? {
        guard let addressing, let template = member.narrowedScanSQL else { return nil }
        let name = member.table.name
        var conditions: [String] = []
        var total = 0
        // The addresses of a table's kept rows, when a narrowing can use them: none for a table not read yet (it keeps
        // nothing so far: it is read, and this table again, once it does); nil when they were not all kept (too
        // many) or are not selective (more than a quarter of the rows they were read from).
        func kept(_ table: String) -> [UInt64]? {
            guard let count = counts[table] else { return [] }
            guard let found = addresses[table], count.isSelective(keeping: found.count) else { return nil }
            return found
        }
        func selecting(_ addresses: [UInt64], alias: String, in condition: String) {
            guard !addresses.isEmpty else { return }
            total += addresses.count
            conditions.append(condition.replacingOccurrences(of: SubsetReach.addressToken, with: addressing.condition(selecting: addresses, alias: alias)))
        }
        if down {
            if let start = member.start {
                // A sample without a condition may pick any row.
                guard let whereSQL = start.whereSQL else { return nil }
                conditions.append("(\(whereSQL))")
            }
            for reference in member.references where reference.followed {
                guard reference.parent != name, let condition = reference.parentAtAddresses, let parentRows = kept(reference.parent) else { return nil }
                selecting(parentRows, alias: "p", in: condition)
            }
        } else {
            guard !member.keepsAllRows, let referrers = member.referrers, let own = kept(name) else { return nil }
            if !own.isEmpty {
                total += own.count
                conditions.append(addressing.condition(selecting: own.sorted(), alias: "t0"))
            }
            for referrer in referrers {
                guard let childRows = kept(referrer.child) else { return nil }
                selecting(childRows.sorted(), alias: "c", in: referrer.referencedAtAddresses)
            }
        }
        guard total <= Self.maximumNarrowingAddresses else { return nil }
        let condition = conditions.isEmpty ? "1 = 0" : "(" + conditions.joined(separator: " OR ") + ")"
        return template.replacingOccurrences(of: SubsetReach.narrowToken, with: condition)
    }

    /// Dependent tables, parents first. A group of them in a cycle (or one referencing itself) keeps the largest set
    /// of rows whose parents are all kept: first ignoring the references inside the group, then asking them of the
    /// previous round's rows until a round keeps as many as the one before.
    private func passDependents() throws {
        var done = Set<String>()
        for name in reach.order where reach.members[name]?.roles.contains(.dependent) == true && !done.contains(name) {
            let group = dependentGroup(of: name)
            done.formUnion(group)
            let members = reach.order.filter(group.contains).compactMap { reach.members[$0] }
            let cyclic = members.contains { member in member.references.contains { group.contains($0.parent) } }
            var previous: [String: [GrowingHashes]]?
            var previousTotal: Int64 = -1
            while true {
                var next: [String: [GrowingHashes]] = [:]
                var total: Int64 = 0
                for member in members {
                    let sets = member.keySets.map { _ in GrowingHashes(budget: budget) }
                    next[member.table.name] = sets
                    let test = rowTest(for: member, full: { _, _ in nil }) { table, keySet -> GrowingHashes? in
                        if group.contains(table) { return previous?[table]?[keySet] ?? (cyclic ? nil : next[table]?[keySet]) }
                        return self.kept[table]?[keySet]
                    }
                    var count = SubsetTableCount()
                    var found = AddressList(position: member.addressPosition, addressing: addressing, limit: addressLimit)
                    scans += 1
                    try source.scan(unsafeSQL: member.scanSQL) { row in
                        count.read += 1
                        guard test.keepsDependent(row, base: 0, scratch: &scratch) else { return }
                        count.add(start: false, down: false)
                        found.add(row)
                        for (index, positions) in member.keySetPositions.enumerated() {
                            if let hash = hasher.key(row, base: 0, positions: positions, scratch: &scratch) { try sets[index].insert(hash) }
                        }
                    }
                    counts[member.table.name] = count
                    addresses[member.table.name] = found.addresses
                    total += count.kept
                }
                for (table, sets) in next {
                    for old in kept[table] ?? [] { old.discard() }
                    kept[table] = sets
                }
                if !cyclic || total == previousTotal { break }
                previous = next
                previousTotal = total
            }
        }
    }

    /// The dependent tables in a cycle of references with `name` (just `name` when there is none).
    private func dependentGroup(of name: String) -> Set<String> {
        let dependents = Set(reach.order.filter { reach.members[$0]?.roles.contains(.dependent) == true })
        func reachable(from start: String, parents: Bool) -> Set<String> {
            var found: Set<String> = [start]
            var stack = [start]
            while let table = stack.popLast() {
                let next: [String] = parents
                    ? (reach.members[table]?.references.map(\.parent) ?? [])
                    : dependents.filter { child in reach.members[child]?.references.contains { $0.parent == table } == true }
                for other in next where dependents.contains(other) && found.insert(other).inserted { stack.append(other) }
            }
            return found
        }
        return reachable(from: name, parents: true).intersection(reachable(from: name, parents: false))
    }

    // MARK: Tests and the result

    /// The row test of a table over the given sets (nil: a set that does not exist yet, which holds nothing).
    private func rowTest<Hashes: KeyHashes>(
        for member: SubsetReach.Member, full: (String, Int) -> Hashes?, kept: (String, Int) -> Hashes?
    ) -> SubsetRowTest<Hashes> {
        let name = member.table.name
        var test = SubsetRowTest<Hashes>(table: name, hasher: hasher)
        test.samplePositions = member.samplePositions
        test.keepsAllRows = member.keepsAllRows
        if member.start != nil {
            test.isStart = true
            test.startFlag = member.startFlagPosition
            test.startThreshold = startThresholds[name]
        }
        for reference in member.references {
            if reference.blocks {
                test.mustBeNull.append(reference.positions)
            } else if member.roles.contains(.dependent) {
                // A parent set that does not exist yet (the first round of a cycle) asks nothing.
                if let hashes = kept(reference.parent, reference.keySet) {
                    test.required.append(.init(positions: reference.positions, hashes: hashes))
                }
            } else if reference.followed, let hashes = full(reference.parent, reference.keySet) {
                test.followed.append(.init(
                    positions: reference.positions, hashes: hashes, threshold: reference.childPercent.map(SubsetKeyHasher.threshold(percent:))))
            }
        }
        for (index, positions) in member.keySetPositions.enumerated() {
            if let hashes = kept(name, index) { test.ownKeys.append(.init(positions: positions, hashes: hashes)) }
        }
        return test
    }

    /// The final sets, sorted (8 bytes a member) or spilled, in the tests readers ask.
    private func selection() -> SubsetSelection {
        var sortedKept: [String: [FinishedHashes]] = [:]
        var sortedFull: [String: [FinishedHashes]] = [:]
        func sorted(_ sets: [GrowingHashes]) -> [FinishedHashes] {
            sets.map { $0.finished() }
        }
        // Followed sets are asked only of rows without a key of their own; other rows' keys say it.
        let neededFull = Set(reach.members.values.filter { !$0.roles.contains(.dependent) }.flatMap { member in
            member.references.filter(\.followed).map(\.parent)
        })
        for name in neededFull { if let sets = full[name] { sortedFull[name] = sorted(sets) } }
        for sets in full.values { for set in sets { set.discard() } }
        full = [:]
        for (name, sets) in kept { sortedKept[name] = sorted(sets) }
        kept = [:]
        var memberships: [String: SubsetMembership] = [:]
        for (name, member) in reach.members {
            let test = rowTest(for: member, full: { sortedFull[$0]?[$1] }, kept: { sortedKept[$0]?[$1] })
            memberships[name] = SubsetMembership(isDependent: member.roles.contains(.dependent), test: test)
        }
        var selection = SubsetSelection(memberships: memberships, counts: counts, scans: scans)
        selection.spilledSets = budget.spills
        for (name, member) in reach.members where member.addressPosition != nil {
            // A table no pass read keeps no row.
            selection.addresses[name] = counts[name] == nil ? [] : addresses[name]?.sorted()
        }
        return selection
    }

    /// The addresses of the rows a read keeps; nil once a row has none the source can read back by.
    private struct AddressList {
        let position: Int?
        let addressing: (any RowAddressing)?
        let limit: Int
        private(set) var addresses: [UInt64]?

        init(position: Int?, addressing: (any RowAddressing)?, limit: Int) {
            self.position = position
            self.addressing = addressing
            self.limit = limit
            addresses = position != nil && addressing != nil ? [] : nil
        }

        mutating func add(_ row: [Value]) {
            guard let count = addresses?.count, count < limit, let position,
                let address = addressing?.packedAddress(row[position])
            else {
                addresses = nil
                return
            }
            addresses?.append(address)
        }
    }
}

/// Rows a subset keeps of one table, as the closure counted them.
struct SubsetTableCount: Sendable, Equatable {
    /// Rows kept.
    var kept: Int64 = 0
    /// Rows its start point picks.
    var start: Int64 = 0
    /// Rows kept on the way down (start rows included).
    var down: Int64 = 0
    /// Rows read (the table's rows, but those the source query drops).
    var read: Int64 = 0
    /// Whether the last read was narrowed in the source to the rows that could be kept (``read`` counts those).
    var narrowed = false

    /// Whether `rows` of them are few enough to read by address: at most a quarter of the rows read, or any number
    /// when the read was narrowed to the rows that could be kept.
    func isSelective(keeping rows: Int) -> Bool {
        narrowed || read == 0 || Int64(rows) * 4 <= read
    }

    mutating func add(start isStart: Bool, down isDown: Bool) {
        kept += 1
        if isStart { start += 1 }
        if isDown { down += 1 }
    }
}

/// Whether a row of one subset table is kept, asked by its readers (of the extra columns after the written ones).
struct SubsetMembership: Sendable {
    let isDependent: Bool
    let test: SubsetRowTest<FinishedHashes>

    func keeps(_ row: [Value], base: Int, scratch: inout [UInt8]) -> Bool {
        isDependent ? test.keepsDependent(row, base: base, scratch: &scratch) : test.keepsReached(row, base: base, scratch: &scratch)
    }
}

/// What the closure found: each subset table's membership and counts.
struct SubsetSelection: Sendable {
    var memberships: [String: SubsetMembership]
    var counts: [String: SubsetTableCount]
    /// Table reads the closure took.
    var scans: Int
    /// The addresses of the kept rows of the tables whose rows the source names (sorted); see ``ClonePlan/readingKeptRowsByAddress(using:)``.
    var addresses: [String: [UInt64]] = [:]
    /// Key sets that outgrew the closure's memory budget and were read from a temporary file.
    var spilledSets = 0
    /// For a dry run: the bytes the copied tables take in the source with their indexes, and the share of them the
    /// subset keeps (each table's bytes in proportion to its rows kept); nil when the source does not say.
    var estimatedBytes: (source: Int64, kept: Int64)?

    init(memberships: [String: SubsetMembership], counts: [String: SubsetTableCount], scans: Int) {
        self.memberships = memberships
        self.counts = counts
        self.scans = scans
    }

    /// ``estimatedBytes`` for `plan`'s copied tables, from the source's sizes and row counts.
    static func estimate(plan: ClonePlan, counts: [String: SubsetTableCount], source: any SourceDatabase) throws -> (source: Int64, kept: Int64)? {
        var total: Int64 = 0
        var kept: Double = 0
        for step in plan.steps where step.mode == .mask {
            guard let bytes = try source.storedBytes(of: step.table) else { return nil }
            total += bytes
            guard plan.subset?.members[step.table.name] != nil else {
                kept += Double(bytes)
                continue
            }
            guard let rows = step.sourceRows, rows > 0 else { continue }
            kept += Double(bytes) * Double(counts[step.table.name]?.kept ?? 0) / Double(rows)
        }
        return (total, Int64(kept))
    }
}

/// A finished set of key hashes: sorted in memory, or in the closure's temporary file.
enum FinishedHashes: KeyHashes, Sendable {
    case sorted(SortedHashes)
    case spilled(SpilledHashes)

    func contains(_ hash: UInt64) -> Bool {
        switch self {
        case .sorted(let hashes): hashes.contains(hash)
        case .spilled(let hashes): hashes.contains(hash)
        }
    }
}
