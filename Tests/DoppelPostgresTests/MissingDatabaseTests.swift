import DoppelCore
import DoppelTestSupport
import Foundation
import Testing
@testable import DoppelPostgres

/// A clone into a database that does not exist creates it, whatever language the server speaks: libpq
/// gives no SQLSTATE for a failed connection, and its message follows the server's `lc_messages`.
@Suite struct MissingDatabaseTests {
    let server: TemporaryPostgres

    init() throws {
        server = try TemporaryPostgres.shared.get()
    }

    /// The server's answers as one with `lc_messages = 'de_DE.UTF-8'` words them (this machine has no
    /// locale but C installed, so the test server cannot be asked to speak German itself).
    static func inGerman(_ url: String) throws(PostgresError) -> PGConnection {
        do {
            return try PGConnection(url: url)
        } catch {
            var german = error
            german.message = "FATAL:  die angeforderte Datenbank existiert nicht"
            throw german
        }
    }

    @Test func aMissingDatabaseIsCreatedWhenTheServerAnswersInGerman() throws {
        let name = "missing_\(UUID().uuidString.prefix(8).lowercased())"
        let (connection, created) = try PostgresCloneTarget.connectCreatingDatabase(url: server.url(database: name), connect: Self.inGerman)
        #expect(created?.name == name)
        #expect(try connection.execute("SELECT current_database()").rows() == [[name]])
    }

    @Test func aConnectionRefusedForAnotherReasonIsReportedAsItWas() throws {
        let existing = try server.createDatabase()
        let refusal = PostgresError(message: "FATAL:  Passwort-Authentifizierung für Benutzer »doppel« fehlgeschlagen", isConnectionFailure: true)
        do {
            _ = try PostgresCloneTarget.connectCreatingDatabase(url: existing) { _ throws(PostgresError) in throw refusal }
            Issue.record("connected although every connection is refused")
        } catch let error as PostgresError {
            #expect(error.message == refusal.message)
        }
    }
}
