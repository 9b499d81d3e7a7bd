import DoppelCore
import DoppelTestSupport
import Testing
@testable import DoppelPostgres
import Foundation

@Suite struct PGConnectionTests {
    let server: TemporaryPostgres

    init() throws {
        server = try TemporaryPostgres.shared.get()
    }

    @Test func connectsAndIdentifiesItself() throws {
        let connection = try PGConnection(url: try server.createDatabase())
        #expect(connection.serverVersion >= 120_000)
        let settings = try connection.execute("SELECT current_setting('application_name'), current_setting('lock_timeout'), current_setting('statement_timeout')")
        #expect(settings.rows() == [["doppel", PGConnection.lockTimeout, PGConnection.statementTimeout]])
    }

    @Test func aFailedConnectionSaysWhatWasTriedAndHidesThePassword() {
        let url = server.url(database: "no_such_database").replacingOccurrences(of: "user=doppel", with: "user=doppel&password=hunter2secret")
        do {
            _ = try PGConnection(url: url)
            Issue.record("connected to a database that does not exist")
        } catch {
            #expect(error.isConnectionFailure)
            #expect(error.exitStatus == .connection)
            #expect(error.description.contains("dbname=no_such_database"))
            #expect(error.description.contains("user=doppel"))
            #expect(error.description.contains("does not exist"))
            #expect(!error.description.contains("hunter2secret"))
        }
    }

    @Test func serverErrorsCarryTheirSQLStateAndNoRowValues() throws {
        let connection = try PGConnection(url: try server.createDatabase())
        do {
            try connection.execute("SELECT * FROM missing_table")
            Issue.record("expected an error")
        } catch {
            #expect(error.state == .undefinedTable)
            #expect(error.description.contains("missing_table"))
        }
        try connection.execute("CREATE TABLE people (email text UNIQUE)")
        try connection.execute("INSERT INTO people VALUES ($1)", parameters: ["alice@secret.test"])
        do {
            try connection.execute("INSERT INTO people VALUES ($1)", parameters: ["alice@secret.test"])
            Issue.record("expected a unique violation")
        } catch {
            #expect(error.state == .uniqueViolation)
            #expect(error.constraint == "people_email_key")
            #expect(error.table == "people")
            #expect(!error.description.contains("alice@secret.test"))
        }
    }

    @Test func copyStreamsRowsBothWays() throws {
        let connection = try PGConnection(url: try server.createDatabase())
        try connection.execute("CREATE TABLE t (a int, b text)")
        try connection.beginCopyIn("COPY t FROM STDIN")
        let rows = "1\tone\n2\t\\N\n3\ttab\\there\n"
        try Array(rows.utf8).withUnsafeBytes { try connection.sendCopyData($0) }
        try connection.endCopy()
        var lines: [String] = []
        try connection.copyOut("COPY t TO STDOUT") { lines.append(String(decoding: $0, as: UTF8.self)) }
        #expect(lines == ["1\tone\n", "2\t\\N\n", "3\ttab\\there\n"])
    }

    /// libpq quotes what it cannot parse (`invalid integer value "…" for connection option "port"`); a password
    /// written into the URL unencoded must not come back through it, in part or whole.
    @Test func aConnectionFailureShowsNoPieceOfAnUnencodedPassword() {
        for url in ["postgres://u:AtPw@Secret9@127.0.0.1:1/db", "postgres://u:SlashPw/Secret9@127.0.0.1:1/db",
                    "postgresql://127.0.0.1:1/db?password=Amp&Secret9", "postgres://u:Colon:Pw9x@127.0.0.1:1/db"] {
            do {
                _ = try PGConnection(url: url)
                Issue.record("connected to \(url)")
            } catch {
                let text = "\(error)"
                for piece in ["AtPw", "Secret9", "SlashPw", "Amp&", "Colon", "Pw9x"] {
                    #expect(!text.contains(piece), "\(text)")
                }
            }
        }
    }
}

/// libpq's list of connection keywords is what a query parameter of a URL may name.
@Suite struct ConnectionKeywordTests {
    @Test func everyKeywordOfTheInstalledLibpqIsAccepted() throws {
        for keyword in PGConnection.libpqKeywords() {
            #expect(PostgresURLSyntax.connectionKeywords.contains(keyword), "libpq takes `\(keyword)`, which a URL would be refused for")
        }
        #expect(PGConnection.libpqKeywords().count > 20)
    }
}
