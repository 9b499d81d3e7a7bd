import DoppelCore
import DoppelMigrations
import DoppelTestSupport
import Foundation
import Testing
@testable import DoppelLedger

/// The ledger on its own: what a run records comes back from `runs(limit:)`, migrations apply once, an old
/// ledger migrates with its rows, and a ledger that cannot be created says where and what to set.
@Suite struct RunLedgerTests {
    @Test func aRunsRowsComeBackAsRecorded() throws {
        let directory = try TemporaryDirectory()
        let ledger = try RunLedger(path: directory.file("state/ledger.sqlite"))
        let id = try ledger.begin(command: "clone", policyPath: "p.yaml", source: "sqlite:a.db", target: "sqlite:b.db")
        try ledger.describe(runID: id, policyHash: "abc", seed: 7, secretFingerprint: "f00d")
        let verification = CloneVerification(
            foreignKeysVerified: 2, foreignKeysUnverified: [UnverifiedForeignKey(ForeignKeyReference(table: "a", columns: ["b"], referencedTable: "c"), reason: "gone")],
            foreignKeyViolations: 0, integrity: "ok")
        try ledger.finish(
            runID: id, status: .success, errorKind: nil, rows: 30, bytes: 4096, error: nil, verification: verification,
            tables: [
                TableSummary(table: "customers", mode: "mask", rowsRead: 10, rowsWritten: 10, seconds: 0.5, rules: ["id": "keep", "email": "fake"]),
                TableSummary(table: "orders", mode: "mask", rowsRead: 20, rowsWritten: 20, seconds: 0.25, rules: ["id": "keep"]),
            ])
        let failed = try ledger.begin(command: "synthesize", policyPath: nil, source: nil, target: "sqlite:c.db")
        try ledger.finish(runID: failed, status: .policyProblems, errorKind: .policy, rows: 0, bytes: nil, error: "bad policy", tables: [])

        let runs = try ledger.runs(limit: 10)
        #expect(runs.map(\.id) == [failed, id])
        #expect(runs.map(\.command) == ["synthesize", "clone"])
        #expect(runs[1].rowsWritten == 30 && runs[1].rowsRead == 30 && runs[1].exitStatus == 0 && runs[1].errorKind == nil)
        #expect(runs[1].source == "sqlite:a.db" && runs[1].target == "sqlite:b.db")
        #expect(runs[0].error == "bad policy" && runs[0].errorKind == "policy" && runs[0].exitStatus == Int64(ExitStatus.policyProblems.rawValue))
        #expect(try ledger.runs(limit: 1).count == 1)
        let checks = try SQLiteFixture.rows(ledger.path, "SELECT foreign_keys_verified, foreign_keys_unverified, integrity_check FROM runs WHERE id = \(id)")
        #expect(checks == [[.integer(2), .integer(1), .text("ok")]])
        let tables = try SQLiteFixture.rows(ledger.path, "SELECT table_name, rules FROM run_tables WHERE run_id = \(id) ORDER BY table_name")
        #expect(tables == [[.text("customers"), .text("fake,keep")], [.text("orders"), .text("keep")]])
    }

    @Test func migrationsApplyOnceHoweverOftenTheLedgerOpens() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("ledger.sqlite")
        for _ in 0..<3 { _ = try RunLedger(path: path) }
        let versions = try SQLiteFixture.rows(path, "SELECT version FROM schema_migrations ORDER BY version")
        #expect(versions == (try LedgerMigrations.all().map { [Value.integer(Int64($0.version))] }))
    }

    @Test func aLedgerThatCannotBeCreatedNamesItsDirectoryAndTheFix() throws {
        let directory = try TemporaryDirectory()
        let blocker = directory.file("a-file")
        _ = FileManager.default.createFile(atPath: blocker, contents: Data("x".utf8))
        let error = #expect(throws: RunError.self) { try RunLedger(path: blocker + "/ledger.sqlite") }
        #expect(error?.message.contains(blocker) == true)
        #expect(error?.message.contains("DOPPEL_LEDGER") == true)
    }

    @Test func theDefaultPathFollowsTheEnvironment() {
        #expect(RunLedger.defaultPath(environment: ["DOPPEL_LEDGER": "/x/l.sqlite", "HOME": "/h"]) == "/x/l.sqlite")
        #expect(RunLedger.defaultPath(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/doppel/ledger.sqlite")
        #expect(RunLedger.defaultPath(environment: ["HOME": "/h"]) == "/h/.local/state/doppel/ledger.sqlite")
    }

    @Test func aLedgerOfTheFirstMigrationMigratesAndKeepsItsRows() throws {
        let directory = try TemporaryDirectory()
        let ledger = directory.file("old-ledger.sqlite")
        let first = try #require(try LedgerMigrations.all().first { $0.version == 1 })
        try SQLiteFixture.create(ledger, sql: """
            CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);
            \(first.sql)
            INSERT INTO schema_migrations VALUES (1, '\(first.name)', '2026-01-01T00:00:00Z');
            INSERT INTO runs (id, command, started_at, finished_at, exit_status, policy_path, policy_sha256, seed, source, target, rows_written, error, doppel_version)
            VALUES (1, 'clone', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:01.000Z', 0, 'p.yaml', 'abc', 7, 'sqlite:a.db', 'sqlite:b.db', 12, NULL, '0.1'),
                   (2, 'clone', '2026-01-02T00:00:00.000Z', '2026-01-02T00:00:01.000Z', 4, 'p.yaml', 'abc', 7, 'sqlite:a.db', 'sqlite:b.db', 0, 'it broke', '0.1');
            INSERT INTO run_tables VALUES (1, 'customers', 'mask', 12, 12, 0.5, 'keep');
            """)
        let runs = try RunLedger(path: ledger).runs(limit: 10)
        #expect(runs.map(\.id) == [2, 1])
        #expect(runs.map(\.exitStatus) == [4, 0])
        #expect(runs.map(\.rowsRead) == [0, 12])
        #expect(runs.first?.error == "it broke")
        let kinds = try SQLiteFixture.rows(ledger, "SELECT error_kind FROM runs ORDER BY id")
        #expect(kinds == [[.null], [.null]])
        let versions = try SQLiteFixture.rows(ledger, "SELECT version FROM schema_migrations ORDER BY version").count
        #expect(versions == (try LedgerMigrations.all().count))
    }
}
