import Crypto
import DoppelCore
import DoppelFakers
import Foundation
@testable import DoppelSynthesis
import DoppelMasking

/// Drives ``TableGenerator``s over a whole model the way the engine's `SynthesisSession` does: every
/// generator first, in the model's (foreign-key) order, each reference wired to its parent's keys
/// (computed for sequence keys, recorded otherwise, resolved late for a cycle), then every table written.
final class SynthesisDriver {
    let model: DatabaseModel
    let seed: UInt64
    private(set) var generators: [String: TableGenerator] = [:]
    private var keys: [String: any ParentKeys] = [:]
    private var lateKeys: [String: TestLateKeys] = [:]

    init(model: DatabaseModel, seed: UInt64) {
        self.model = model
        self.seed = seed
    }

    /// The fitted Chinook model of ``ChinookModelFixture``.
    static func chinookModel() throws -> DatabaseModel {
        try JSONDecoder().decode(DatabaseModel.self, from: Data(ChinookModelFixture.json.utf8))
    }

    /// Builds every generator, then writes every table; per table (in order) its rows.
    func run(scale: Double, rows: [String: Int64] = [:]) throws -> [(table: String, rows: [[Value]])] {
        let fakerData = try FakerData.shared()
        let order = model.tables.compactMap { model.schema.table(named: $0.name) }
        for table in order { try build(table, scale: scale, rows: rows[table.name], fakerData: fakerData) }
        // Every generator exists: each asks its synthesized parents to keep what it copies, before any writes.
        for table in order { generators[table.name]?.askParentsToKeepCopiedValues() }
        var written: [(table: String, rows: [[Value]])] = []
        for table in order {
            guard let generator = generators[table.name] else { continue }
            var tableRows: [[Value]] = []
            try generator.generate { batch in
                for row in 0..<batch.rowCount {
                    tableRows.append(Array(batch.values[(row * batch.columnCount)..<((row + 1) * batch.columnCount)]))
                }
            }
            written.append((table.name, tableRows))
        }
        return written
    }

    private func build(_ table: Table, scale: Double, rows: Int64?, fakerData: FakerData) throws {
        guard let tableModel = model.table(named: table.name) else { return }
        var references: [TableGenerator.Reference] = []
        for (index, key) in table.foreignKeys.enumerated() {
            guard let parent = model.schema.table(named: key.referencedTable) else { continue }
            if parent.name == table.name {
                references.append(.init(foreignKeyIndex: index, keys: TestSelfKeys(), parent: nil))
            } else if let parentKeys = keys[parent.name] {
                references.append(.init(foreignKeyIndex: index, keys: parentKeys, parent: generators[parent.name]))
            } else {
                let late = lateKeys[parent.name] ?? TestLateKeys()
                lateKeys[parent.name] = late
                references.append(.init(foreignKeyIndex: index, keys: late, parent: nil, closesCycle: true))
            }
        }
        var referenced: [[String]] = []
        for other in model.schema.tables {
            for key in other.foreignKeys where key.referencedTable == table.name {
                let columns = table.referencedColumns(of: key)
                if !referenced.contains(columns) { referenced.append(columns) }
            }
        }
        let sequence = table.primaryKey.count == 1 && tableModel.column(named: table.primaryKey[0])?.kind == .sequence
        let needsRecording = referenced.contains { !(sequence && $0 == table.primaryKey) }
        let scaled = Int64((Double(tableModel.rowCount) * scale).rounded())
        let defaultRows = tableModel.rowCount > 0 ? max(1, scaled) : scaled
        let generator = TableGenerator(
            table: table, model: tableModel, seed: seed, fakerData: fakerData, references: references, rows: rows,
            defaultRows: defaultRows, recordKeys: needsRecording ? referenced.first : nil)
        generators[table.name] = generator
        keys[table.name] = generator.recordedKeys ?? TestPlannedKeys(generator)
        lateKeys[table.name]?.resolve(keys[table.name])
    }

    /// SHA-256 (hex) of every table's name and rows, each value tagged by its kind and written exactly
    /// (reals by their bit pattern).
    static func digest(_ tables: [(table: String, rows: [[Value]])]) -> String {
        var hasher = SHA256()
        func add(_ bytes: [UInt8]) {
            var length = UInt64(bytes.count).littleEndian
            withUnsafeBytes(of: &length) { hasher.update(bufferPointer: $0) }
            hasher.update(data: bytes)
        }
        for (table, rows) in tables {
            add(Array(table.utf8))
            add(Array(String(rows.count).utf8))
            for row in rows {
                for value in row {
                    switch value {
                    case .null: add([0])
                    case .integer(let number): add([1] + Array(String(number).utf8))
                    case .real(let number): add([2] + Array(String(number.bitPattern).utf8))
                    case .text(let text): add([3] + Array(text.utf8))
                    case .blob(let bytes): add([4] + bytes)
                    }
                }
            }
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}

/// A self-reference's keys: 1, 2, 3, … by position (as the engine's).
final class TestSelfKeys: ParentKeys {
    var count: Int64 { Int64.max }
    func key(at index: Int64) -> [Value] { [.integer(index + 1)] }
}

/// Keys of a table written later (a cycle), resolved once its generator exists (as the engine's).
final class TestLateKeys: ParentKeys {
    private var resolved: (any ParentKeys)?
    func resolve(_ keys: (any ParentKeys)?) { resolved = keys }
    var count: Int64 { resolved?.count ?? 0 }
    func key(at index: Int64) -> [Value] { resolved?.key(at: index) ?? [.null] }
}

/// Keys 1, 2, 3, … of a synthesized table, as many as it plans to write, counted when first asked (as the engine's).
final class TestPlannedKeys: ParentKeys {
    private let generator: TableGenerator
    private var counted: Int64?
    init(_ generator: TableGenerator) { self.generator = generator }
    var count: Int64 {
        if let counted { return counted }
        let rows = generator.plannedRows()
        counted = rows
        return rows
    }
    func key(at index: Int64) -> [Value] { [.integer(index + 1)] }
}
