public import Foundation

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
            guard let value = environment[name] else { throw .missingEnvironmentVariable(name) }
            guard !value.isEmpty else { throw .emptyEnvironmentVariable(name) }
            if value.hasPrefix("env:") { throw .invalid(text, reason: "the variable \(name) names another variable") }
            try self.init(parsing: value, environment: environment)
            return
        }
        if text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") {
            do {
                _ = try PostgresURLSyntax(text)
            } catch {
                throw .malformedPostgres(error.description)
            }
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

    /// Whether the target keeps rows in the order they were written (a SQLite table's rowid order), so a
    /// table must be written in the source's order rather than by parallel readers.
    package var keepsInsertionOrder: Bool {
        switch self {
        case .sqlite: return true
        case .postgres: return false
        }
    }

    /// The URL with any password replaced by `***`.
    public var description: String {
        switch self {
        case .sqlite(let path): return "sqlite:\(path)"
        case .postgres(let url):
            // A URL that does not read cleanly may hold a piece of a password anywhere: it is never shown.
            guard let syntax = try? PostgresURLSyntax(url) else { return ConnectionURL.unreadablePostgres }
            return syntax.redacted
        }
    }

    /// How a `postgres://` URL that does not read cleanly is shown: not at all.
    package static let unreadablePostgres = "postgres://… (not shown: the URL does not read cleanly, so it could show a piece of a password)"

    /// Removes the password from a `postgres://user:password@host/db` URL and from a `password=` parameter,
    /// reading them as a careless URL writes them: a password may hold an unencoded `@`, `/`, `&`,
    /// `?` or `:`, so the user information runs to the *last* `@` of the URL, and a `password=` value runs
    /// to the end of the text. What follows is hidden too when in doubt, rather than risk a piece of the password.
    static func redactingPassword(in url: String) -> String {
        var result = url
        if let schemeEnd = result.range(of: "://") {
            let authority = result[schemeEnd.upperBound...]
            if let at = authority.lastIndex(of: "@"), let colon = authority[..<at].firstIndex(of: ":") {
                result.replaceSubrange(result.index(after: colon)..<at, with: "***")
            }
        }
        if let range = result.range(of: "password=", options: .caseInsensitive) {
            result.replaceSubrange(range.upperBound..<result.endIndex, with: "***")
        }
        return result
    }

    /// The pieces of a URL's password (as ``redactingPassword(in:)`` finds it) that another program could
    /// echo: the whole password and its parts between `@ / & : ? = #` and spaces, of four characters or more.
    static func passwordFragments(in url: String) -> [String] {
        var passwords: [Substring] = []
        if let schemeEnd = url.range(of: "://") {
            let authority = url[schemeEnd.upperBound...]
            if let at = authority.lastIndex(of: "@"), let colon = authority[..<at].firstIndex(of: ":") {
                passwords.append(authority[authority.index(after: colon)..<at])
            }
        }
        if let range = url.range(of: "password=", options: .caseInsensitive) { passwords.append(url[range.upperBound...]) }
        let separators: Set<Character> = ["@", "/", "&", ":", "?", "=", "#", " "]
        let pieces = passwords.flatMap { password in [password] + password.split(whereSeparator: separators.contains) }
        return Set(pieces.map(String.init).filter { $0.count >= 4 }).sorted { $0.count > $1.count }
    }

    /// `text` with every piece of the URL's password replaced by `***`: for messages of programs (libpq) that
    /// quote what they could not parse.
    package static func scrubbing(_ text: String, passwordOf url: String) -> String {
        passwordFragments(in: url).reduce(text) { $0.replacingOccurrences(of: $1, with: "***") }
    }
}

/// A connection URL that cannot be used.
public enum ConnectionURLError: DoppelError, Equatable {
    case invalid(String, reason: String)
    case missingEnvironmentVariable(String)
    case emptyEnvironmentVariable(String)
    /// A `postgres://` URL that does not read cleanly; the reason names the part, never its text.
    case malformedPostgres(String)

    /// A URL that cannot be used is a usage error.
    public var exitStatus: ExitStatus { .usage }

    /// What is wrong with the URL, never showing its password.
    public var description: String {
        switch self {
        case .invalid(let text, let reason):
            return "cannot read the database URL `\(ConnectionURL.redactingPassword(in: text))`: \(reason)"
        case .missingEnvironmentVariable(let name):
            return "the environment variable \(name) is not set; export it with the database URL (e.g. export \(name)=sqlite:app.db)"
        case .malformedPostgres(let reason):
            return "cannot read the PostgreSQL URL (not shown, as it could hold a piece of a password): \(reason)"
        case .emptyEnvironmentVariable(let name):
            return "the environment variable \(name) is empty; set it to the database URL (e.g. export \(name)=sqlite:app.db)"
        }
    }
}
