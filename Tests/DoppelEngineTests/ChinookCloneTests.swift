import DoppelCore
import DoppelEngine
import DoppelTestSupport
import Foundation
import Testing

/// Chinook cloned with `Policies/chinook.yaml`: the structure and the music survive, the people do not.
@Suite struct ChinookCloneTests {
    let directory: TemporaryDirectory
    let clone: String
    let summary: CloneSummary
    let source = Fixtures.chinookSQLite

    init() throws {
        directory = try TemporaryDirectory()
        clone = directory.file("chinook-clone.db")
        summary = try EngineHarness.clone(policyFile: Fixtures.policy("chinook.yaml"), source: source, target: clone, ledger: directory.file("ledger.sqlite"))
    }

    func values(_ path: String, _ table: String, _ column: String) throws -> [Value] {
        try SQLiteFixture.rows(path, "SELECT \"\(column)\" FROM \"\(table)\" ORDER BY rowid").map { $0[0] }
    }

    @Test func sameTablesRowCountsAndNoOrphans() throws {
        let tables = try SQLiteFixture.rows(source, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").map { $0[0] }
        #expect(try SQLiteFixture.rows(clone, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").map { $0[0] } == tables)
        for case .text(let table) in tables {
            #expect(try SQLiteFixture.integer(clone, "SELECT count(*) FROM \"\(table)\"") == SQLiteFixture.integer(source, "SELECT count(*) FROM \"\(table)\""), "\(table)")
        }
        #expect(try SQLiteFixture.rows(clone, "PRAGMA foreign_key_check").isEmpty)
        #expect(try SQLiteFixture.rows(clone, "PRAGMA integrity_check") == [[.text("ok")]])
        #expect(summary.rowsWritten == 15_607)
    }

    @Test func schemaIsRecreatedExactly() throws {
        let definitions = "SELECT type, name, sql FROM sqlite_schema ORDER BY type, name"
        #expect(try SQLiteFixture.rows(clone, definitions) == SQLiteFixture.rows(source, definitions))
    }

    @Test func nonPIIColumnsAreIdentical() throws {
        let kept = [("Track", "Name"), ("Track", "Composer"), ("Track", "UnitPrice"), ("Album", "Title"), ("Artist", "Name"),
                    ("Invoice", "Total"), ("Invoice", "InvoiceDate"), ("InvoiceLine", "Quantity"), ("Customer", "SupportRepId"),
                    ("Employee", "ReportsTo"), ("Customer", "Country"), ("PlaylistTrack", "TrackId")]
        for (table, column) in kept {
            #expect(try values(clone, table, column) == values(source, table, column), "\(table).\(column)")
        }
    }

    /// Identifying columns: no source value appears anywhere in the same column of the clone.
    @Test func identifyingPIIDoesNotSurvive() throws {
        let identifying = [("Customer", "Email"), ("Customer", "Phone"), ("Customer", "Fax"), ("Customer", "Address"), ("Customer", "PostalCode"),
                           ("Employee", "Email"), ("Employee", "Phone"), ("Employee", "Fax"), ("Employee", "Address"), ("Employee", "PostalCode"),
                           ("Employee", "BirthDate"), ("Invoice", "BillingAddress"), ("Invoice", "BillingPostalCode")]
        for (table, column) in identifying {
            let sourceValues = Set(try values(source, table, column).filter { !$0.isNull })
            let cloneValues = Set(try values(clone, table, column).filter { !$0.isNull })
            #expect(sourceValues.intersection(cloneValues).isEmpty, "\(table).\(column) leaks \(sourceValues.intersection(cloneValues).count) value(s)")
            #expect(cloneValues.count >= sourceValues.count * 9 / 10, "\(table).\(column) collapsed")
        }
    }

    /// Low-entropy fakes (first and last names, cities, companies) may equal a real value by chance, but no
    /// row keeps its own value, and at most a quarter of the distinct source values reappear in the column
    /// (common first names such as Mark or Helena can come out of the Census lists; surnames and cities rarely do).
    @Test func lowEntropyFakesRarelyMatchAndNeverInTheirOwnRow() throws {
        for (table, column) in [("Customer", "FirstName"), ("Customer", "LastName"), ("Customer", "City"), ("Customer", "Company"),
                                ("Employee", "FirstName"), ("Employee", "LastName"), ("Employee", "City")] {
            let before = try values(source, table, column)
            let after = try values(clone, table, column)
            for (old, new) in zip(before, after) where !old.isNull {
                #expect(old != new, "\(table).\(column) kept a row's own value")
            }
            let sourceSet = Set(before.filter { !$0.isNull })
            let shared = sourceSet.intersection(Set(after))
            #expect(shared.count * 4 <= sourceSet.count, "\(table).\(column): \(shared.count) of \(sourceSet.count) reappear")
        }
    }

    @Test func theSameAddressGetsTheSameFakeInEveryTable() throws {
        let rows = try SQLiteFixture.rows(source, "SELECT c.CustomerId, i.InvoiceId FROM Customer c JOIN Invoice i ON i.CustomerId = c.CustomerId AND i.BillingAddress = c.Address LIMIT 20")
        #expect(!rows.isEmpty)
        for row in rows {
            guard case .integer(let customer) = row[0], case .integer(let invoice) = row[1] else { continue }
            let address = try SQLiteFixture.rows(clone, "SELECT Address FROM Customer WHERE CustomerId = \(customer)")
            let billing = try SQLiteFixture.rows(clone, "SELECT BillingAddress FROM Invoice WHERE InvoiceId = \(invoice)")
            #expect(address == billing)
        }
    }

    @Test func theRunIsInTheLedger() throws {
        let runs = try SQLiteFixture.rows(directory.file("ledger.sqlite"), "SELECT command, exit_status, rows_written, secret_fingerprint FROM runs")
        #expect(runs.count == 1)
        #expect(runs.first?[0] == .text("clone"))
        #expect(runs.first?[1] == .integer(0))
        #expect(runs.first?[2] == .integer(15_607))
        #expect(try SQLiteFixture.integer(directory.file("ledger.sqlite"), "SELECT count(*) FROM run_tables") == 11)
        #expect(runs.first?[3].textRepresentation?.contains(EngineHarness.secret) == false)
    }
}
