import DoppelCore
import Testing
@testable import DoppelSynthesis

@Suite struct CopulaLayoutTests {
    typealias F = GenerationFixtures

    /// A `track` table under `album` (price in its copula), referencing itself (`parent_id`); its copula
    /// lists, in the model's order: the album's price, its milliseconds, its genre (every name once), the
    /// playlist tracks per track, its own children count (a tree), a column it does not write.
    static func track() -> (layout: CopulaLayout, album: TableGenerator) {
        let album = F.album()
        let table = Table(
            name: "track", columns: [F.column("id"), F.column("album_id"), F.column("parent_id", nullable: true), F.column("ms", .real), F.column("genre", .text)],
            primaryKey: ["id"], foreignKeys: [F.key(["album_id"], to: "album"), F.key(["parent_id"], to: "track")])
        let variables: [CopulaModel.Variable] = [
            .init(relation: 0, column: "price", mean: 0.1, deviation: 2),
            .init(relation: nil, column: "ms"),
            .init(relation: nil, column: "genre"),
            .init(relation: nil, column: "playlist_track(track_id)", children: .init(table: "playlist_track", columns: ["track_id"])),
            .init(relation: nil, column: "track(parent_id)", children: .init(table: "track", columns: ["parent_id"])),
            .init(relation: nil, column: "gone"),
        ]
        let identity = variables.indices.map { i in variables.indices.map { $0 == i ? 1.0 : 0 } }
        let model = TableModel(
            name: "track", rowCount: 30,
            columns: [F.sequence("id"), F.numeric("album_id"), F.numeric("parent_id"), F.numeric("ms"), F.categorical("genre", ["rock", "jazz", "pop", "folk"], counts: [1, 1, 1, 1])],
            copula: CopulaModel(variables: variables, correlation: identity, sampleRows: 30),
            relations: [F.relation(["album_id"], to: "album"), F.relation(["parent_id"], to: "track")])
        let columns = table.columns.map(\.name)
        let layout = CopulaLayout(table: table, model: model, columns: columns, references: [F.reference(0, parent: album.generator), F.reference(1)])
        return (layout, album.generator)
    }

    @Test func ownVariablesGoTreeCountsEnumeratedColumnsOtherColumnsChildrenCounts() {
        let (layout, _) = Self.track()
        #expect(layout.ownIndexes == [4, 2, 1, 3])
        #expect(layout.treeCountDimensions == 1)
        #expect(layout.fixedDimensions == 2)
        #expect(layout.columnPositions == [4, 3])
        #expect(layout.children == [.init(table: "playlist_track", columns: ["track_id"])])
        #expect(layout.childrenBase == 3)
        #expect(layout.childrenOffset(of: .init(table: "playlist_track", columns: ["track_id"])) == 3)
        #expect(layout.childrenOffset(of: .init(table: "track", columns: ["parent_id"])) == nil)
        #expect(layout.latentOffset(ofColumnAt: 4) == 1)
        #expect(layout.latentOffset(ofColumnAt: 3) == 2)
        #expect(layout.latentOffset(ofColumnAt: 0) == nil)
    }

    @Test func aParentsVariableIsGivenWhereItSitsInTheParentsLatent() {
        let (layout, album) = Self.track()
        #expect(album.latentOffset(ofColumn: "price") == 0)
        #expect(layout.parentIndexes == [0])
        #expect(layout.parentVariables == [.init(reference: 0, position: 0, mean: 0.1, deviation: 2)])
    }

    @Test func anEnumeratedColumnScoresItsValuesAtEvenlySpacedQuantiles() throws {
        let (layout, _) = Self.track()
        let scores = try #require(layout.enumeratedScores.first)
        #expect(scores.count == 4)
        for (index, score) in scores.enumerated() {
            #expect(abs(score - NormalDistribution.quantile((Double(index) + 0.5) / 4)) < 1e-15)
        }
        // A category seen twice, a NULL share, or a single value is not enumerated.
        #expect(CopulaLayout.enumeratedScores(F.categorical("g", ["a", "b"], counts: [1, 2])) == nil)
        #expect(CopulaLayout.enumeratedScores(F.categorical("g", ["a", "b"], counts: [1, 1], nulls: 0.1)) == nil)
        #expect(CopulaLayout.enumeratedScores(F.categorical("g", ["a"], counts: [1])) == nil)
        #expect(CopulaLayout.enumeratedScores(F.numeric("n")) == nil)
    }

    @Test func withoutACopulaNothingIsDrawn() {
        let table = Table(name: "t", columns: [F.column("x", .real)])
        let layout = CopulaLayout(table: table, model: TableModel(name: "t", rowCount: 1, columns: [F.numeric("x")], copula: nil, relations: []), columns: ["x"], references: [])
        #expect(layout.ownIndexes.isEmpty && layout.columnPositions.isEmpty && layout.parentVariables.isEmpty && layout.fixedDimensions == 0)
    }
}
