import Crypto
import DoppelCore
import Foundation
@testable import DoppelSynthesis
import DoppelPolicy

/// Runs a whole model through ``SynthesisSession`` (every generator first, in the model's foreign-key order,
/// then every table) and keeps each table's rows in memory, for tests that look at what was generated.
final class SynthesisDriver {
    let model: DatabaseModel
    let seed: UInt64

    init(model: DatabaseModel, seed: UInt64) {
        self.model = model
        self.seed = seed
    }

    /// The fitted Chinook model of ``ChinookModelFixture``.
    static func chinookModel() throws -> DatabaseModel {
        try JSONDecoder().decode(DatabaseModel.self, from: Data(ChinookModelFixture.json.utf8))
    }

    /// Builds every generator, then generates every table; per table (in order) its rows.
    func run(scale: Double, rows: [String: Int64] = [:]) throws -> [(table: String, rows: [[Value]])] {
        let session = try SynthesisSession(
            schema: model.schema, model: model, seed: seed, sizing: .init(scale: scale, rows: rows.mapValues { .count($0) }))
        let order = model.tables.compactMap { model.schema.table(named: $0.name) }
        try session.prepareGenerators(for: order)
        var written: [(table: String, rows: [[Value]])] = []
        for table in order {
            var tableRows: [[Value]] = []
            try session.generator(for: table).generate { batch in
                for row in 0..<batch.rowCount {
                    tableRows.append(Array(batch.values[(row * batch.columnCount)..<((row + 1) * batch.columnCount)]))
                }
            }
            written.append((table.name, tableRows))
        }
        return written
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
