import DoppelCore
import DoppelEngine
import DoppelPostgres
import DoppelTestSupport
import Foundation
import Testing

/// A value PostgreSQL refuses (a SQLite DATE column holding text that is no date) fails the run with the
/// table, column and line, never the value.
@Suite struct PostgresRefusedValueTests {
    @Test func theErrorNamesThePlaceButNotTheValue() throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("dates.db")
        try SQLiteFixture.create(source, sql: "CREATE TABLE visit (id INTEGER PRIMARY KEY, day DATE); INSERT INTO visit VALUES (1, '2024-01-02'), (2, 'soon SECRET-4711');")
        let target = try TemporaryPostgres.shared.get().newDatabaseURL("refused")
        let policy = EngineHarness.keepEverything
        do {
            try EngineHarness.clone(policy: policy, from: .sqlite(path: source), to: .postgres(target), in: directory)
            Issue.record("PostgreSQL took a date it cannot read")
        } catch {
            let text = "\(error)"
            #expect(!text.contains("SECRET-4711"), "\(text)")
            #expect(text.contains("visit"), "\(text)")
            #expect(text.contains("day"), "\(text)")
        }
    }

    /// The policy says how to carry a column the mapping gets wrong: epoch seconds in a SQLite DATE column.
    @Test func carryAsChoosesTheTargetType() throws {
        let directory = try TemporaryDirectory()
        let source = directory.file("epochs.db")
        try SQLiteFixture.create(source, sql: "CREATE TABLE visit (id INTEGER PRIMARY KEY, day DATE); INSERT INTO visit VALUES (1, 1700000000), (2, 1700086400);")
        let target = try TemporaryPostgres.shared.get().newDatabaseURL("carried")
        let policy = "version: 1\nseed: 1\nsecret: env:DOPPEL_SECRET\nunlisted: keep\ntables:\n  visit:\n    columns:\n      day: { rule: keep, carry_as: bigint }\n"
        #expect(throws: (any Error).self) {
            try EngineHarness.clone(policy: policy.replacingOccurrences(of: ", carry_as: bigint", with: ""), from: .sqlite(path: source), to: .postgres(target), in: directory)
        }
        try EngineHarness.clone(policy: policy, from: .sqlite(path: source), to: .postgres(target), in: directory)
        let clone = try PGConnection(url: target)
        #expect(try clone.execute("SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'visit'::regclass AND attname = 'day'").rows() == [["bigint"]])
        #expect(try clone.execute("SELECT sum(day)::text FROM visit").rows() == [["3400086400"]])
    }
}

/// A target URL written differently from the source's (another parameter order, host spelled otherwise)
/// that names the same database is refused before anything is touched.
@Suite struct PostgresSameDatabaseTests {
    @Test func theSourceUnderAnotherSpellingIsRefused() throws {
        let url = try TemporaryPostgres.shared.get().createDatabase("same", running: "CREATE TABLE t (id int PRIMARY KEY); INSERT INTO t VALUES (1);")
        let components = try #require(URLComponents(string: url))
        var respelled = components
        respelled.queryItems = components.queryItems?.reversed()
        let other = try #require(respelled.string)
        #expect(other != url)
        let policy = EngineHarness.keepEverything
        do {
            try EngineHarness.clone(policy: policy, from: .postgres(url), to: .postgres(other), in: try TemporaryDirectory())
            Issue.record("cloned a database onto itself")
        } catch let error as any DoppelError {
            #expect(error.exitStatus == .usage, "\(error)")
            #expect("\(error)".contains("is the source"), "\(error)")
        }
        #expect(try PGConnection(url: url).execute("SELECT count(*)::text FROM t").rows() == [["1"]])
    }
}

/// A session still reading last night's clone holds the clone back: doppel waits `lock_timeout`, then
/// stops with what to do, and the target stays as it was.
@Suite struct PostgresBusyTargetTests {
    @Test func aSessionUsingThePreviousCloneIsNamedAsTheReason() throws {
        let server = try TemporaryPostgres.shared.get()
        let source = try server.createDatabase("busy_source", running: "CREATE TABLE t (id int PRIMARY KEY); INSERT INTO t VALUES (1);")
        let target = try server.createDatabase("busy_target")
        let reader = try PGConnection(url: target)
        try reader.execute("CREATE TABLE previous (x text); INSERT INTO previous VALUES ('last night'); BEGIN; SELECT * FROM previous;")
        let policy = EngineHarness.keepEverything
        do {
            try EngineHarness.clone(policy: policy, from: .postgres(source), to: .postgres(target + "&options=-c%20lock_timeout%3D1s"), in: try TemporaryDirectory())
            Issue.record("the clone dropped tables another session was reading")
        } catch {
            #expect("\(error)".contains("another session is using the previous clone"), "\(error)")
        }
        try reader.execute("COMMIT")
        #expect(try reader.execute("SELECT x FROM previous").rows() == [["last night"]])
    }
}
