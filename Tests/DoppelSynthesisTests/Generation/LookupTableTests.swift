import DoppelCore
import Testing

@testable import DoppelSynthesis

/// Which tables are reference data, which keeps its size under `--scale`.
@Suite struct LookupTableTests {
    static func table(_ name: String, key: [String] = ["id"], columns: [String], references: [(String, [String])] = []) -> Table {
        Table(
            name: name,
            columns: (key + columns).map { Column(name: $0, declaredType: "TEXT", logicalType: .text, isNullable: false) },
            primaryKey: key,
            foreignKeys: references.map { ForeignKey(columns: $0.1, referencedTable: $0.0, referencedColumns: ["id"]) })
    }

    static let schema = Schema(engine: "sqlite", tables: [
        table("region", columns: ["name"]),
        table("shipper", columns: ["name", "phone"]),
        table("supplier", columns: ["name", "contact", "city", "country", "phone"]),
        table("territory", columns: ["name", "region_id"], references: [("region", ["region_id"])]),
        table("orders", columns: ["shipper_id", "supplier_id"], references: [("shipper", ["shipper_id"]), ("supplier", ["supplier_id"])]),
        table("playlist", columns: ["name"]),
        table("playlist_track", key: ["playlist_id", "track"], columns: [], references: [("playlist", ["playlist_id"])]),
        table("note", columns: ["body"]),
    ])

    func holds(_ name: String, rows: Int64 = 5) -> Bool {
        guard let table = Self.schema.table(named: name) else { return false }
        return LookupTable.holds(table, in: Self.schema, rows: rows)
    }

    @Test func smallReferencedTablesWithFewColumnsAreReferenceData() {
        #expect(holds("region") && holds("shipper"))
        #expect(!holds("region", rows: 201))  // too many rows
        #expect(!holds("supplier"))  // an entity: five columns beside its key
        #expect(!holds("territory"))  // references another table: it grows with it
        #expect(!holds("playlist"))  // a link table's primary key holds its id
        #expect(!holds("note"))  // nothing references it
    }
}
