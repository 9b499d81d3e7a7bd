import DoppelCore
import DoppelEngine
import DoppelTestSupport
import Foundation
import InMemoryLogging
import Logging
import Testing

/// No PII value of the source reaches a log entry, the summary or the run ledger.
@Suite struct PrivacyTests {
    @Test func logsSummaryAndLedgerHoldNoSourceValues() throws {
        let directory = try TemporaryDirectory()
        // swift-log's handler for tests: a value whose copies share one locked store of entries.
        let handler = InMemoryLogHandler()
        var logger = Logger(label: "privacy") { _ in handler }
        logger.logLevel = .trace
        let request = CloneRequest(
            policy: .file(Fixtures.policy("chinook.yaml")), source: .sqlite(path: Fixtures.chinookSQLite), target: .sqlite(path: directory.file("clone.db")),
            ledgerPath: directory.file("ledger.sqlite"), environment: ["DOPPEL_SECRET": EngineHarness.secret])
        guard case .cloned(let summary, _) = try CloneRunner(logger: logger).run(request) else {
            Issue.record("no clone")
            return
        }
        let encoder = JSONEncoder()
        let summaryText = String(decoding: try encoder.encode(summary), as: UTF8.self)
        let ledgerBytes = String(decoding: SQLiteFixture.bytes(directory.file("ledger.sqlite")), as: UTF8.self)
            + String(decoding: SQLiteFixture.bytes(directory.file("ledger.sqlite-wal")), as: UTF8.self)
        let logText = handler.entries.map { "\($0.message) \($0.metadata)" }.joined(separator: "\n")
        #expect(logText.contains("Table copied"))
        var checked = 0
        for (table, column) in [("Customer", "Email"), ("Customer", "Phone"), ("Customer", "LastName"), ("Employee", "Address"), ("Employee", "BirthDate")] {
            for row in try SQLiteFixture.rows(Fixtures.chinookSQLite, "SELECT \"\(column)\" FROM \"\(table)\" WHERE \"\(column)\" IS NOT NULL") {
                guard let value = row[0].textRepresentation, value.count >= 5 else { continue }
                #expect(!logText.contains(value), "a log entry holds \(table).\(column)")
                #expect(!summaryText.contains(value), "the summary holds \(table).\(column)")
                #expect(!ledgerBytes.contains(value), "the ledger holds \(table).\(column)")
                checked += 1
            }
        }
        #expect(checked > 100)
        #expect(!ledgerBytes.contains(EngineHarness.secret))
    }
}
