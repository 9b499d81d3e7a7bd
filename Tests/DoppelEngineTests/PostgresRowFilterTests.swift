import DoppelCore
import DoppelEngine
import DoppelPostgres
import DoppelTestSupport
import Foundation
import Testing

/// The same `where` filters as ``RowFilterTests``, pushed down to a PostgreSQL source (recursive queries for
/// the self-reference, inside `COPY (…) TO STDOUT`), give the same rows.
@Suite struct PostgresRowFilterTests {
    func ids(_ url: String, _ table: String) throws -> [String] {
        try PGConnection(url: url).execute("SELECT \(table == "items" ? "order_id" : "id")::text FROM \(table) ORDER BY 1").rows().compactMap { $0[0] }
    }

    func clone(orphans: String) throws -> String {
        let server = try TemporaryPostgres.shared.get()
        let source = try server.createDatabase("filter", running: RowFilterTests.schema)
        let target = server.newDatabaseURL("filter_clone")
        try EngineHarness.clone(policy: RowFilterTests().policy(orphans: orphans), from: .postgres(source), to: .postgres(target), in: try TemporaryDirectory())
        return target
    }

    @Test func childrenOfDroppedRowsAreDroppedThroughEveryLevelAndSelfReferences() throws {
        let target = try clone(orphans: "drop")
        #expect(try ids(target, "regions") == ["1"])
        #expect(try ids(target, "customers") == ["1", "2", "3", "7"])
        #expect(try ids(target, "orders") == ["10", "11", "14"])
        #expect(try ids(target, "items") == ["10", "10", "11", "14"])
    }

    @Test func orphansNullKeepsRowsAndNullsTheirReference() throws {
        let target = try clone(orphans: "null")
        #expect(try ids(target, "customers") == ["1", "2", "3", "5", "6", "7"])
        #expect(try PGConnection(url: target).execute("SELECT referred_by::text FROM customers WHERE id IN (5, 6) ORDER BY id").rows() == [[nil], ["5"]])
        #expect(try ids(target, "orders") == ["10", "11", "13", "14"])
    }
}
