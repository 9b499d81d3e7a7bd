import DoppelTestSupport
import Foundation
import Testing

/// Messages a new user meets name the problem and the fix (issue 13, defect 9).
@Suite struct MessageTests {
    static let secret = String(repeating: "0123456789abcdef", count: 2)
    static let minimalPolicy = "version: 1\nseed: 1\nsecret: env:DOPPEL_SECRET\nunlisted: keep\ntables: {}\n"

    @Test func anEmptySecretIsCalledEmpty() throws {
        let directory = try TemporaryDirectory()
        let policy = directory.file("p.yaml")
        try "version: 1\nsecret: env:DOPPEL_SECRET\nunlisted: keep\ntables:\n  Genre:\n    columns:\n      GenreId: keep\n      Name: { rule: fake, pii: name }\n".write(toFile: policy, atomically: true, encoding: .utf8)
        let result = try DoppelProcess.run(
            ["clone", "--policy", policy, "--source", "sqlite:" + Fixtures.chinookSQLite, "--target", "sqlite:" + directory.file("c.db")],
            environment: ["DOPPEL_SECRET": ""])
        #expect(result.status != 0)
        #expect(result.standardError.contains("DOPPEL_SECRET, which is empty"), "\(result.standardError)")
        #expect(!result.standardError.contains("not set"), "\(result.standardError)")
    }

    @Test func aSourceThatIsADirectoryIsNamedSo() throws {
        let directory = try TemporaryDirectory()
        let policy = directory.file("p.yaml")
        try Self.minimalPolicy.write(toFile: policy, atomically: true, encoding: .utf8)
        for arguments in [["inspect", "sqlite:" + directory.path], ["clone", "--policy", policy, "--source", "sqlite:" + directory.path, "--target", "sqlite:" + directory.file("c.db")]] {
            let result = try DoppelProcess.run(arguments, environment: ["DOPPEL_SECRET": Self.secret])
            #expect(result.status != 0)
            #expect(result.standardError.contains("is a directory"), "\(arguments[0]): \(result.standardError)")
            #expect(result.standardError.contains("name a database file"), "\(arguments[0]): \(result.standardError)")
            #expect(!result.standardError.contains("disk I/O"), "\(arguments[0]): \(result.standardError)")
        }
    }

    @Test func aPolicyPathThatIsADirectoryIsNamedSo() throws {
        let directory = try TemporaryDirectory()
        let result = try DoppelProcess.run(["check", "--policy", directory.path, "--source", "sqlite:" + Fixtures.chinookSQLite])
        #expect(result.status != 0)
        let output = result.standardOutput + result.standardError
        #expect(output.contains("is a directory"), "\(output)")
        #expect(!output.contains("permissions"), "\(output)")
    }

    @Test func jobsBelowOneSaysSo() throws {
        for value in ["-1", "0"] {
            let result = try DoppelProcess.run(["clone", "--policy", "p.yaml", "--source", "sqlite:a.db", "--target", "sqlite:b.db", "--jobs", value])
            #expect(result.status == 64)
            #expect(result.standardError.contains("--jobs must be at least 1"), "\(value): \(result.standardError)")
            #expect(!result.standardError.contains("Missing value"), "\(value): \(result.standardError)")
        }
    }

    @Test func anEmptyPolicyShowsAMinimalOne() throws {
        let directory = try TemporaryDirectory()
        let policy = directory.file("empty.yaml")
        try "".write(toFile: policy, atomically: true, encoding: .utf8)
        let result = try DoppelProcess.run(["check", "--policy", policy, "--source", "sqlite:" + Fixtures.chinookSQLite])
        #expect(result.status != 0)
        let output = result.standardOutput + result.standardError
        #expect(output.contains("version: 1"), "\(output)")
        #expect(output.contains("tables:"), "\(output)")
        #expect(!output.contains("doppel init"), "\(output)")
    }

    /// 20,000 unknown tables: a few lines, each kind of problem capped, and quick.
    @Test func repeatedDiagnosticsAreCapped() throws {
        let directory = try TemporaryDirectory()
        let policy = directory.file("huge.yaml")
        var text = "version: 1\nsecret: env:DOPPEL_SECRET\nunlisted: keep\ntables:\n"
        for index in 0..<20_000 { text += "  missing_table_\(index):\n    columns:\n      a: keep\n" }
        try text.write(toFile: policy, atomically: true, encoding: .utf8)
        for arguments in [["check", "--policy", policy, "--source", "sqlite:" + Fixtures.chinookSQLite],
                          ["clone", "--policy", policy, "--source", "sqlite:" + Fixtures.chinookSQLite, "--target", "sqlite:" + directory.file("c.db")]] {
            let result = try DoppelProcess.run(arguments, environment: ["DOPPEL_SECRET": Self.secret])
            #expect(result.status != 0)
            let lines = (result.standardOutput + result.standardError).split(separator: "\n")
            #expect(lines.count < 120, "\(arguments[0]): \(lines.count) lines")
            #expect((result.standardOutput + result.standardError).contains("19950 more"), "\(arguments[0]): \(result.standardError.suffix(600))")
        }
    }
}
