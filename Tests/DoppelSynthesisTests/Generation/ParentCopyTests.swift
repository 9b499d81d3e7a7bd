import DoppelCore
import Testing
@testable import DoppelSynthesis

@Suite struct ParentCopyTests {
    typealias F = GenerationFixtures

    @Test func aCopiedColumnIsPlannedOnlyWhenTheSynthesizedParentWritesIt() {
        let album = F.album().generator
        let (table, model, references) = TableGeneratorTests.line(album: album)
        #expect(ParentCopy.plan(columns: ["id", "album_id", "price"], model: model, table: table, references: references)
            == [ParentCopy(position: 2, reference: 0, column: "price", share: 0.8)])
        let (_, other, _) = TableGeneratorTests.line(album: album, copied: "title")
        #expect(ParentCopy.plan(columns: ["id", "album_id", "price"], model: other, table: table, references: references).isEmpty)
        let (_, _, masked) = TableGeneratorTests.line(album: nil)
        #expect(ParentCopy.plan(columns: ["id", "album_id", "price"], model: model, table: table, references: masked).isEmpty)
        #expect(album.writes("price") && !album.writes("title"))
    }
}
