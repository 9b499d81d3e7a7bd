import DoppelCore
import Testing
@testable import DoppelSynthesis

/// The generator's own duties beside its parts: copies from a synthesized parent, kept values, planned rows.
@Suite struct TableGeneratorTests {
    typealias F = GenerationFixtures

    /// A `line` under `album` whose price repeats the album's in 80 % of the source's rows.
    static func line(album: TableGenerator?, parents: Int64 = 10, copied: String = "price") -> (Table, TableModel, [TableGenerator.Reference]) {
        let table = Table(
            name: "line", columns: [F.column("id"), F.column("album_id"), F.column("price", .real)], primaryKey: ["id"],
            foreignKeys: [F.key(["album_id"], to: "album")])
        var price = F.numeric("price", quantiles: [100, 200])
        price.copiedFrom = .init(foreignKey: ["album_id"], column: copied, share: 0.8)
        let model = TableModel(
            name: "line", rowCount: 30, columns: [F.sequence("id"), F.numeric("album_id"), price], copula: nil,
            relations: [F.relation(["album_id"], to: "album", childCounts: [3], parents: [10])])
        return (table, model, [F.reference(0, parents: parents, parent: album)])
    }

    @Test func theChildAsksItsParentToKeepWhatItCopiesAndTakesItInTheSourcesShare() throws {
        let album = F.album().generator
        let (table, model, references) = Self.line(album: album)
        let line = F.generator(table, model, references: references)
        // The child's init asked already; asking again changes nothing.
        line.askParentsToKeepCopiedValues()
        var albums: [[Value]] = []
        try album.generate { batch in albums += stride(from: 0, to: batch.values.count, by: 2).map { Array(batch.values[$0..<($0 + 2)]) } }
        #expect(albums.count == 20)
        #expect(album.keptValue(of: "price", at: 3) == albums[3][1])
        #expect(album.keptValue(of: "id", at: 3) == nil)
        var lines: [[Value]] = []
        try line.generate { batch in lines += stride(from: 0, to: batch.values.count, by: 3).map { Array(batch.values[$0..<($0 + 3)]) } }
        // Three lines per album (the fitted count), each album's key; about 80 % take its price.
        #expect(line.plannedRows() == 30 && lines.count == 30)
        let copies = lines.filter { row in
            guard case .integer(let key) = row[1] else { return false }
            return row[2] == albums[Int(key) - 1][1]
        }
        #expect((18...30).contains(copies.count), "\(copies.count) of 30 copied")
        #expect(lines.allSatisfy { row in row[2] != .null })
    }

    @Test func requestedRowsAreSpreadOverTheDrivingParents() throws {
        let (table, model, references) = Self.line(album: nil)
        let line = TableGenerator(table: table, model: model, seed: 3, fakerData: nil, references: references, rows: 7, defaultRows: 1)
        #expect(line.plannedRows() == 7)
        var keys: [Value] = []
        try line.generate(batchSize: 2) { batch in keys += stride(from: 1, to: batch.values.count, by: 3).map { batch.values[$0] } }
        #expect(keys.count == 7)
        // Blocks per parent, in parent order.
        let numbers = keys.compactMap { value -> Int64? in if case .integer(let n) = value { n } else { nil } }
        #expect(numbers == numbers.sorted() && numbers.count == 7)
    }
}
