/// The parts of a `postgres://` URL, read strictly: `postgres://[user[:password]@][host[:port][,…]][/dbname][?key=value&…]`.
///
/// libpq echoes what it cannot read (`invalid port number: "…"`, `invalid URI query parameter: "…"`), and a
/// password with an unencoded `@`, `/` or `&` spills into the user, host, port, database or parameters. So a
/// URL is checked here before libpq sees it, and one that does not read cleanly is never shown: its
/// ``Problem`` names the part that is wrong and how to fix it, never the part's text.
package struct PostgresURLSyntax: Sendable, Equatable {
    /// Why a URL does not read cleanly; the message holds no text of the URL.
    package struct Problem: Error, Sendable, Equatable, CustomStringConvertible {
        package var description: String
        init(_ description: String) { self.description = description }
    }

    package var scheme: String
    /// The user as written (percent-encoded), nil when none is given.
    package var user: String?
    /// Whether a password is written after the user.
    package var hasPassword: Bool
    /// `host[:port]` entries as written, possibly empty (a socket directory from the environment).
    package var hosts: String
    /// The database as written (percent-encoded), nil when none is given.
    package var database: String?
    /// Query parameters in order, as written.
    package var parameters: [(key: String, value: String)]

    package static func == (lhs: PostgresURLSyntax, rhs: PostgresURLSyntax) -> Bool {
        lhs.scheme == rhs.scheme && lhs.user == rhs.user && lhs.hasPassword == rhs.hasPassword && lhs.hosts == rhs.hosts
            && lhs.database == rhs.database && lhs.parameters.map(\.key) == rhs.parameters.map(\.key)
            && lhs.parameters.map(\.value) == rhs.parameters.map(\.value)
    }

    static let encodingHint = "percent-encode `@` as %40, `/` as %2F, `&` as %26, `?` as %3F, `#` as %23, `=` as %3D, `%` as %25 and a space as %20"

    /// Reads `url`; throws a ``Problem`` naming the part that is wrong.
    package init(_ url: String) throws(Problem) {
        let schemes = ["postgresql://", "postgres://"]
        guard let scheme = schemes.first(where: { url.hasPrefix($0) }) else {
            throw Problem("a PostgreSQL URL starts with postgres:// or postgresql://")
        }
        self.scheme = scheme
        if url.contains(where: { $0.isWhitespace || $0.isNewline || $0.asciiValue.map { $0 < 0x20 || $0 == 0x7F } == true }) {
            throw Problem("the URL holds a space or a control character; \(Self.encodingHint)")
        }
        if url.contains("#") {
            throw Problem("the URL holds an unencoded `#`; \(Self.encodingHint)")
        }
        let rest = url.dropFirst(scheme.count)
        let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" } ?? rest.endIndex
        let authority = rest[..<authorityEnd]
        var hostPart = authority
        user = nil
        hasPassword = false
        if let at = authority.firstIndex(of: "@") {
            let userInfo = authority[..<at]
            hostPart = authority[authority.index(after: at)...]
            if hostPart.contains("@") {
                throw Problem("the user and password part holds an unencoded `@`; in a password \(Self.encodingHint)")
            }
            let colon = userInfo.firstIndex(of: ":")
            let userText = colon.map { userInfo[..<$0] } ?? userInfo
            guard Self.isPercentEncodingValid(userInfo) else {
                throw Problem("the user or password holds a `%` that starts no valid %XX escape; \(Self.encodingHint)")
            }
            if userText.contains(where: { "[],".contains($0) }) {
                throw Problem("the user name holds `[`, `]` or `,`; percent-encode them")
            }
            user = userText.isEmpty ? nil : String(userText)
            hasPassword = colon != nil
        }
        // Hosts: comma-separated `host[:port]`, a host being a name, an address or `[IPv6]`.
        for (index, entry) in hostPart.split(separator: ",", omittingEmptySubsequences: false).enumerated() {
            let ordinal = hostPart.contains(",") ? "host \(index + 1)" : "the host"
            var host = entry[...]
            var port: Substring?
            if host.hasPrefix("[") {
                guard let close = host.firstIndex(of: "]") else { throw Problem("\(ordinal) opens `[` for an IPv6 address and does not close it") }
                let after = host[host.index(after: close)...]
                if after.hasPrefix(":") { port = after.dropFirst() } else if !after.isEmpty {
                    throw Problem("after the `]` of \(ordinal) comes something other than `:PORT`")
                }
                host = host[host.index(after: host.startIndex)..<close]
                guard host.allSatisfy({ $0.isHexDigit || $0 == ":" || $0 == "." || $0 == "%" }) else {
                    throw Problem("\(ordinal) is not an IPv6 address")
                }
            } else {
                if let colon = host.firstIndex(of: ":") {
                    port = host[host.index(after: colon)...]
                    host = host[..<colon]
                }
                guard host.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-._%~".contains($0)) }), Self.isPercentEncodingValid(host) else {
                    throw Problem("\(ordinal) holds a character a host name cannot; if a password holds `@`, `:` or `/`, \(Self.encodingHint)")
                }
            }
            if let port, !(port.allSatisfy(\.isASCII) && port.allSatisfy(\.isNumber) && !port.isEmpty && port.count <= 5) {
                throw Problem("the port of \(ordinal) is not a number; if a password holds `/` or `:`, \(Self.encodingHint)")
            }
        }
        hosts = String(hostPart)
        // The database: after the first `/`, up to `?`.
        var afterPath = rest[authorityEnd...]
        database = nil
        if afterPath.hasPrefix("/") {
            let end = afterPath.firstIndex(of: "?") ?? afterPath.endIndex
            let name = afterPath[afterPath.index(after: afterPath.startIndex)..<end]
            if name.contains(where: { "@/:".contains($0) }) {
                throw Problem("the database name holds an unencoded `@`, `/` or `:`; if a password holds them, \(Self.encodingHint)")
            }
            guard Self.isPercentEncodingValid(name) else { throw Problem("the database name holds a `%` that starts no valid %XX escape") }
            database = name.isEmpty ? nil : String(name)
            afterPath = afterPath[end...]
        }
        parameters = []
        if afterPath.hasPrefix("?") {
            for (index, pair) in afterPath.dropFirst().split(separator: "&", omittingEmptySubsequences: false).enumerated() {
                let place = "query parameter \(index + 1)"
                guard let equals = pair.firstIndex(of: "=") else {
                    throw Problem("\(place) has no `=`; write key=value, and if a password holds `&`, \(Self.encodingHint)")
                }
                let key = String(pair[..<equals])
                let value = pair[pair.index(after: equals)...]
                guard Self.connectionKeywords.contains(key) else {
                    throw Problem("\(place) is not a libpq connection keyword (such as host, port, dbname, user, password, sslmode, options); if a password holds `&`, \(Self.encodingHint)")
                }
                guard !value.contains("="), !value.contains("?") else {
                    throw Problem("the value of \(place) (`\(key)`) holds an unencoded `=` or `?`; \(Self.encodingHint)")
                }
                guard Self.isPercentEncodingValid(value) else {
                    throw Problem("the value of \(place) (`\(key)`) holds a `%` that starts no valid %XX escape; \(Self.encodingHint)")
                }
                parameters.append((key, String(value)))
            }
        }
    }

    /// The URL as written, with the password (after `user:` and in `password=`) replaced by `***`.
    package var redacted: String {
        var text = scheme
        if let user { text += user }
        if hasPassword { text += ":***" }
        if user != nil || hasPassword { text += "@" }
        text += hosts
        if let database { text += "/" + database }
        if !parameters.isEmpty {
            text += "?" + parameters.map { $0.key + "=" + ($0.key == "password" ? "***" : $0.value) }.joined(separator: "&")
        }
        return text
    }

    private static func isPercentEncodingValid(_ text: Substring) -> Bool {
        var index = text.startIndex
        while let percent = text[index...].firstIndex(of: "%") {
            let digits = text[text.index(after: percent)...].prefix(2)
            guard digits.count == 2, digits.allSatisfy(\.isHexDigit) else { return false }
            index = text.index(percent, offsetBy: 3)
        }
        return true
    }

    /// libpq's connection keywords (PostgreSQL 17), the names a query parameter may have; a test compares them
    /// with the installed libpq's `PQconndefaults()`.
    package static let connectionKeywords: Set<String> = [
        "host", "hostaddr", "port", "dbname", "user", "password", "passfile", "require_auth", "channel_binding",
        "connect_timeout", "client_encoding", "options", "application_name", "fallback_application_name",
        "keepalives", "keepalives_idle", "keepalives_interval", "keepalives_count", "tcp_user_timeout", "replication",
        "gssencmode", "sslmode", "sslnegotiation", "requiressl", "sslcompression", "sslcert", "sslkey", "sslkeylogfile", "sslpassword",
        "sslcertmode", "sslrootcert", "sslcrl", "sslcrldir", "sslsni", "requirepeer", "ssl_min_protocol_version",
        "ssl_max_protocol_version", "krbsrvname", "gsslib", "gssdelegation", "service", "target_session_attrs",
        "load_balance_hosts", "scram_client_key", "scram_server_key", "oauth_issuer", "oauth_client_id",
        "oauth_client_secret", "oauth_scope", "max_protocol_version", "min_protocol_version",
    ]
}
