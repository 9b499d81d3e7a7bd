import DoppelCore
import DoppelEngine
import DoppelPolicy
import DoppelTestSupport
import Foundation
import Testing

/// Every bad input gets a clear error and leaves the previous target byte-identical, with no temporary file.
@Suite struct BadInputTests {
    let directory: TemporaryDirectory
    let source: String
    let target: String
    let previous: Data

    static let good = """
        version: 1
        seed: 3
        secret: env:DOPPEL_SECRET
        tables:
          people:
            columns:
              id: keep
              email: { pii: email, rule: fake, unique: true }
              born: { pii: date_of_birth, rule: generalize, to: year }
        """

    init() throws {
        directory = try TemporaryDirectory()
        source = directory.file("source.db")
        try SQLiteFixture.create(source, sql: """
            CREATE TABLE people (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, born DATE);
            INSERT INTO people VALUES (1, 'ann@corp.test', '1980-05-06'), (2, 'bob@corp.test', '1975-01-02');
            """)
        target = directory.file("target.db")
        try SQLiteFixture.create(target, sql: "PRAGMA application_id = \(CloneMark.sqliteApplicationID); CREATE TABLE last_nights_clone (x); INSERT INTO last_nights_clone VALUES (42);")
        previous = SQLiteFixture.bytes(target)
    }

    func expectFailure(policy: String, source: String? = nil, target: String? = nil, secret: String? = EngineHarness.secret, mentioning fragments: [String], status: DoppelCore.ExitStatus) {
        do {
            _ = try EngineHarness.clone(policy: policy, source: source ?? self.source, target: target ?? self.target, in: directory, secret: secret)
            Issue.record("the clone succeeded")
        } catch let error as any DoppelError {
            for fragment in fragments {
                #expect(error.description.contains(fragment), "\(error.description) does not mention \(fragment)")
            }
            #expect(error.exitStatus == status)
        } catch {
            Issue.record("an error that is not a DoppelError: \(error)")
        }
        #expect(SQLiteFixture.bytes(self.target) == previous)
        #expect(EngineHarness.leftovers(in: directory.path).isEmpty)
    }

    @Test func theGoodPolicyWorks() throws {
        _ = try EngineHarness.clone(policy: Self.good, source: source, target: target, in: directory)
        #expect(try SQLiteFixture.integer(target, "SELECT count(*) FROM people") == 2)
        #expect(EngineHarness.leftovers(in: directory.path).isEmpty)
    }

    @Test func malformedYAML() {
        expectFailure(policy: Self.good.replacingOccurrences(of: "      id: keep", with: "      id: [keep"), mentioning: [":8:", "not valid YAML"], status: .policyProblems)
    }

    @Test func unknownTableAndColumn() {
        expectFailure(policy: Self.good.replacingOccurrences(of: "  people:", with: "  peeple:"), mentioning: ["no table `peeple`", "did you mean `people`?"], status: .policyProblems)
        expectFailure(policy: Self.good.replacingOccurrences(of: "email:", with: "emial:"), mentioning: [":8:7", "no column `emial`", "did you mean `email`?"], status: .policyProblems)
    }

    @Test func unknownRule() {
        expectFailure(policy: Self.good.replacingOccurrences(of: "rule: fake", with: "rule: faek"), mentioning: ["unknown rule `faek`", "did you mean `fake`?"], status: .policyProblems)
    }

    @Test func missingSecret() {
        expectFailure(policy: Self.good, secret: nil, mentioning: ["DOPPEL_SECRET", "is not set"], status: .policyProblems)
        expectFailure(policy: Self.good, secret: "too-short", mentioning: ["at least 32"], status: .policyProblems)
    }

    @Test func uncoveredColumn() {
        expectFailure(policy: Self.good.replacingOccurrences(of: "      born: { pii: date_of_birth, rule: generalize, to: year }\n", with: "").replacingOccurrences(of: "      born: { pii: date_of_birth, rule: generalize, to: year }", with: ""),
                      mentioning: ["`people.born` is not covered"], status: .policyProblems)
    }

    @Test func badWhereClauseNamesItsPlace() {
        expectFailure(policy: Self.good.replacingOccurrences(of: "  people:\n", with: "  people:\n    where: \"nonsense >\"\n"), mentioning: [":6:", "`where` of `people`"], status: .policyProblems)
    }

    @Test func unreadableSource() {
        expectFailure(policy: Self.good, source: directory.file("missing.db"), mentioning: ["missing.db"], status: .connection)
    }

    @Test func sourceEqualsTarget() {
        do {
            _ = try EngineHarness.clone(policy: Self.good, source: source, target: source, in: directory)
            Issue.record("cloned a database over itself")
        } catch let error as any DoppelError {
            #expect(error.description.contains("is the source"))
            #expect(error.exitStatus == .usage)
        } catch {
            Issue.record("\(error)")
        }
        // A different spelling of the same path is the same file.
        do {
            _ = try EngineHarness.clone(policy: Self.good, source: source, target: directory.path + "/./source.db", in: directory)
            Issue.record("cloned a database over itself")
        } catch {
            #expect("\(error)".contains("is the source"))
        }
    }

    @Test func targetDirectoryNotWritable() throws {
        let locked = directory.file("locked")
        try FileManager.default.createDirectory(atPath: locked, withIntermediateDirectories: true)
        // As root no permission bit stops a write, so root tries a directory no one can create files in.
        let parent = geteuid() == 0 ? "/proc" : locked
        if geteuid() != 0 { chmod(locked, 0o555) }
        defer { chmod(locked, 0o755) }
        expectFailure(policy: Self.good, target: parent + "/clone.db", mentioning: [parent], status: .runFailed)
    }
}
