import DoppelCore
import Foundation

/// One run at a time per PostgreSQL target database: a session-level advisory lock, taken with
/// `pg_try_advisory_lock` on the target connection (never waited for) and held until that connection
/// ends, when the server releases it, also for a run that was killed.
///
/// The run names itself in `application_name` (`doppel clone, pid …, started …`), which a refused run shows.
enum PostgresTargetLock {
    /// The advisory lock's two keys: "Dopp" and 1. Advisory locks belong to one database, so this is one lock per target database.
    static let keys = (classID: 0x446F_7070, objectID: 1)

    /// Takes the lock, or throws ``TargetRefused`` naming the run that holds it.
    static func take(on connection: PGConnection, started: Date) throws {
        let name = "doppel clone, pid \(getpid()), started \(CloneMark.timestamp(started))"
        _ = try connection.execute("SELECT set_config('application_name', $1, false)", parameters: [name], context: "naming the run on the target")
        let taken = try connection.execute(
            "SELECT pg_try_advisory_lock(\(keys.classID), \(keys.objectID))::text", context: "taking the target's lock (one doppel run at a time)"
        ).text(row: 0, column: 0)
        guard taken != "true" else { return }
        let holder = try? connection.execute("""
            SELECT a.application_name, to_char(a.backend_start AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
            FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.locktype = 'advisory' AND l.granted AND l.classid = \(keys.classID) AND l.objid = \(keys.objectID) AND l.objsubid = 2
              AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
            """).rows().first
        let description: String
        if let application = holder?[0] ?? nil, application.hasPrefix("doppel clone, ") {
            description = String(application.dropFirst("doppel clone, ".count))
        } else if let since = holder?[1] ?? nil {
            description = "a session connected since \(since)"
        } else {
            description = "pid unknown"
        }
        throw TargetRefused(
            "another doppel run (\(description)) is writing this target, \(connection.displayURL); nothing was written. Wait for it to finish (the server releases its lock when that run ends or dies), then run again")
    }
}
