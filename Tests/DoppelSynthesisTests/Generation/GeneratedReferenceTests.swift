import DoppelCore
import Testing
@testable import DoppelSynthesis

@Suite struct GeneratedReferenceTests {
    typealias F = GenerationFixtures

    @Test func resolvesColumnsPositionsNullabilityAndRelation() {
        // `note_id` is a foreign-key column the table does not write (generated): no position, not -1.
        let table = Table(
            name: "line", columns: [F.column("id"), F.column("invoice_id", nullable: true), F.column("shelf", nullable: true)],
            foreignKeys: [F.key(["invoice_id", "shelf"], to: "invoice"), F.key(["id", "note_id"], to: "note")])
        let relation = F.relation(["invoice_id", "shelf"], to: "invoice", childCounts: [3], parents: [4], nulls: 0.25)
        let model = TableModel(name: "line", rowCount: 12, columns: [], copula: nil, relations: [relation])
        let positions = ["id": 0, "invoice_id": 1, "shelf": 2]
        let invoice = GeneratedReference(F.reference(0, parents: 4), in: table, model: model, positions: positions, role: .picked, distinctWithinDrivingParent: true)
        #expect(invoice.columns == ["invoice_id", "shelf"])
        #expect(invoice.positions == [1, 2])
        #expect(invoice.isNullable)
        #expect(invoice.relation == relation && invoice.nullFraction == 0.25)
        #expect(invoice.childCounts?.count(at: 0.5) == 3)
        #expect(invoice.keys.count == 4 && invoice.role == .picked && invoice.distinctWithinDrivingParent)
        #expect(invoice.drawnCounts == nil)

        let note = GeneratedReference(F.reference(1), in: table, model: model, positions: positions, role: .driving, distinctWithinDrivingParent: false)
        #expect(note.positions == [0, nil])
        #expect(!note.isNullable)
        #expect(note.relation == nil && note.childCounts == nil && note.nullFraction == nil)
    }
}
