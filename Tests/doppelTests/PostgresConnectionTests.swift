import DoppelPostgres
import DoppelTestSupport
import Foundation
import Testing

/// How users name a PostgreSQL database on the command line: libpq's environment variables fill in what a
/// URL leaves out, `env:NAME` keeps the whole URL (and its password) off the command line, and a password
/// never shows in output.
@Suite struct PostgresConnectionTests {
    /// The server's socket directory or host, port and user, from the test server's URL.
    static func parts(of url: String) throws -> [String: String] {
        let components = try #require(URLComponents(string: url))
        var parts: [String: String] = [:]
        for item in components.queryItems ?? [] { parts[item.name] = item.value }
        if let host = components.host, !host.isEmpty { parts["host"] = host }
        if let port = components.port { parts["port"] = String(port) }
        if let user = components.user { parts["user"] = user }
        return parts
    }

    @Test func libpqEnvironmentVariablesFillInTheURL() throws {
        let server = try TemporaryPostgres.shared.get()
        let url = try server.createDatabase("environment", running: "CREATE TABLE t (id int PRIMARY KEY); INSERT INTO t VALUES (1), (2);")
        let parts = try Self.parts(of: url)
        let database = try #require(URLComponents(string: url)?.path.dropFirst())
        var environment: [String: String] = [:]
        environment["PGHOST"] = parts["host"]
        environment["PGPORT"] = parts["port"]
        environment["PGUSER"] = parts["user"]
        environment["PGPASSWORD"] = parts["password"]
        let result = try DoppelProcess.run(["inspect", "postgresql:///\(database)"], environment: environment)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("t  (2 rows)"), "\(result.standardOutput)")
    }

    @Test func aURLFromTheEnvironmentAndAPasswordThatNeverShows() throws {
        let server = try TemporaryPostgres.shared.get()
        let url = try server.createDatabase("env_url", running: "CREATE TABLE t (id int PRIMARY KEY)")
        let ok = try DoppelProcess.run(["inspect", "env:SHOP_DB"], environment: ["SHOP_DB": url])
        #expect(ok.status == 0, "\(ok.standardError)")
        // A wrong database with a password in the URL: the error names what was tried, never the password.
        let bad = url.replacingOccurrences(of: "env_url", with: "no_such_db") + "&password=s3cret-hunter2"
        let failed = try DoppelProcess.run(["inspect", "env:SHOP_DB"], environment: ["SHOP_DB": bad])
        #expect(failed.status == 3)
        #expect(failed.standardError.contains("no_such_db"))
        #expect(!failed.standardError.contains("s3cret-hunter2"))
        #expect(!failed.standardOutput.contains("s3cret-hunter2"))
    }
}
