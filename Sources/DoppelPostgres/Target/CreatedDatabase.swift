/// A target database a run created (it did not exist): a run that does not finish drops it again, so a
/// failed first run leaves nothing behind.
struct CreatedDatabase {
    /// The same server's `postgres` database, from which the target can be dropped.
    let maintenanceURL: String
    let name: String

    /// Drops the database, ending `connection` (the run's own session in it) first. Best effort: a database
    /// another session has entered meanwhile stays.
    func drop(leaving connection: PGConnection?) {
        let backend = connection.map { String($0.backendPID) }
        guard let maintenance = try? PGConnection(url: maintenanceURL) else { return }
        if let backend {
            _ = try? maintenance.execute("SELECT pg_terminate_backend($1::int)", parameters: [backend])
        }
        _ = try? maintenance.execute("DROP DATABASE IF EXISTS \(maintenance.quote(name))")
    }
}
