package import DoppelCore
import Foundation

/// How close a clone or synthetic copy is to its source, with SDMetrics' multi-table QualityReport
/// definitions (sdmetrics 0.32) so the figures compare: Column Shapes, Column Pair Trends (pairs whose
/// source shows |r| > 0.5 or Cramér's V > 0.3), Cardinality, Intertable Trends, and the overall score as
/// their mean. Plus referential validity (orphans) and privacy (synthetic rows equal to a source row).
package struct FidelityReport: Codable, Sendable {
    /// A table's rows in the copy that equal a source row in every non-key column.
    package struct CopiedRows: Codable, Sendable {
        package var rows: Int
        package var copied: Int
        /// Distinct rows of the source in the compared columns.
        package var distinctSourceRows: Int
    }

    /// One scored column, pair or relationship.
    package struct Detail: Codable, Sendable {
        package var table: String
        package var columns: [String]
        package var metric: String
        /// nil when the metric is undefined here (it does not count).
        package var score: Double?
        /// The source's correlation or association, for pair metrics.
        package var realStrength: Double?
    }

    package var overall: Double?
    package var columnShapes: Double?
    package var columnPairTrends: Double?
    package var cardinality: Double?
    package var intertableTrends: Double?
    package var details: [String: [Detail]]
    /// References in the copy that point at no row, per `table(columns)`.
    package var orphans: [String: Int]
    /// Share of the copy's rows (all tables with a column besides keys) that equal a source row in
    /// every non-key column.
    package var copiedRowFraction: Double
    /// The same per table, with how many distinct rows the source holds in those columns (a table of
    /// few distinct combinations is copied by chance: two prices and a quantity of 1).
    package var copiedRows: [String: CopiedRows] = [:]
    /// How each column was treated.
    package var roles: [String: ColumnRole]

    /// Compares `target` with `source`, reading the compared columns of every table both have.
    /// - Parameter excluded: `table.column` names not to compare (PII columns).
    package static func compute(source: any SourceDatabase, target: any SourceDatabase, excluded: Set<String> = []) throws -> FidelityReport {
        let sourceSchema = try source.introspect(countingRows: false)
        let targetSchema = try target.introspect(countingRows: false)
        let tables = sourceSchema.tables.filter { targetSchema.table(named: $0.name) != nil }
        let known = Set(tables.map(\.name))
        var roles: [String: ColumnRole] = [:]
        var real: [String: TableData] = [:], synthetic: [String: TableData] = [:]
        for table in tables {
            let keyColumns = Set(table.primaryKey + table.foreignKeys.filter { known.contains($0.referencedTable) }.flatMap(\.columns))
            var tableRoles: [String: ColumnRole] = [:]
            for column in table.storedColumns {
                let name = "\(table.name).\(column.name)"
                let role: ColumnRole
                if keyColumns.contains(column.name) { role = .id }
                else if excluded.contains(name) { role = .ignored }
                else if column.logicalType == .boolean { role = .categorical }
                else if column.logicalType.isNumeric { role = .numerical }
                else if column.logicalType.isTemporal { role = .datetime }
                else if column.logicalType == .text || column.logicalType == .any, try Self.holdsDates(table, column, in: source) { role = .datetime }
                else if column.logicalType == .text || column.logicalType == .any {
                    let sql = "SELECT COUNT(DISTINCT \(source.dialect.quote(column.name))) FROM \(source.dialect.from(table: table))"
                    let distinct = try source.queryOne(unsafeSQL: sql).flatMap { row -> Int64? in
                        if case .integer(let count) = row.first { return count }
                        return nil
                    } ?? 0
                    role = distinct <= Int64(ColumnRole.categoryLimit) ? .categorical : .ignored
                } else { role = .ignored }
                tableRoles[column.name] = role
                roles[name] = role
            }
            real[table.name] = try TableData.read(table, roles: tableRoles, from: source)
            if let targetTable = targetSchema.table(named: table.name) {
                synthetic[table.name] = try TableData.read(targetTable, roles: tableRoles, from: target)
            }
        }
        var report = FidelityReport(
            overall: nil, columnShapes: nil, columnPairTrends: nil, cardinality: nil, intertableTrends: nil,
            details: [:], orphans: [:], copiedRowFraction: 0, roles: roles)
        var shapes: [Detail] = [], pairs: [Detail] = [], cardinalities: [Detail] = [], intertable: [Detail] = []
        for table in tables {
            guard let r = real[table.name], let s = synthetic[table.name] else { continue }
            for column in r.scored {
                if r.roles[column]?.isContinuous == true {
                    let score = Statistics.ksComplement(r.numbers[column]?.compactMap { $0 } ?? [], s.numbers[column]?.compactMap { $0 } ?? [])
                    shapes.append(Detail(table: table.name, columns: [column], metric: "KSComplement", score: score))
                } else {
                    let score = Statistics.tvComplement(r.categories[column]?.compactMap { $0 } ?? [], s.categories[column]?.compactMap { $0 } ?? [])
                    shapes.append(Detail(table: table.name, columns: [column], metric: "TVComplement", score: score))
                }
            }
            for (i, first) in r.scored.enumerated() {
                for second in r.scored[(i + 1)...] {
                    pairs.append(pairTrend(table: table.name, first, r, second, r, real: r.rows(), synthetic: (s, s)))
                }
            }
        }
        for table in tables {
            guard let childReal = real[table.name], let childSynthetic = synthetic[table.name] else { continue }
            for key in table.foreignKeys where key.columns.count == 1 && key.referencedTable != table.name && known.contains(key.referencedTable) {
                guard let parent = sourceSchema.table(named: key.referencedTable), let parentReal = real[parent.name],
                    let parentSynthetic = synthetic[parent.name], let referenced = parent.referencedColumns(of: key).first
                else { continue }
                let realCounts = childCounts(parentReal.keys[referenced] ?? [], childReal.keys[key.columns[0]] ?? [])
                let syntheticCounts = childCounts(parentSynthetic.keys[referenced] ?? [], childSynthetic.keys[key.columns[0]] ?? [])
                cardinalities.append(Detail(
                    table: table.name, columns: [key.columns[0], parent.name], metric: "CardinalityShapeSimilarity",
                    score: Statistics.ksComplement(realCounts, syntheticCounts)))
                report.orphans["\(table.name)(\(key.columns[0]))"] = orphans(parentSynthetic.keys[referenced] ?? [], childSynthetic.keys[key.columns[0]] ?? [])
                // Intertable trends: every parent column against every child column, over child ⋈ parent.
                let realJoin = join(childReal.keys[key.columns[0]] ?? [], parentReal.keys[referenced] ?? [])
                let syntheticJoin = join(childSynthetic.keys[key.columns[0]] ?? [], parentSynthetic.keys[referenced] ?? [])
                for parentColumn in parentReal.scored {
                    for childColumn in childReal.scored {
                        intertable.append(pairTrend(
                            table: "\(parent.name)→\(table.name)", parentColumn, parentReal.picking(realJoin.parentRows), childColumn, childReal.picking(realJoin.childRows),
                            real: realJoin.childRows.count,
                            synthetic: (parentSynthetic.picking(syntheticJoin.parentRows), childSynthetic.picking(syntheticJoin.childRows))))
                    }
                }
            }
        }
        func mean(_ details: [Detail]) -> Double? {
            let scores = details.compactMap(\.score)
            return scores.isEmpty ? nil : scores.reduce(0, +) / Double(scores.count)
        }
        report.columnShapes = mean(shapes)
        report.columnPairTrends = mean(pairs)
        report.cardinality = mean(cardinalities)
        report.intertableTrends = mean(intertable)
        let properties = [report.columnShapes, report.columnPairTrends, report.cardinality, report.intertableTrends].compactMap { $0 }
        report.overall = properties.isEmpty ? nil : properties.reduce(0, +) / Double(properties.count)
        report.details = ["Column Shapes": shapes, "Column Pair Trends": pairs, "Cardinality": cardinalities, "Intertable Trends": intertable]
        var copied = 0, total = 0
        for table in tables {
            guard let r = real[table.name], let s = synthetic[table.name], r.hasNonKeyColumns else { continue }
            let fingerprints = Set(r.rowFingerprints)
            let equal = s.rowFingerprints.filter { fingerprints.contains($0) }.count
            total += s.rowFingerprints.count
            copied += equal
            report.copiedRows[table.name] = CopiedRows(rows: s.rowFingerprints.count, copied: equal, distinctSourceRows: fingerprints.count)
        }
        report.copiedRowFraction = total > 0 ? Double(copied) / Double(total) : 0
        return report
    }

    /// A column-pair trend: correlation similarity for two continuous columns, else contingency similarity.
    static func pairTrend(
        table: String, _ first: String, _ firstData: TableData, _ second: String, _ secondData: TableData, real: Int,
        synthetic: (TableData, TableData)
    ) -> Detail {
        let firstRole = firstData.roles[first] ?? .ignored, secondRole = secondData.roles[second] ?? .ignored
        if firstRole.isContinuous && secondRole.isContinuous {
            let realFirst = firstData.numbers[first] ?? [], realSecond = secondData.numbers[second] ?? []
            let synthFirst = synthetic.0.numbers[first] ?? [], synthSecond = synthetic.1.numbers[second] ?? []
            // A column with one distinct value on either side: undefined.
            if [realFirst, realSecond, synthFirst, synthSecond].contains(where: { Set($0.compactMap { $0 }).count == 1 }) {
                return Detail(table: table, columns: [first, second], metric: "CorrelationSimilarity", score: nil)
            }
            guard let r = Statistics.pearson(realFirst, realSecond) else {
                return Detail(table: table, columns: [first, second], metric: "CorrelationSimilarity", score: nil)
            }
            guard abs(r) > 0.5, let s = Statistics.pearson(synthFirst, synthSecond) else {
                return Detail(table: table, columns: [first, second], metric: "CorrelationSimilarity", score: nil, realStrength: r)
            }
            return Detail(table: table, columns: [first, second], metric: "CorrelationSimilarity", score: 1 - abs(r - s) / 2, realStrength: r)
        }
        func discrete(_ data: TableData, _ column: String) -> [String] {
            if data.roles[column]?.isContinuous == true { return Statistics.bins(data.numbers[column] ?? []) }
            return (data.categories[column] ?? []).map { $0 ?? "\u{0}NULL" }
        }
        let realPair = (discrete(firstData, first), discrete(secondData, second))
        guard let association = Statistics.cramersV(realPair.0, realPair.1), association > 0.3 else {
            return Detail(table: table, columns: [first, second], metric: "ContingencySimilarity", score: nil,
                realStrength: Statistics.cramersV(realPair.0, realPair.1))
        }
        let syntheticPair = (discrete(synthetic.0, first), discrete(synthetic.1, second))
        return Detail(table: table, columns: [first, second], metric: "ContingencySimilarity",
            score: Statistics.contingencySimilarity(real: realPair, synthetic: syntheticPair), realStrength: association)
    }

    /// Children per parent row (parents without children count 0).
    /// Whether a text column holds dates or times (SQLite's TEXT dates): 9 in 10 of up to 200 of its values parse.
    static func holdsDates(_ table: Table, _ column: Column, in source: any SourceDatabase) throws -> Bool {
        let name = source.dialect.quote(column.name)
        var values = 0, dates = 0
        try source.scan(unsafeSQL: "SELECT \(name) FROM \(source.dialect.from(table: table)) WHERE \(name) IS NOT NULL LIMIT 200") { row in
            guard case .text(let text) = row.first else { return }
            values += 1
            if TemporalValue.parse(text) != nil { dates += 1 }
        }
        return values > 0 && dates * 10 >= values * 9
    }

    static func childCounts(_ parentKeys: [Value], _ childKeys: [Value]) -> [Double] {
        var counts: [Value: Int] = [:]
        for key in childKeys where !key.isNull { counts[normalized(key), default: 0] += 1 }
        return parentKeys.map { Double(counts[normalized($0)] ?? 0) }
    }

    static func orphans(_ parentKeys: [Value], _ childKeys: [Value]) -> Int {
        let parents = Set(parentKeys.map(normalized))
        return childKeys.filter { !$0.isNull && !parents.contains(normalized($0)) }.count
    }

    /// Row positions of child ⋈ parent (inner join on the key).
    static func join(_ childKeys: [Value], _ parentKeys: [Value]) -> (childRows: [Int], parentRows: [Int]) {
        var position: [Value: Int] = [:]
        for (index, key) in parentKeys.enumerated() where position[normalized(key)] == nil { position[normalized(key)] = index }
        var children: [Int] = [], parents: [Int] = []
        for (index, key) in childKeys.enumerated() where !key.isNull {
            if let parent = position[normalized(key)] { children.append(index); parents.append(parent) }
        }
        return (children, parents)
    }

    /// Keys compare as SQL would: the integer 5 and the real 5.0 are one key.
    static func normalized(_ value: Value) -> Value {
        if case .real(let real) = value, real == real.rounded(), abs(real) < 1e15 { return .integer(Int64(real)) }
        return value
    }
}

/// The compared columns of one table, read into memory (the report's only memory cost).
struct TableData {
    var roles: [String: ColumnRole]
    /// Compared columns in table order.
    var scored: [String]
    var numbers: [String: [Double?]] = [:]
    var categories: [String: [String?]] = [:]
    var keys: [String: [Value]] = [:]
    var rowFingerprints: [Int] = []
    /// Whether a column besides keys is read (else every row's fingerprint is the same).
    var hasNonKeyColumns = false
    var count = 0

    func rows() -> Int { count }

    /// The rows at `positions`, in that order (for joins).
    func picking(_ positions: [Int]) -> TableData {
        var copy = self
        copy.numbers = numbers.mapValues { column in positions.map { column[$0] } }
        copy.categories = categories.mapValues { column in positions.map { column[$0] } }
        copy.count = positions.count
        return copy
    }

    static func read(_ table: Table, roles: [String: ColumnRole], from database: any SourceDatabase) throws -> TableData {
        let columns = table.storedColumns.map(\.name).filter { roles[$0] != nil }
        var data = TableData(roles: roles, scored: columns.filter { roles[$0] == .numerical || roles[$0] == .datetime || roles[$0] == .categorical })
        guard !columns.isEmpty else { return data }
        data.hasNonKeyColumns = columns.contains { roles[$0] != .id }
        let dialect = database.dialect
        let sql = "SELECT " + columns.map { dialect.quote($0) }.joined(separator: ", ") + " FROM " + dialect.from(table: table)
        try database.scan(unsafeSQL: sql) { row in
            var hasher = Hasher()
            for (index, column) in columns.enumerated() {
                let value = row[index]
                switch roles[column] ?? .ignored {
                case .id:
                    data.keys[column, default: []].append(value)
                    continue
                case .numerical:
                    data.numbers[column, default: []].append(number(value))
                case .datetime:
                    data.numbers[column, default: []].append(number(value).map { $0 * 1e9 })
                case .categorical:
                    data.categories[column, default: []].append(category(value))
                case .ignored:
                    break
                }
                hasher.combine(FidelityReport.normalized(value))
            }
            data.rowFingerprints.append(hasher.finalize())
            data.count += 1
        }
        return data
    }

    static func number(_ value: Value) -> Double? {
        TemporalValue.number(value)
    }

    static func category(_ value: Value) -> String? {
        switch value {
        case .null: return nil
        case .integer(let integer): return String(integer)
        case .real(let real): return real == real.rounded() && abs(real) < 1e15 ? String(Int64(real)) : String(real)
        case .text(let text): return text
        case .blob(let bytes): return bytes.map { String($0) }.joined(separator: ",")
        }
    }
}
