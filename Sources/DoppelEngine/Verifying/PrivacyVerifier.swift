import DoppelConnectors
public import DoppelCore
import DoppelFakers
import DoppelMasking
import DoppelPolicy
import Foundation

/// `doppel verify`: reads the source and the clone and proves, in counts, that no personal value of the
/// source reached the clone. Per personal column (one the policy marks `pii:`, or that inherits from one):
/// rows that kept their own value, values equal to any source value of the column (with how many a fake
/// would hit by chance), and for high-entropy kinds every cell of the clone, in any table and inside text,
/// JSON and arrays, that holds one of its source values.
///
/// Values are compared through a SipHash keyed at random for this run and never kept: memory holds one
/// 64-bit hash per distinct personal value, and per matched row one per personal column.
public enum PrivacyVerifier {
    /// Kinds a fake draws within the source row's own country (places agree): the world's lists say nothing of
    /// how often they meet a source value, so no chance is estimated for them.
    static let placeKinds: Set<FakeKind> = [.city, .state, .region, .country, .postcode]

    /// Kinds whose values identify a person on their own: one found anywhere in the clone is a leak.
    static let highEntropyKinds: Set<PIIKind> = [.email, .phone, .nationalID, .accountNumber, .streetAddress, .url, .username, .ipAddress]

    /// Verifies the clone at `target` of the source at `source`, made with the policy at `policyPath`.
    public static func verify(policyPath: String, source sourceURL: ConnectionURL, target targetURL: ConnectionURL) throws -> PrivacyReport {
        let source = try DatabaseOpener.openSource(sourceURL)
        let clone = try DatabaseOpener.openSource(targetURL, role: "target")
        let schema = try source.introspect(countingRows: false)
        let cloneSchema = try clone.introspect(countingRows: false)
        let loaded = try LoadedPolicy.load(path: policyPath, schema: schema)
        let plan = try ClonePlanner(schema: schema.leavingOut(Set(loaded.policy.leaveOut.map(\.label))), policy: loaded.policy, dialect: source.dialect, target: targetURL).plan()
        let hasher = SipHash(key: (UInt64.random(in: .min ... .max), UInt64.random(in: .min ... .max)))

        var findings: [PrivacyReport.ColumnFinding] = []
        var notChecked: [String] = []
        // Normalized high-entropy source values → the findings they belong to.
        var leakIndex: [UInt64: [Int]] = [:]
        for step in plan.steps where step.mode != .skip && step.mode != .empty {
            let personal = step.columns.compactMap { column -> (ColumnStep, PIIKind)? in
                guard let kind = kind(of: column, in: plan) else { return nil }
                return (column, kind)
            }
            guard !personal.isEmpty else { continue }
            guard let cloneTable = cloneSchema.table(named: step.table.name) else {
                notChecked += personal.map { "\(step.table.name).\($0.0.column.name): the clone has no table \(step.table.name)" }
                continue
            }
            let present = personal.filter { cloneTable.column(named: $0.0.column.name) != nil }
            notChecked += personal.filter { cloneTable.column(named: $0.0.column.name) == nil }.map { "\(step.table.name).\($0.0.column.name): the clone has no such column" }
            guard !present.isEmpty else { continue }
            // Rows match by a primary key the clone keeps as it is.
            let key = step.table.primaryKey
            let keyKept = !key.isEmpty && key.allSatisfy { name in step.columns.first { $0.column.name == name }?.keepsSourceValue ?? false }
            let dialect = source.dialect
            let columns = (keyKept ? key : []) + present.map(\.0.column.name)
            let select = "SELECT \(columns.map(dialect.quote).joined(separator: ", ")) FROM \(dialect.from(table: step.table))"
            let keyCount = keyKept ? key.count : 0

            // The source: per column the set of value hashes, per row (by key) the row's value hashes.
            var sourceValues = [Set<UInt64>](repeating: [], count: present.count)
            var sourceRows: [UInt64: [UInt64]] = [:]
            let first = findings.count
            try source.scan(unsafeSQL: select) { row in
                var own = [UInt64](repeating: 0, count: present.count)
                for (offset, (_, kind)) in present.enumerated() {
                    let value = row[keyCount + offset]
                    guard isCompared(value) else { continue }
                    // A value's canonical bytes are its text as SQL casts it: the same hash in either engine.
                    let hash = hasher.hash(value)
                    own[offset] = hash
                    sourceValues[offset].insert(hash)
                    if highEntropyKinds.contains(kind), let text = value.textRepresentation,
                       let normal = LeakCandidates.normalized(text, digitsOnly: kind == .phone)
                    {
                        let leakHash = hasher.hash(((kind == .phone ? "#" : "") + normal).utf8)
                        if leakIndex[leakHash]?.contains(first + offset) != true { leakIndex[leakHash, default: []].append(first + offset) }
                    }
                }
                if keyKept { sourceRows[rowKey(row, count: keyCount, hasher: hasher)] = own }
            }
            // The clone: own-row and same-column matches.
            var kept = [Int](repeating: 0, count: present.count)
            var equal = [Int](repeating: 0, count: present.count)
            var nonNull = [Int](repeating: 0, count: present.count)
            let cloneDialect = clone.dialect
            let cloneSelect = "SELECT \(columns.map(cloneDialect.quote).joined(separator: ", ")) FROM \(cloneDialect.from(table: cloneTable))"
            try clone.scan(unsafeSQL: cloneSelect) { row in
                let own = keyKept ? sourceRows[rowKey(row, count: keyCount, hasher: hasher)] : nil
                for offset in present.indices {
                    let value = row[keyCount + offset]
                    guard isCompared(value) else { continue }
                    nonNull[offset] += 1
                    let hash = hasher.hash(value)
                    if sourceValues[offset].contains(hash) { equal[offset] += 1 }
                    if let own, own[offset] == hash, own[offset] != 0 { kept[offset] += 1 }
                }
            }
            for (offset, (column, kind)) in present.enumerated() {
                findings.append(PrivacyReport.ColumnFinding(
                    column: "\(step.table.name).\(column.column.name)", kind: kind, rule: column.ruleName, highEntropy: highEntropyKinds.contains(kind),
                    keptOwnValue: keyKept ? kept[offset] : nil,
                    ownRowNote: keyKept ? nil : (key.isEmpty ? "the table has no primary key to match rows by" : "the primary key is masked, so rows cannot be matched"),
                    cloneValues: nonNull[offset], equalToASourceValue: equal[offset],
                    expectedByChance: expectedByChance(kind: kind, rule: column.ruleName, sourceValues: sourceValues[offset], cloneValues: nonNull[offset], hasher: hasher),
                    foundInClone: highEntropyKinds.contains(kind) ? 0 : nil, foundIn: []))
            }
        }

        // Every text cell of the clone, searched for high-entropy source values.
        var cells = 0
        if !leakIndex.isEmpty {
            for table in cloneSchema.tables {
                let textColumns = table.columns.filter { [.text, .json, .any].contains($0.logicalType) }
                guard !textColumns.isEmpty else { continue }
                let dialect = clone.dialect
                let select = "SELECT \(textColumns.map { dialect.quote($0.name) }.joined(separator: ", ")) FROM \(dialect.from(table: table))"
                try clone.scan(unsafeSQL: select) { row in
                    for (offset, value) in row.enumerated() {
                        guard case .text(let text) = value else { continue }
                        cells += 1
                        var hits = Set<Int>()
                        LeakCandidates.forEach(in: text) { candidate in
                            if let owners = leakIndex[hasher.hash(candidate.utf8)] { hits.formUnion(owners) }
                        }
                        for index in hits {
                            findings[index].foundInClone = (findings[index].foundInClone ?? 0) + 1
                            let place = "\(table.name).\(textColumns[offset].name)"
                            if findings[index].foundIn.count < 5, !findings[index].foundIn.contains(place) { findings[index].foundIn.append(place) }
                        }
                    }
                }
            }
        }
        return PrivacyReport(columns: findings, cellsScanned: cells, notChecked: notChecked)
    }

    /// The personal kind of a planned column: its own `pii:`, or the kind of the column it inherits from.
    static func kind(of column: ColumnStep, in plan: ClonePlan) -> PIIKind? {
        if let kind = column.policy.pii { return kind }
        guard let parent = column.inheritedFrom, let dot = parent.lastIndex(of: ".") else { return nil }
        let table = String(parent[..<dot]), name = String(parent[parent.index(after: dot)...])
        return plan.steps.first { $0.table.name == table }?.columns.first { $0.column.name == name }?.policy.pii
    }

    /// Whether a value takes part in the comparison: NULLs and blobs (which have no text) do not.
    static func isCompared(_ value: Value) -> Bool {
        switch value {
        case .null, .blob: return false
        case .integer, .real, .text: return true
        }
    }

    static func rowKey(_ row: [Value], count: Int, hasher: SipHash) -> UInt64 {
        var bytes: [UInt8] = []
        for value in row.prefix(count) {
            value.withCanonicalBytes { bytes.append(contentsOf: $0) }
            bytes.append(0x1F)
        }
        return hasher.hash(bytes)
    }

    /// How many of `cloneValues` fakes drawn from the kind's list would equal some source value by chance:
    /// their count times the weight of the list's items found in the source. Nil when the fake is not drawn
    /// from a list (its chance of a hit is negligible or not known).
    static func expectedByChance(kind: PIIKind, rule: String, sourceValues: Set<UInt64>, cloneValues: Int, hasher: SipHash) -> Double? {
        guard rule == "fake", let fakeKind = FakeKind(pii: kind.rawValue), !placeKinds.contains(fakeKind), let data = try? FakerData.shared() else { return nil }
        func share(of list: WeightedList) -> Double {
            var hit: UInt64 = 0, total: UInt64 = 0
            for (item, weight) in zip(list.items, list.weights) {
                total += weight
                if sourceValues.contains(hasher.hash(item.utf8)) { hit += weight }
            }
            return total == 0 ? 0 : Double(hit) / Double(total)
        }
        if fakeKind == .firstName {
            return Double(cloneValues) * (share(of: data.femaleFirstNames) + share(of: data.maleFirstNames)) / 2
        }
        guard let list = Faker.list(of: fakeKind, in: data) else { return nil }
        return Double(cloneValues) * share(of: list)
    }
}
