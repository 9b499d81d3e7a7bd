import DoppelCore
import DoppelEngine
import DoppelMigrations
import DoppelSynthesis
import DoppelTestSupport
import Foundation
import Logging
import Testing

/// Every run that got as far as its request is in the ledger, with its exit status, the kind of its error and the
/// message the user saw; an old ledger migrates and keeps its rows.
@Suite struct RunRecordingTests {
    static let schema = """
        CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
        INSERT INTO customers VALUES (1, 'a'), (2, 'b');
        """

    /// The ledger's rows: command, exit status, error kind, error.
    func recorded(_ ledger: String) throws -> [(command: String, status: Int64?, kind: String?, error: String?)] {
        try SQLiteFixture.rows(ledger, "SELECT command, exit_status, error_kind, error FROM runs ORDER BY id").map { row in
            var status: Int64?
            if case .integer(let value) = row[1] { status = value }
            return (row[0].textRepresentation ?? "", status, row[2].textRepresentation, row[3].textRepresentation)
        }
    }

    /// Runs a clone that is expected to fail; returns the error.
    func failingClone(policy: String, source: ConnectionURL, in directory: TemporaryDirectory, environment: [String: String]) -> (any Error)? {
        let policyPath = directory.file("policy.yaml")
        do {
            try policy.write(toFile: policyPath, atomically: true, encoding: .utf8)
            let request = CloneRequest(
                policy: .file(policyPath), source: source, target: .sqlite(path: directory.file("clone.db")),
                ledgerPath: directory.file("ledger.sqlite"), environment: environment)
            _ = try CloneRunner(logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }).run(request)
            return nil
        } catch {
            return error
        }
    }

    @Test func aMalformedPolicyIsRecordedAsAPolicyFailure() throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("source.db")
        try SQLiteFixture.create(source, sql: Self.schema)
        let error = try #require(failingClone(
            policy: "version: 1\ntables: [this is: not: a map\n", source: .sqlite(path: source), in: directory,
            environment: ["DOPPEL_SECRET": EngineHarness.secret]))
        let runs = try recorded(directory.file("ledger.sqlite"))
        try #require(runs.count == 1)
        #expect(runs[0].command == "clone")
        #expect(runs[0].status == 1)
        #expect(runs[0].kind == "policy")
        #expect(runs[0].error == "\(error)")
    }

    @Test func anUnreachableSourceIsRecordedAsAConnectionFailure() throws {
        let directory = try TemporaryDirectory()
        let error = try #require(failingClone(
            policy: EngineHarness.keepEverything, source: .postgres("postgres://doppel:Hunter2Secret@127.0.0.1:1/x"), in: directory,
            environment: ["DOPPEL_SECRET": EngineHarness.secret]))
        let runs = try recorded(directory.file("ledger.sqlite"))
        try #require(runs.count == 1)
        #expect(runs[0].status == 3)
        #expect(runs[0].kind == "connection")
        #expect(runs[0].error == "\(error)")
        let ledgerText = try SQLiteFixture.rows(directory.file("ledger.sqlite"), "SELECT source, target, error FROM runs")
        #expect(!"\(ledgerText)".contains("Hunter2Secret"))
    }

    @Test func aMissingSecretIsRecordedAsASecretFailure() throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("source.db")
        try SQLiteFixture.create(source, sql: Self.schema)
        let policy = """
            version: 1
            seed: 1
            secret: env:DOPPEL_SECRET
            tables:
              customers:
                columns:
                  id: keep
                  name: { pii: name, rule: fake }
            """
        let error = try #require(failingClone(policy: policy, source: .sqlite(path: source), in: directory, environment: [:]))
        let runs = try recorded(directory.file("ledger.sqlite"))
        try #require(runs.count == 1)
        #expect(runs[0].status == 1)
        #expect(runs[0].kind == "secret")
        #expect(runs[0].error == "\(error)")
    }

    @Test func aSuccessfulCloneHasNoErrorKind() throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("source.db")
        try SQLiteFixture.create(source, sql: Self.schema)
        _ = try EngineHarness.clone(policy: EngineHarness.keepEverything, source: source, target: directory.file("clone.db"), in: directory)
        let runs = try recorded(directory.file("ledger.sqlite"))
        try #require(runs.count == 1)
        #expect(runs[0].status == 0)
        #expect(runs[0].kind == nil)
        #expect(runs[0].error == nil)
    }

    @Test func aFitAndASynthesizeThatFailEarlyAreRecorded() throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("source.db")
        try SQLiteFixture.create(source, sql: Self.schema)
        let ledger = directory.file("ledger.sqlite")
        let policy = directory.file("policy.yaml")
        try "version: 1\ntables: [broken\n".write(toFile: policy, atomically: true, encoding: .utf8)
        let logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
        #expect(throws: (any Error).self) {
            _ = try ModelFitter(logger: logger).fit(policyPath: policy, source: .sqlite(path: source), output: directory.file("m.json"), ledgerPath: ledger)
        }
        #expect(throws: (any Error).self) {
            _ = try SynthesizeRunner(logger: logger).run(.init(
                modelPath: directory.file("missing.model.json"), target: .sqlite(path: directory.file("synthetic.db")), ledgerPath: ledger, environment: [:]))
        }
        let runs = try recorded(ledger)
        #expect(runs.map(\.command) == ["fit", "synthesize"])
        #expect(runs.map(\.status) == [1, 64])
        #expect(runs.map(\.kind) == ["policy", "model"])
    }
}

/// A ledger that cannot be opened never hides the run's own error, and nothing is written unrecorded.
@Suite struct UnopenableLedgerTests {
    func clone(policy: String, source: String, directory: TemporaryDirectory) -> (any Error)? {
        // The ledger's directory would have to be inside a regular file.
        let blocker = directory.file("not-a-directory")
        _ = FileManager.default.createFile(atPath: blocker, contents: Data("x".utf8))
        let policyPath = directory.file("policy.yaml")
        do {
            try policy.write(toFile: policyPath, atomically: true, encoding: .utf8)
            let request = CloneRequest(
                policy: .file(policyPath), source: .sqlite(path: source), target: .sqlite(path: directory.file("clone.db")),
                ledgerPath: blocker + "/ledger.sqlite", environment: ["DOPPEL_SECRET": EngineHarness.secret])
            _ = try CloneRunner(logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }).run(request)
            return nil
        } catch {
            return error
        }
    }

    @Test func thePolicyErrorIsReportedNotTheLedgers() throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("source.db")
        try SQLiteFixture.create(source, sql: RunRecordingTests.schema)
        let error = try #require(clone(policy: "version: 1\ntables: [broken\n", source: source, directory: directory))
        #expect(ErrorKind.of(error) == .policy, "\(error)")
    }

    @Test func aRunThatWouldWriteStopsWithTheLedgersError() throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("source.db")
        try SQLiteFixture.create(source, sql: RunRecordingTests.schema)
        let error = try #require(clone(policy: EngineHarness.keepEverything, source: source, directory: directory))
        #expect("\(error)".contains("ledger"), "\(error)")
        #expect(!FileManager.default.fileExists(atPath: directory.file("clone.db")))
    }
}
