import DoppelPostgres
import Foundation
import Synchronization

/// A PostgreSQL server for tests: `DOPPEL_TEST_POSTGRES_URL` when set, else a throwaway cluster this
/// process starts itself (initdb + pg_ctl, trust authentication, a private socket directory and port,
/// no TCP), stopped when the test process exits. As root it runs the server binaries as the
/// unprivileged `postgres` user, in a directory that user owns, since PostgreSQL refuses to run as root.
///
/// Each test gets a database of its own from ``createDatabase()``. A PostgreSQL test never skips: if no
/// server can be had, it fails with the reason.
public final class TemporaryPostgres: Sendable {
    /// The shared server of this test process.
    public static let shared: Result<TemporaryPostgres, TemporaryPostgresError> = {
        do {
            return .success(try TemporaryPostgres())
        } catch let error as TemporaryPostgresError {
            return .failure(error)
        } catch {
            return .failure(TemporaryPostgresError(message: "\(error)"))
        }
    }()

    /// A URL for the maintenance database, as libpq takes it.
    public let adminURL: String
    private let baseURL: @Sendable (String) -> String

    private init() throws {
        if let url = ProcessInfo.processInfo.environment["DOPPEL_TEST_POSTGRES_URL"], !url.isEmpty {
            adminURL = url
            baseURL = { database in TemporaryPostgres.replacingDatabase(in: url, with: database) }
            return
        }
        let cluster = try Cluster.start()
        adminURL = cluster.url(database: "postgres")
        baseURL = { cluster.url(database: $0) }
    }

    /// A fresh, empty database; returns its URL.
    public func createDatabase(_ label: String = "test") throws -> String {
        let name = "\(label)_\(UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(12).lowercased())"
        let admin = try PGConnection(url: adminURL)
        try admin.execute("CREATE DATABASE \(admin.quote(name))")
        return baseURL(name)
    }

    /// A primary cluster of its own and a hot standby streaming from it, for tests that read from a
    /// standby; returns libpq URLs of the `postgres` database on each.
    public static func standbyPair() throws -> (primary: String, standby: String) {
        let primary = try Cluster.start()
        let standby = try Cluster.start { dataDirectory, asRoot in
            try run("\(primary.binaries)/pg_basebackup", [
                "-D", dataDirectory, "-R", "-X", "stream", "-h", primary.directory, "-p", String(primary.port), "-U", "doppel", "--no-sync",
            ], asPostgres: asRoot)
        }
        return (primary.url(database: "postgres"), standby.url(database: "postgres"))
    }

    /// A fresh database holding what `sql` creates; returns its URL.
    public func createDatabase(_ label: String, running sql: String) throws -> String {
        let url = try createDatabase(label)
        try PGConnection(url: url).execute(sql)
        return url
    }

    /// The URL of a database that does not exist yet, with a unique name (a clone creates it).
    public func newDatabaseURL(_ label: String) -> String {
        baseURL("\(label)_\(UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(12).lowercased())")
    }

    /// The URL of another database on the same server (which may not exist yet).
    public func url(database: String) -> String { baseURL(database) }

    /// `pg_dump --schema-only` of a database, without the lines that differ from one dump to the next
    /// (`\restrict` keys), so two databases' schemas compare as text.
    public func schemaDump(_ url: String) throws -> String {
        let binaries = try Cluster.findBinaries()
        let dump = try Self.run("\(binaries)/pg_dump", ["--schema-only", "--no-owner", "--dbname=\(url)"], asPostgres: false)
        return dump.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("\\restrict") && !$0.hasPrefix("\\unrestrict") }
            .joined(separator: "\n")
    }

    static func replacingDatabase(in url: String, with database: String) -> String {
        guard let schemeEnd = url.range(of: "://") else { return url }
        let rest = url[schemeEnd.upperBound...]
        let query = rest.firstIndex(of: "?").map { String(rest[$0...]) } ?? ""
        let authority = rest.prefix { $0 != "/" && $0 != "?" }
        return url[..<schemeEnd.upperBound] + authority + "/" + database + query
    }

    /// One initdb'd cluster in a temporary directory.
    struct Cluster {
        let directory: String
        let port: Int
        let binaries: String
        var dataDirectory: String { directory + "/data" }

        func url(database: String) -> String {
            "postgresql:///\(database)?host=\(directory)&port=\(port)&user=doppel"
        }

        static func findBinaries() throws -> String {
            if let override = ProcessInfo.processInfo.environment["DOPPEL_PG_BINDIR"], !override.isEmpty { return override }
            let root = "/usr/lib/postgresql"
            let versions = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).compactMap(Int.init).sorted()
            for version in versions.reversed() where FileManager.default.isExecutableFile(atPath: "\(root)/\(version)/bin/initdb") {
                return "\(root)/\(version)/bin"
            }
            throw TemporaryPostgresError(message: "no PostgreSQL server binaries under \(root); install them (apt-get install postgresql) or set DOPPEL_TEST_POSTGRES_URL")
        }

        /// Starts a new cluster; `populate` fills the (empty, owned) data directory instead of initdb, as
        /// `pg_basebackup` does for a standby.
        static func start(populate: ((_ dataDirectory: String, _ asRoot: Bool) throws -> Void)? = nil) throws -> Cluster {
            let binaries = try findBinaries()
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("doppel-pg-\(getpid())-\(UInt32.random(in: 0...UInt32.max))").path
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            let asRoot = geteuid() == 0
            if asRoot {
                try run("/bin/chown", ["postgres:postgres", directory], asPostgres: false)
            }
            if let populate {
                try populate(directory + "/data", asRoot)
            } else {
                try run("\(binaries)/initdb", ["-D", directory + "/data", "-A", "trust", "-U", "doppel", "-E", "UTF8", "--no-sync", "--locale=C"], asPostgres: asRoot)
            }
            var lastError: (any Error)?
            for _ in 0..<5 {
                let port = Int.random(in: 20_000...60_000)
                do {
                    try run("\(binaries)/pg_ctl", [
                        "-D", directory + "/data", "-w", "-t", "60", "-l", directory + "/server.log", "-o",
                        "-k \(directory) -p \(port) -c listen_addresses= -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=50",
                        "start",
                    ], asPostgres: asRoot)
                    let cluster = Cluster(directory: directory, port: port, binaries: binaries)
                    ClusterRegistry.register(cluster, asRoot: asRoot)
                    return cluster
                } catch {
                    lastError = error
                }
            }
            throw TemporaryPostgresError(message: "the test cluster in \(directory) did not start: \(lastError.map { "\($0)" } ?? "unknown"); see \(directory)/server.log")
        }
    }

    /// Runs a program to completion with posix_spawn and waitpid (Foundation's Process can hang waiting
    /// here, inside a one-time initializer); its output goes to a file, since the server pg_ctl starts
    /// would inherit a pipe and keep it open.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], asPostgres: Bool) throws -> String {
        let argv = asPostgres ? ["/sbin/runuser", "-u", "postgres", "--", executable] + arguments : [executable] + arguments
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("doppel-pg-run-\(UUID().uuidString).log").path
        defer { unlink(log) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var pid: pid_t = 0
        let cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        let spawned = posix_spawn(&pid, argv[0], &actions, nil, cArguments, environ)
        guard spawned == 0 else {
            throw TemporaryPostgresError(message: "cannot start \(argv[0]): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        let exited = (status & 0x7f) == 0
        let code = (status >> 8) & 0xff
        guard exited && code == 0 else {
            throw TemporaryPostgresError(message: "\(executable) \(arguments.joined(separator: " ")) failed (status \(status)): \(text)")
        }
        return text
    }
}

/// Stops the test clusters when the test process exits.
enum ClusterRegistry {
    /// Each cluster's stop command and directory, in the order they started.
    static let clusters = Mutex<[(stop: [String], directory: String)]>([])

    static func register(_ cluster: TemporaryPostgres.Cluster, asRoot: Bool) {
        let stop = ["\(cluster.binaries)/pg_ctl", "-D", cluster.dataDirectory, "-m", "immediate", "stop"]
        let first = clusters.withLock { clusters in
            clusters.append((asRoot ? ["/sbin/runuser", "-u", "postgres", "--"] + stop : stop, cluster.directory))
            return clusters.count == 1
        }
        guard first else { return }
        atexit {
            for cluster in ClusterRegistry.clusters.withLock({ $0 }).reversed() {
                guard let executable = cluster.stop.first else { continue }
                _ = try? TemporaryPostgres.run(executable, Array(cluster.stop.dropFirst()), asPostgres: false)
                try? FileManager.default.removeItem(atPath: cluster.directory)
            }
        }
    }
}

/// The test server could not be had.
public struct TemporaryPostgresError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var description: String { message }
}
