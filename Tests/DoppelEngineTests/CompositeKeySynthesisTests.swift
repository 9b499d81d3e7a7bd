import DoppelCore
import DoppelEngine
import DoppelTestSupport
import Testing

/// A synthesized table whose composite primary key is two columns of repeated small integers (`order`'s
/// `("group", "select")` in the SQLite torture schema): the key stays unique.
@Suite struct CompositeKeySynthesisTests {
    @Test func aCompositeKeyOfRepeatedIntegersStaysUnique() throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("torture.db"), target = directory.file("clone.db")
        try SQLiteFixture.create(source, sql: TortureSQLite.sql)
        let policy = """
            version: 1
            seed: 5
            secret: env:DOPPEL_SECRET
            unlisted: keep
            tables:
              order: { mode: synthesize }
              shipment: { mode: synthesize }
            """
        try EngineHarness.clone(policy: policy, from: .sqlite(path: source), to: .sqlite(path: target), in: directory)
        #expect(try SQLiteFixture.integer(target, #"SELECT count(*) FROM "order""#) == 80)
        #expect(try SQLiteFixture.integer(target, #"SELECT count(DISTINCT "group" || '/' || "select") FROM "order""#) == 80)
    }
}
