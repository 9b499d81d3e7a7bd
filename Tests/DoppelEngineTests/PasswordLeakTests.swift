import DoppelCore
import DoppelEngine
import DoppelTestSupport
import Foundation
import Logging
import PropertyBased
import Testing

/// Generated passwords written into source and target URLs, raw (an unencoded `@`, `/`, `&`, `?`, `#`…) and
/// percent-encoded, through a whole clone: no piece of four characters of a password shows in the error, the
/// summary JSON or the run ledger (issue 13, defect 4). The test cluster trusts local connections, so an
/// encoded password connects and the run's success paths are covered too.
@Suite struct PasswordLeakTests {
    static let policy = "version: 1\nseed: 1\nsecret: env:DOPPEL_SECRET\nunlisted: keep\ntables: {}\n"

    static func encoded(_ password: String) -> String {
        password.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    }

    /// Everything a clone between `source` and `target` shows: its error, or its summary as JSON; and its ledger.
    static func outputs(source: ConnectionURL, target: ConnectionURL, in directory: TemporaryDirectory) throws -> String {
        let policyPath = directory.file("policy.yaml")
        try policy.write(toFile: policyPath, atomically: true, encoding: .utf8)
        let ledger = directory.file("ledger-\(UUID().uuidString).sqlite")
        let request = CloneRequest(policy: .file(policyPath), source: source, target: target, ledgerPath: ledger, environment: ["DOPPEL_SECRET": EngineHarness.secret])
        var shown = "\(source) \(target) "
        do {
            if case .cloned(let summary, _) = try CloneRunner(logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }).run(request) {
                shown += String(decoding: try JSONEncoder().encode(summary), as: UTF8.self)
            }
        } catch {
            shown += "\(error)"
        }
        if let data = FileManager.default.contents(atPath: ledger) { shown += String(decoding: data, as: UTF8.self) }
        return shown
    }

    @Test func noPieceOfAPasswordShowsInAnyOutput() async throws {
        let server = try TemporaryPostgres.shared.get()
        let sourceURL = try server.createDatabase("leak_source", running: "CREATE TABLE t (id int PRIMARY KEY); INSERT INTO t VALUES (1);")
        let components = try #require(URLComponents(string: sourceURL))
        let database = String(components.path.dropFirst())
        let query = components.percentEncodedQuery ?? ""
        let directory = try TemporaryDirectory()
        let sqliteSource = directory.file("source.db")
        try SQLiteFixture.create(sqliteSource, sql: "CREATE TABLE t (id INTEGER PRIMARY KEY); INSERT INTO t VALUES (1);")
        let password = Gen.element(of: PasswordPieces.alphabet).map { $0 ?? "Q" }.string(of: 6...18)
        await propertyCheck(count: 25, input: password) { password in
            var urls: [String] = []
            for written in [password, Self.encoded(password)] {
                urls.append("postgresql://doppel:\(written)@/\(database)?\(query)")
                urls.append("postgresql:///\(database)?\(query)&password=\(written)")
            }
            for url in urls {
                let targetURL = url.replacingOccurrences(of: "/\(database)?", with: "/\(database)_clone_\(abs(url.hashValue % 1000))?")
                let shown = (try? Self.outputs(source: .postgres(url), target: .sqlite(path: directory.file("c.db")), in: directory)) ?? ""
                let shownTarget = (try? Self.outputs(source: .sqlite(path: sqliteSource), target: .postgres(targetURL), in: directory)) ?? ""
                for piece in PasswordPieces.of(password) {
                    #expect(!shown.contains(piece), "source URL: \(piece) shows")
                    #expect(!shownTarget.contains(piece), "target URL: \(piece) shows")
                }
            }
        }
    }
}
