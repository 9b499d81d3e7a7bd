import DoppelCore
@testable import DoppelPolicy
import DoppelTestSupport
import Foundation
import Testing

/// `include:` shares patterns, defaults and tables between policies; the including file wins, and every
/// diagnostic keeps the file and line it comes from.
@Suite struct PolicyIncludeTests {
    static func write(_ text: String, _ name: String, in directory: TemporaryDirectory) throws -> String {
        let path = directory.file(name)
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func theIncludingFileWinsAndTakesTheRest() throws {
        let directory = try TemporaryDirectory()
        _ = try Self.write("""
            version: 1
            seed: 99
            default: { pii: other, rule: redact }
            patterns:
              "*.*email*": { pii: email, rule: fake }
              "*.updated_at": keep
            tables:
              customers:
                columns: { email: { pii: email, rule: pseudonymize }, full_name: { pii: name, rule: fake } }
              orders: { columns: { total: keep } }
            """, "shared/common.yaml", in: directory)
        let main = try Self.write("""
            version: 1
            seed: 7
            include: [shared/common.yaml]
            default: keep
            patterns:
              "*.*email*": { pii: email, rule: fake, unique: true }
            tables:
              customers:
                columns: { id: keep, full_name: { pii: name, rule: redact } }
            """, "app.yaml", in: directory)
        let (loaded, diagnostics, bytes) = PolicyLoader().loadReadingBytes(path: main)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let policy = try #require(loaded)
        #expect(policy.seed == 7)  // top-level settings are the including file's
        #expect(policy.defaultEntry?.rule == "keep")
        #expect(policy.patterns.map(\.text) == ["*.*email*", "*.*email*", "*.updated_at"])
        #expect(policy.patterns.first?.entry.unique == true)  // its own pattern first among equals
        let customers = try #require(policy.table(named: "customers"))
        #expect(customers.column(named: "full_name")?.rule == "redact")  // its own column wins
        #expect(customers.column(named: "email")?.rule == "pseudonymize")  // taken from the include
        #expect(customers.column(named: "email")?.location.file.hasSuffix("shared/common.yaml") == true)
        #expect(policy.table(named: "orders")?.column(named: "total")?.rule == "keep")
        // The fingerprint covers every file the policy is made of.
        #expect(try #require(bytes).count > (try Data(contentsOf: URL(fileURLWithPath: main))).count)
    }

    @Test func problemsInAnIncludedFileAreReportedThere() throws {
        let directory = try TemporaryDirectory()
        let common = try Self.write("version: 1\npatterns:\n  \"*.x\": { pii: emial, rule: fake }\n", "common.yaml", in: directory)
        let main = try Self.write("version: 1\ninclude: common.yaml\ntables: {}\n", "app.yaml", in: directory)
        let (_, diagnostics, _) = PolicyLoader().loadReadingBytes(path: main)
        let error = try #require(diagnostics.first { $0.severity == .error })
        #expect(error.location?.file == common && error.location?.line == 3)
        #expect(error.message.contains("emial"))
    }

    @Test func aMissingFileAndACycleAreRefusedAtTheirInclude() throws {
        let directory = try TemporaryDirectory()
        let main = try Self.write("version: 1\ninclude: [nowhere.yaml, loop.yaml]\n", "app.yaml", in: directory)
        _ = try Self.write("version: 1\ninclude: app.yaml\n", "loop.yaml", in: directory)
        let (_, diagnostics, _) = PolicyLoader().loadReadingBytes(path: main)
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.contains { $0.message.contains("no policy file at") && $0.location?.line == 2 && $0.location?.file == main })
        #expect(errors.contains { $0.message.contains("makes a cycle") })
    }
}
