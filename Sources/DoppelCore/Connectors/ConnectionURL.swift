import Foundation

/// Where a database lives: `sqlite:PATH`, `sqlite:///abs/path`, `postgres://…`, or `env:NAME`.
///
/// `description` never shows a password, so a URL can be printed in help, errors and the run ledger.
public enum ConnectionURL: Hashable, Sendable, CustomStringConvertible {
    /// A SQLite database file.
    case sqlite(path: String)
    /// A PostgreSQL connection string as libpq takes it.
    case postgres(String)

    /// Parses a URL as given on the command line; `env:NAME` reads it from the environment.
    public init(parsing text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(ConnectionURLError) {
        if text.hasPrefix("env:") {
            let name = String(text.dropFirst(4))
            guard let value = environment[name], !value.isEmpty else {
                throw .missingEnvironmentVariable(name)
            }
            if value.hasPrefix("env:") { throw .invalid(text, reason: "the variable \(name) names another variable") }
            try self.init(parsing: value, environment: environment)
            return
        }
        if text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") {
            self = .postgres(text)
            return
        }
        if text.hasPrefix("sqlite:") {
            var path = String(text.dropFirst("sqlite:".count))
            if path.hasPrefix("//") {
                path = String(path.dropFirst(2))  // sqlite:///abs/path → /abs/path
                if !path.hasPrefix("/") {
                    throw .invalid(text, reason: "after sqlite:// comes an absolute path, as in sqlite:///var/data/app.db")
                }
            }
            guard !path.isEmpty else { throw .invalid(text, reason: "the path is empty") }
            self = .sqlite(path: path)
            return
        }
        throw .invalid(
            text, reason: "start it with sqlite: (as in sqlite:shop.db), postgres:// or env:NAME")
    }

    /// The engine name (`sqlite`, `postgres`).
    public var engine: String {
        switch self {
        case .sqlite: return "sqlite"
        case .postgres: return "postgres"
        }
    }

    /// The URL with any password replaced by `***`.
    public var description: String {
        switch self {
        case .sqlite(let path): return "sqlite:\(path)"
        case .postgres(let url): return ConnectionURL.redactingPassword(in: url)
        }
    }

    /// Removes the password from a `postgres://user:password@host/db` URL and from a `password=` parameter.
    static func redactingPassword(in url: String) -> String {
        var result = url
        if let schemeEnd = result.range(of: "://") {
            let rest = result[schemeEnd.upperBound...]
            if let at = rest.firstIndex(of: "@"), let colon = rest[..<at].firstIndex(of: ":") {
                result.replaceSubrange(result.index(after: colon)..<at, with: "***")
            }
        }
        if let range = result.range(of: "password=") {
            let valueEnd = result[range.upperBound...].firstIndex(where: { $0 == "&" || $0 == " " }) ?? result.endIndex
            result.replaceSubrange(range.upperBound..<valueEnd, with: "***")
        }
        return result
    }
}

/// A connection URL that cannot be used.
public enum ConnectionURLError: DoppelError, Equatable {
    case invalid(String, reason: String)
    case missingEnvironmentVariable(String)

    public var exitStatus: ExitStatus { .usage }

    public var description: String {
        switch self {
        case .invalid(let text, let reason):
            return "cannot read the database URL `\(ConnectionURL.redactingPassword(in: text))`: \(reason)"
        case .missingEnvironmentVariable(let name):
            return "the environment variable \(name) is not set; export it with the database URL (e.g. export \(name)=sqlite:app.db)"
        }
    }
}
