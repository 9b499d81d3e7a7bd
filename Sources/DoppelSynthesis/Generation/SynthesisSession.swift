package import DoppelCore
package import DoppelPolicy
import Foundation
import DoppelFakers
import DoppelMasking

/// Writes synthesized tables of one run: builds each table's ``TableGenerator`` in foreign-key order,
/// wiring each reference to its parent's keys (computed for sequence keys, recorded or read otherwise).
package final class SynthesisSession {
    /// How many rows a synthesized table gets.
    package struct Sizing {
        /// `--scale`: the factor for tables without their own `rows` (their children follow through the fitted counts),
        /// but reference data (``LookupTable``), which keeps its size.
        package var scale: Double
        /// Per-table `rows` from the policy, which wins over the scale.
        package var rows: [String: TablePolicy.RowCount]

        package init(scale: Double, rows: [String: TablePolicy.RowCount]) {
            self.scale = scale
            self.rows = rows
        }
    }

    private let schema: Schema
    private let model: DatabaseModel
    private let seed: UInt64
    private let sizing: Sizing
    private let fakerData: FakerData
    private var generators: [String: TableGenerator] = [:]
    private var keys: [String: any ParentKeys] = [:]
    private var lateKeys: [String: LateKeys] = [:]
    /// Conditions Doppel could not guarantee by construction (CHECKs of other forms), for the log.
    package private(set) var warnings: [String] = []

    package init(schema: Schema, model: DatabaseModel, seed: UInt64, sizing: Sizing) throws {
        self.schema = schema
        self.model = model
        self.seed = seed
        self.sizing = sizing
        fakerData = try FakerData.shared()
    }

    /// Keys of a table that is not synthesized (a masked parent), read by the caller.
    package func provideKeys(_ stored: StoredKeys, for table: String) {
        keys[table] = stored
    }

    /// Builds the generators of `tables` (in the order they are written, so references that close a cycle
    /// know their parent's size), then has each ask its synthesized parents to keep the values it copies,
    /// before any table is written.
    package func prepareGenerators(for tables: [Table]) throws {
        let generators = try tables.map(generator(for:))
        for generator in generators { generator.askParentsToKeepCopiedValues() }
    }

    /// The generator of `table`, built on first use with the parents built before it.
    package func generator(for table: Table) throws -> TableGenerator {
        if let existing = generators[table.name] { return existing }
        guard let tableModel = model.table(named: table.name) else {
            throw RunError("the model has no table `\(table.name)`; refit it with a policy that covers it")
        }
        var references: [TableGenerator.Reference] = []
        for (index, key) in table.foreignKeys.enumerated() {
            guard let parent = schema.table(named: key.referencedTable) else { continue }
            if parent.name == table.name {
                references.append(.init(foreignKeyIndex: index, keys: SelfKeys(), parent: nil))
                continue
            }
            if let parentKeys = keys[parent.name] {
                references.append(.init(foreignKeyIndex: index, keys: parentKeys, parent: generators[parent.name]))
            } else {
                // A parent written later (a cycle): its keys are known by position once its size is.
                let late = lateKeys[parent.name] ?? LateKeys()
                lateKeys[parent.name] = late
                references.append(.init(foreignKeyIndex: index, keys: late, parent: nil, closesCycle: true))
            }
        }
        let rows: Int64?
        // Rows asked for on the command line, else the policy's `rows` (kept in the model), win over the scale.
        let fromPolicy: TablePolicy.RowCount? = tableModel.policyRows.map { .count($0) } ?? tableModel.policyFactor.map { .factor($0) }
        switch sizing.rows[table.name] ?? fromPolicy {
        case .count(let count): rows = count
        case .factor(let factor): rows = Int64((Double(tableModel.rowCount) * factor).rounded())
        case nil: rows = nil
        }
        let referenced = referencedColumnSets(of: table)
        let sequence = table.primaryKey.count == 1 && tableModel.column(named: table.primaryKey[0])?.kind == .sequence
        let needsRecording = referenced.contains { !(sequence && $0 == table.primaryKey) }
        let recorded = needsRecording ? referenced.first : nil
        let generator = TableGenerator(
            table: table, model: tableModel, seed: seed, fakerData: fakerData, references: references, rows: rows,
            defaultRows: LookupTable.holds(table, in: schema, rows: tableModel.rowCount)
                ? tableModel.rowCount : Self.scaledRows(tableModel.rowCount, sizing.scale),
            recordKeys: recorded)
        for check in generator.unparsedChecks {
            warnings.append("CHECK (\(check)) on \(table.name) is not a form Doppel meets by construction; rows drawn within the fitted ranges usually satisfy it, and the target checks every row")
        }
        generators[table.name] = generator
        if let recordedKeys = generator.recordedKeys {
            keys[table.name] = recordedKeys
        } else {
            keys[table.name] = PlannedSequenceKeys(generator)
        }
        if let late = lateKeys[table.name] { late.resolve(keys[table.name]) }
        return generator
    }

    /// A table's rows at `scale`: at least one when the source had any, so a tiny scale still leaves its
    /// children something to reference.
    package static func scaledRows(_ rows: Int64, _ scale: Double) -> Int64 {
        let scaled = Int64((Double(rows) * scale).rounded())
        return rows > 0 ? max(1, scaled) : scaled
    }

    /// Sets of columns other tables reference in `table`.
    private func referencedColumnSets(of table: Table) -> [[String]] {
        var sets: [[String]] = []
        for other in schema.tables {
            for key in other.foreignKeys where key.referencedTable == table.name {
                let columns = table.referencedColumns(of: key)
                if !sets.contains(columns) { sets.append(columns) }
            }
        }
        return sets
    }

    /// Generates `table` into `target` (the columns `doppel` writes: its stored ones), with its figures.
    package func write(_ table: Table, into target: any CloneTarget, progress: ((Int64) -> Void)? = nil) throws -> TableSummary {
        let started = Date()
        let generator = try generator(for: table)
        let writer = try target.writer(for: table, columns: generator.columns)
        var rows: Int64 = 0
        try generator.generate { batch in
            try writer.write(batch)
            rows += Int64(batch.rowCount)
            progress?(rows)
        }
        try writer.close()
        var rules: [String: String] = [:]
        for column in generator.columns { rules[column] = model.table(named: table.name)?.column(named: column)?.kind == .fake ? "fake" : "synthesize" }
        return TableSummary(
            table: table.name, mode: "synthesize", rowsRead: 0, rowsWritten: rows, seconds: Date().timeIntervalSince(started), rules: rules, readers: 0)
    }
}

/// A self-reference: the generator points at its own earlier rows (keys 1, 2, 3, … by position).
final class SelfKeys: ParentKeys {
    var count: Int64 { Int64.max }
    func key(at index: Int64) -> [Value] { [.integer(index + 1)] }
}

/// Keys of a table written after the one that references it (a cycle), resolved once it is set up.
final class LateKeys: ParentKeys {
    private var resolved: (any ParentKeys)?

    func resolve(_ keys: (any ParentKeys)?) { resolved = keys }

    var count: Int64 { resolved?.count ?? 0 }
    func key(at index: Int64) -> [Value] { resolved?.key(at: index) ?? [.null] }
}

/// Keys 1, 2, 3, … of a synthesized table, as many as it will write: counted when first asked, after
/// the parents that decide it are written.
final class PlannedSequenceKeys: ParentKeys {
    private let generator: TableGenerator
    private var counted: Int64?

    init(_ generator: TableGenerator) {
        self.generator = generator
    }

    var count: Int64 {
        if let counted { return counted }
        let rows = generator.plannedRows()
        counted = rows
        return rows
    }

    func key(at index: Int64) -> [Value] { [.integer(index + 1)] }
}
