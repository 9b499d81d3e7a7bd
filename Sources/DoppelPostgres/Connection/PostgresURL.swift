import Foundation

/// Small edits of `postgres://` URLs.
enum PostgresURL {
    /// The URL with its database replaced, and the database it named; nil when it names none.
    static func replacingDatabase(in url: String, with database: String) -> (url: String, database: String)? {
        guard let scheme = url.range(of: "://") else { return nil }
        let rest = url[scheme.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else { return nil }
        let end = rest[slash...].firstIndex(of: "?") ?? rest.endIndex
        let name = String(rest[rest.index(after: slash)..<end]).removingPercentEncoding ?? ""
        guard !name.isEmpty else { return nil }
        return (String(url[..<rest.index(after: slash)]) + database + String(rest[end...]), name)
    }
}
