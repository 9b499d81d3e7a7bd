import DoppelCore
import Testing
@testable import DoppelSynthesis

@Suite struct DrivingReferenceTests {
    typealias F = GenerationFixtures

    /// A `line` table referencing `track` and `invoice` (in that order), with the given primary key and relations.
    static func line(primaryKey: [String] = ["id"], relations: [RelationModel]) -> (Table, TableModel) {
        let table = Table(
            name: "line", columns: [F.column("id"), F.column("track_id"), F.column("invoice_id")], primaryKey: primaryKey,
            foreignKeys: [F.key(["track_id"], to: "track"), F.key(["invoice_id"], to: "invoice")])
        let model = TableModel(name: "line", rowCount: 100, columns: [F.sequence("id"), F.numeric("track_id"), F.numeric("invoice_id")], copula: nil, relations: relations)
        return (table, model)
    }

    @Test func aReferenceLeadingThePrimaryKeyDrives() {
        let (table, model) = Self.line(primaryKey: ["invoice_id", "id"], relations: [
            F.relation(["track_id"], to: "track"), F.relation(["invoice_id"], to: "invoice", nulls: 0.5),
        ])
        #expect(DrivingReference.choose(in: table, model: model, references: [F.reference(0), F.reference(1)]) == 1)
    }

    @Test func otherwiseTheNeverNullOneWhoseParentsAllHadChildren() {
        // Tracks: half had no line; invoices: every one had lines.
        let relations = [
            F.relation(["track_id"], to: "track", childCounts: [0, 1], parents: [50, 50]),
            F.relation(["invoice_id"], to: "invoice", childCounts: [1, 2], parents: [3, 3]),
        ]
        let (table, model) = Self.line(relations: relations)
        #expect(DrivingReference.choose(in: table, model: model, references: [F.reference(0), F.reference(1)]) == 1)
        // The index is the reference's, not the foreign key's.
        #expect(DrivingReference.choose(in: table, model: model, references: [F.reference(1), F.reference(0)]) == 0)
    }

    @Test func amongEquallyFullParentsTheWidestDrives() {
        let (table, model) = Self.line(relations: [
            F.relation(["track_id"], to: "track", childCounts: [1], parents: [500]),
            F.relation(["invoice_id"], to: "invoice", childCounts: [1, 2], parents: [3, 3]),
        ])
        #expect(DrivingReference.choose(in: table, model: model, references: [F.reference(0), F.reference(1)]) == 0)
    }

    @Test func nullableCycleClosingOrUnfittedReferencesNeverDrive() {
        let (table, model) = Self.line(relations: [F.relation(["track_id"], to: "track", nulls: 0.1)])
        // track_id is sometimes NULL; invoice_id has no relation; so no reference drives.
        #expect(DrivingReference.choose(in: table, model: model, references: [F.reference(0), F.reference(1)]) == nil)
        let (other, fitted) = Self.line(primaryKey: ["track_id"], relations: [F.relation(["track_id"], to: "track")])
        #expect(DrivingReference.choose(in: other, model: fitted, references: [F.reference(0)]) == 0)
        #expect(DrivingReference.choose(in: other, model: fitted, references: [F.reference(0, closesCycle: true)]) == nil)
    }

    @Test func aSelfReferenceNeverDrives() {
        let table = Table(name: "employee", columns: [F.column("id"), F.column("boss")], primaryKey: ["boss"], foreignKeys: [F.key(["boss"], to: "employee")])
        let model = TableModel(name: "employee", rowCount: 8, columns: [F.sequence("id"), F.numeric("boss")], copula: nil, relations: [F.relation(["boss"], to: "employee")])
        #expect(DrivingReference.choose(in: table, model: model, references: [F.reference(0)]) == nil)
    }
}
