import DoppelTestSupport
import Foundation
import Testing

/// The built `doppel` binary, run as a user runs it: help, exit codes, check formats, runs.
@Suite struct CommandLineTests {
    @Test func everyHelpShowsAWorkingExample() throws {
        let root = try DoppelProcess.run(["--help"])
        #expect(root.status == 0)
        #expect(root.standardOutput.contains("doppel demo"))
        #expect(root.standardOutput.contains("Exit status"))
        for command in ["demo", "inspect", "init", "check", "clone", "verify", "runs", "rules"] {
            let help = try DoppelProcess.run([command, "--help"])
            #expect(help.status == 0, "\(command)")
            #expect(help.standardOutput.contains("doppel \(command)"), "\(command) help has no example")
        }
    }

    /// The version comes from one place: what `--version` prints is the newest version in CHANGELOG.md.
    @Test func theVersionIsTheChangelogsNewest() throws {
        let version = try DoppelProcess.run(["--version"])
        #expect(version.status == 0)
        let changelog = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("CHANGELOG.md"), encoding: .utf8)
        let newest = changelog.split(separator: "\n").first { $0.hasPrefix("## ") }.map { String($0.dropFirst(3).prefix { $0 != " " }) }
        #expect(newest == version.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(try DoppelProcess.run(["--help"]).standardOutput.contains("5 the target was refused"))
    }

    /// `clone --verify` proves the clone it made; `verify` fails a clone that holds source emails, and
    /// prints counts, never the emails.
    @Test func verifyPassesASoundCloneAndFailsALeakyOne() throws {
        let directory = try TemporaryDirectory()
        let environment = ["DOPPEL_SECRET": String(repeating: "ab", count: 16)]
        let target = "sqlite:" + directory.file("clone.sqlite")
        let ledger = ["--ledger", directory.file("ledger.sqlite")]
        let sound = try DoppelProcess.run(
            ["clone", "--policy", Fixtures.policy("chinook.yaml"), "--source", "sqlite:" + Fixtures.chinookSQLite, "--target", target, "--verify"] + ledger,
            environment: environment)
        #expect(sound.status == 0, "\(sound.standardOutput)\(sound.standardError)")
        #expect(sound.standardOutput.contains("passed: no row kept its personal value"))
        let leaky = directory.file("leaky.yaml")
        let policy = try String(contentsOfFile: Fixtures.policy("chinook.yaml"), encoding: .utf8)
        try policy.replacingOccurrences(of: "Email:      { pii: email, rule: fake, unique: true }", with: "Email:      { pii: email, rule: keep }")
            .write(toFile: leaky, atomically: true, encoding: .utf8)
        let leakyTarget = "sqlite:" + directory.file("leaky.sqlite")
        let cloned = try DoppelProcess.run(
            ["clone", "--policy", leaky, "--source", "sqlite:" + Fixtures.chinookSQLite, "--target", leakyTarget, "--quiet"] + ledger, environment: environment)
        #expect(cloned.status == 0, "\(cloned.standardError)")
        let verified = try DoppelProcess.run(["verify", "--policy", leaky, "--source", "sqlite:" + Fixtures.chinookSQLite, "--target", leakyTarget])
        #expect(verified.status == 1)
        #expect(verified.standardOutput.contains("LEAK Customer.Email") && verified.standardOutput.contains("FAILED"))
        #expect(!verified.standardOutput.contains("@"))
    }

    /// A policy of defaults and patterns clones Chinook, and `check --explain` names what decided each column.
    @Test func patternsAndDefaultsCloneAndCheckExplainsThem() throws {
        let directory = try TemporaryDirectory()
        let policy = directory.file("patterns.yaml")
        try """
            version: 1
            seed: 5
            secret: env:DOPPEL_SECRET
            default: keep
            patterns:
              "*.*email*": { pii: email, rule: fake, unique: true }
              "*.firstname": { pii: first_name, rule: fake }
              "*.lastname": { pii: last_name, rule: fake }
              "*.phone": { pii: phone, rule: fake }
              "*.fax": { pii: phone, rule: fake }
              "*.*address": { pii: street_address, rule: fake }
              "employee.birthdate": { pii: date_of_birth, rule: generalize, to: year }
            tables:
              Customer:
                columns: { CustomerId: keep }
            """.write(toFile: policy, atomically: true, encoding: .utf8)
        let source = "sqlite:" + Fixtures.chinookSQLite
        let explained = try DoppelProcess.run(["check", "--policy", policy, "--source", source, "--explain"])
        #expect(explained.status == 0, "\(explained.standardOutput)\(explained.standardError)")
        #expect(explained.standardOutput.contains("  Email: fake (pii: email) ← pattern \"*.*email*\" (\(policy):6:3)"))
        #expect(explained.standardOutput.contains("  CustomerId: keep ← written at \(policy):15:"))
        #expect(explained.standardOutput.contains("  BirthDate: generalize (pii: date_of_birth) ← pattern \"employee.birthdate\""))
        #expect(explained.standardOutput.contains("  SupportRepId: inherits the rule of Employee.EmployeeId"))
        #expect(explained.standardOutput.contains("  Total: keep ← the policy's default"))
        let target = directory.file("clone.sqlite")
        let cloned = try DoppelProcess.run(
            ["clone", "--policy", policy, "--source", source, "--target", "sqlite:" + target, "--ledger", directory.file("ledger.sqlite"), "--verify"],
            environment: ["DOPPEL_SECRET": String(repeating: "cd", count: 16)])
        #expect(cloned.status == 0, "\(cloned.standardOutput)\(cloned.standardError)")
        #expect(try SQLiteFixture.integer(target, "SELECT count(*) FROM Customer c JOIN Invoice i ON i.CustomerId = c.CustomerId") == 412)
    }

    /// `doppel init` drafts a policy for Chinook that `check` passes and `clone --verify` proves; it refuses
    /// to overwrite a file without `--force`.
    @Test func initDraftsAPolicyThatChecksClonesAndVerifies() throws {
        let directory = try TemporaryDirectory()
        let source = "sqlite:" + Fixtures.chinookSQLite
        let policy = directory.file("chinook-draft.yaml")
        let drafted = try DoppelProcess.run(["init", "--source", source, "--out", policy])
        #expect(drafted.status == 0, "\(drafted.standardError)")
        #expect(drafted.standardError.contains("Drafted 11 tables") && drafted.standardError.contains("doppel check: ok"))
        let text = try String(contentsOfFile: policy, encoding: .utf8)
        #expect(text.contains("Email: { pii: email, rule: fake }") && text.contains("BirthDate: { pii: date_of_birth, rule: generalize, to: year }"))
        #expect(!text.contains("@chinookcorp.com") && !text.contains("Andrew"))  // counts, never values
        let check = try DoppelProcess.run(["check", "--policy", policy, "--source", source])
        #expect(check.status == 0, "\(check.standardOutput)")
        let cloned = try DoppelProcess.run(
            ["clone", "--policy", policy, "--source", source, "--target", "sqlite:" + directory.file("clone.sqlite"), "--ledger", directory.file("ledger.sqlite"), "--verify"],
            environment: ["DOPPEL_SECRET": String(repeating: "ef", count: 16)])
        #expect(cloned.status == 0, "\(cloned.standardOutput)\(cloned.standardError)")
        let again = try DoppelProcess.run(["init", "--source", source, "--out", policy])
        #expect(again.status == 64 && again.standardError.contains("--force"))
        let toStandardOutput = try DoppelProcess.run(["init", "--source", source, "--sample-rows", "50"])
        #expect(toStandardOutput.status == 0 && toStandardOutput.standardOutput.hasPrefix("# Drafted by `doppel init`"))
    }

    @Test func usageErrorsExitWith64() throws {
        let result = try DoppelProcess.run(["clone", "--policy", "p.yaml", "--source", "sqlite:a.db"])
        #expect(result.status == 64)
        let same = try DoppelProcess.run(["clone", "--policy", "p.yaml", "--source", "sqlite:a.db", "--target", "sqlite:./a.db"])
        #expect(same.status == 64)
        #expect(same.standardError.contains("is the source"))
        let badURL = try DoppelProcess.run(["inspect", "a.db"])
        #expect(badURL.status == 64)
        #expect(badURL.standardError.contains("sqlite:"))
    }

    @Test func inspectPrintsTheSchemaAndItsJSONFeedsCheck() throws {
        let directory = try TemporaryDirectory()
        let text = try DoppelProcess.run(["inspect", "sqlite:" + Fixtures.chinookSQLite])
        #expect(text.status == 0)
        #expect(text.standardOutput.contains("11 tables, 15607 rows"))
        #expect(text.standardOutput.contains("ReportsTo"))
        let json = try DoppelProcess.run(["inspect", "sqlite:" + Fixtures.chinookSQLite, "--format", "json"])
        // The older spelling still works, for scripts written before --format.
        #expect(try DoppelProcess.run(["inspect", "sqlite:" + Fixtures.chinookSQLite, "--json"]).standardOutput == json.standardOutput)
        for command in [["rules"], ["runs", "--ledger", directory.file("ledger.sqlite")]] {
            let listed = try DoppelProcess.run(command + ["--format", "json"])
            #expect(listed.status == 0 && listed.standardOutput.hasPrefix("["), "\(command): \(listed.standardError)")
        }
        let schemaFile = directory.file("schema.json")
        try json.standardOutput.write(toFile: schemaFile, atomically: true, encoding: .utf8)
        let check = try DoppelProcess.run(["check", "--policy", Fixtures.policy("chinook.yaml"), "--schema", schemaFile])
        #expect(check.status == 0, "\(check.standardOutput)")
        #expect(check.standardOutput.contains("ok"))
    }

    @Test func checkReportsDriftInEveryFormat() throws {
        let directory = try TemporaryDirectory()
        let policy = directory.file("drift.yaml")
        let original = try String(contentsOfFile: Fixtures.policy("chinook.yaml"), encoding: .utf8)
        try original.replacingOccurrences(of: "      Email:      { pii: email, rule: fake, unique: true }\n", with: "", options: [], range: original.range(of: "  Customer:")!.lowerBound..<original.endIndex)
            .replacingOccurrences(of: "Composer: keep", with: "Composr: keep")
            .write(toFile: policy, atomically: true, encoding: .utf8)
        let text = try DoppelProcess.run(["check", "--policy", policy, "--source", "sqlite:" + Fixtures.chinookSQLite])
        #expect(text.status == 1)
        #expect(text.standardOutput.contains("no column `Composr` in `Track`; did you mean `Composer`?"))
        #expect(text.standardOutput.contains("`Customer.Email` is not covered"))
        #expect(text.standardOutput.contains("`Track.Composer` is not covered"))
        #expect(text.standardOutput.contains("\(policy):19:7: error"))
        let github = try DoppelProcess.run(["check", "--policy", policy, "--source", "sqlite:" + Fixtures.chinookSQLite, "--format", "github"])
        #expect(github.status == 1)
        #expect(github.standardOutput.contains("::error file=\(policy),line=19,col=7::no column `Composr`"))
        let json = try DoppelProcess.run(["check", "--policy", policy, "--source", "sqlite:" + Fixtures.chinookSQLite, "--format", "json"])
        let report = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any]
        #expect(report?["ok"] as? Bool == false)
        #expect((report?["diagnostics"] as? [Any])?.count == 3)
    }

    @Test func rulesListsEveryRuleFromItsDescriptor() throws {
        let result = try DoppelProcess.run(["rules"])
        #expect(result.status == 0)
        for rule in ["keep", "null", "constant", "redact", "fake", "pseudonymize", "hash", "generalize", "shift"] {
            #expect(result.standardOutput.contains("\n\(rule)  [") || result.standardOutput.hasPrefix("\(rule)  ["), "\(rule)")
        }
        #expect(result.standardOutput.contains("format-preserving"))
    }

    @Test func policyProblemsExit1AndUnreadableSourceExit3() throws {
        let directory = try TemporaryDirectory()
        let env = ["DOPPEL_SECRET": String(repeating: "x", count: 32), "DOPPEL_LEDGER": directory.file("ledger.sqlite")]
        let policy = directory.file("p.yaml")
        try "version: 1\nsecret: env:DOPPEL_SECRET\ntables:\n  Nope: skip\n".write(toFile: policy, atomically: true, encoding: .utf8)
        let problems = try DoppelProcess.run(["clone", "--policy", policy, "--source", "sqlite:" + Fixtures.chinookSQLite, "--target", "sqlite:" + directory.file("c.db")], environment: env)
        #expect(problems.status == 1)
        #expect(problems.standardError.contains("no table `Nope`"))
        let missing = try DoppelProcess.run(["clone", "--policy", policy, "--source", "sqlite:" + directory.file("missing.db"), "--target", "sqlite:" + directory.file("c.db")], environment: env)
        #expect(missing.status == 3)
        #expect(missing.standardError.contains("missing.db"))
    }

    @Test func fitModelShowSynthesizeAndReportFromTheCommandLine() throws {
        let directory = try TemporaryDirectory()
        let model = directory.file("chinook.model.json"), target = directory.file("synthetic.sqlite")
        let policy = Fixtures.packageRoot.appendingPathComponent("Policies/chinook_synthesize.yaml").path
        let fit = try DoppelProcess.run(["fit", "--policy", policy, "--source", "sqlite:" + Fixtures.chinookSQLite, "--out", model],
            environment: ["DOPPEL_LEDGER": directory.file("ledger.sqlite")])
        #expect(fit.status == 0, "\(fit.standardError)")
        // The fit is in the run ledger, with the rows it read (15,607 over Chinook's 11 tables).
        let runs = try DoppelProcess.run(["runs", "--ledger", directory.file("ledger.sqlite")])
        #expect(runs.standardOutput.contains("fit  ok  15607 rows read"), "\(runs.standardOutput)")
        let show = try DoppelProcess.run(["model", "show", model])
        #expect(show.status == 0, "\(show.standardError)")
        #expect(show.standardOutput.contains("doppel model, format version 1"))
        #expect(show.standardOutput.contains("Track: 3503 rows, copula of"))
        #expect(show.standardOutput.contains("children counts in the copula: InvoiceLine(TrackId), PlaylistTrack(TrackId)"))
        #expect(show.standardOutput.contains("Email: fake"))
        #expect(show.standardOutput.contains("nothing of its values is in the model"))
        let synthesize = try DoppelProcess.run(["synthesize", "--model", model, "--target", "sqlite:" + target, "--seed", "2"],
            environment: ["DOPPEL_LEDGER": directory.file("ledger.sqlite")])
        #expect(synthesize.status == 0, "\(synthesize.standardError)")
        #expect(synthesize.standardOutput.contains("verified in the clone by foreign_key_check (0 violations); integrity_check: ok"), "\(synthesize.standardOutput)")
        let report = try DoppelProcess.run(["report", "--source", "sqlite:" + Fixtures.chinookSQLite, "--target", "sqlite:" + target,
            "--policy", policy, "--format", "json"])
        #expect(report.status == 0, "\(report.standardError)")
        let json = try JSONSerialization.jsonObject(with: Data(report.standardOutput.utf8)) as? [String: Any]
        #expect((json?["overall"] as? Double ?? 0) > 0.5)
        let noTarget = try DoppelProcess.run(["report", "--source", "sqlite:" + Fixtures.chinookSQLite, "--target", "sqlite:" + directory.file("nosuch.sqlite")])
        #expect(noTarget.status != 0)
        #expect(noTarget.standardError.contains("cannot open the target sqlite:"), "\(noTarget.standardError)")
        let missing = try DoppelProcess.run(["model", "show", directory.file("missing.json")])
        #expect(missing.status != 0)
        #expect(missing.standardError.contains("missing.json"))
    }
}
