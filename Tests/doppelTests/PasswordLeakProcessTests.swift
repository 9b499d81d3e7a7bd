import DoppelTestSupport
import Foundation
import PropertyBased
import Testing

/// Generated passwords written raw (an unencoded `@`, `/`, `&`, `?`, `#`…) and percent-encoded into the URLs
/// of `doppel inspect` and `doppel check`, run as a user runs them: no piece of four characters of a password
/// shows on stdout or stderr (issue 13, defect 4; `PasswordLeakTests` holds clone to the same).
@Suite struct PasswordLeakProcessTests {
    @Test func inspectAndCheckNeverShowAPieceOfAPassword() async throws {
        let server = try TemporaryPostgres.shared.get()
        let sourceURL = try server.createDatabase("leak_cli", running: "CREATE TABLE t (id int PRIMARY KEY); INSERT INTO t VALUES (1);")
        let components = try #require(URLComponents(string: sourceURL))
        let database = String(components.path.dropFirst())
        let query = components.percentEncodedQuery ?? ""
        let directory = try TemporaryDirectory()
        let policy = directory.file("policy.yaml")
        try "version: 1\nseed: 1\nunlisted: keep\ntables: {}\n".write(toFile: policy, atomically: true, encoding: .utf8)
        let password = Gen.element(of: PasswordPieces.alphabet).map { $0 ?? "Q" }.string(of: 6...18)
        await propertyCheck(count: 8, input: password) { password in
            var urls: [String] = []
            for written in [password, password.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""] {
                urls.append("postgresql://doppel:\(written)@/\(database)?\(query)")
                urls.append("postgresql:///\(database)?\(query)&password=\(written)")
                urls.append("postgresql://doppel:\(written)@127.0.0.1:1/\(database)")
            }
            for url in urls {
                var shown = ""
                for arguments in [["inspect", url], ["check", "--policy", policy, "--source", url], ["check", "--policy", policy, "--source", url, "--target", url]] {
                    if let run = try? DoppelProcess.run(arguments) { shown += run.standardOutput + run.standardError }
                }
                // The runs got as far as a message: a refused URL, a connection failure or a schema.
                #expect(shown.lowercased().contains("error") || shown.contains("table"), "\(shown.prefix(300))")
                for piece in PasswordPieces.of(password) {
                    #expect(!shown.contains(piece), "\(piece) of a password shows")
                }
            }
        }
    }
}
