internal import CLibPQ
import DoppelCore
import Foundation

/// An open PostgreSQL connection: the one owner of a `PGconn*`, finished when released.
///
/// Doppel identifies itself (`application_name=doppel`) and is gentle with a production server: locks
/// are waited for at most ``lockTimeout``, statements run at most ``statementTimeout``; a URL's own
/// `options` parameter overrides both. Used from one task at a time; deliberately not `Sendable`.
/// Related documentation: <https://www.postgresql.org/docs/current/libpq-connect.html>.
package final class PGConnection {
    /// How long Doppel waits for a lock before giving up (so it never queues behind DDL on production).
    package static let lockTimeout = "10s"
    /// The longest a single statement may run (a COPY of one big table is one statement).
    package static let statementTimeout = "6h"

    private let connection: OpaquePointer
    /// The URL with its password removed, for messages.
    package let displayURL: String

    /// Connects; the error says which host, port, database and user were tried, and why it failed.
    package init(url: String, applicationName: String = "doppel") throws(PostgresError) {
        displayURL = ConnectionURL.postgres(url).description
        // libpq echoes what it cannot read; a URL that does not read cleanly never reaches it.
        if url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") {
            do {
                _ = try PostgresURLSyntax(url)
            } catch {
                throw PostgresError(
                    message: "the URL does not read cleanly: \(error.description)",
                    context: "cannot connect (the URL is not shown, as it could hold a piece of a password)", isConnectionFailure: true)
            }
        }
        let options = "-c lock_timeout=\(Self.lockTimeout) -c statement_timeout=\(Self.statementTimeout) -c client_encoding=UTF8"
        let keywords = ["application_name", "options", "connect_timeout", "dbname"]
        let values = [applicationName, options, "10", url]
        let connection: OpaquePointer? = withCStrings(keywords) { keywordPointers in
            withCStrings(values) { valuePointers in
                PQconnectdbParams(keywordPointers, valuePointers, 1)
            }
        }
        guard let connection else {
            throw PostgresError(message: "out of memory", context: "connecting to \(displayURL)", isConnectionFailure: true)
        }
        guard PQstatus(connection) == CONNECTION_OK else {
            let reason = String(cString: PQerrorMessage(connection)).trimmingCharacters(in: .whitespacesAndNewlines)
            let tried = "host=\(Self.text(PQhost(connection)) ?? "?") port=\(Self.text(PQport(connection)) ?? "?") dbname=\(Self.text(PQdb(connection)) ?? "?") user=\(Self.text(PQuser(connection)) ?? "?")"
            PQfinish(connection)
            // libpq quotes what it could not parse (`invalid port "…"`), which may be a piece of a password
            // written into the URL unencoded.
            throw PostgresError(
                message: ConnectionURL.scrubbing(reason.replacingOccurrences(of: "\n", with: " "), passwordOf: url),
                context: ConnectionURL.scrubbing("cannot connect to \(displayURL) (tried \(tried))", passwordOf: url),
                isConnectionFailure: true)
        }
        self.connection = connection
    }

    deinit {
        PQfinish(connection)
    }

    /// The server process serving this connection (what `pg_backend_pid()` returns), known without a query.
    package var backendPID: Int32 { PQbackendPID(connection) }

    /// The connection keywords the installed libpq takes (`PQconndefaults`), for checking
    /// ``PostgresURLSyntax/connectionKeywords``.
    static func libpqKeywords() -> [String] {
        guard let options = PQconndefaults() else { return [] }
        defer { PQconninfoFree(options) }
        var keywords: [String] = []
        var option = options
        while let keyword = option.pointee.keyword {
            keywords.append(String(cString: keyword))
            option = option.advanced(by: 1)
        }
        return keywords
    }

    private static func text(_ pointer: UnsafeMutablePointer<CChar>?) -> String? {
        pointer.map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// What identifies the database this connection reached, however its URL was written: the server's
    /// start time and port and the database's oid and name.
    package func databaseIdentity() throws(PostgresError) -> String {
        let row = try execute("""
            SELECT pg_postmaster_start_time()::text, current_setting('port'), d.oid::text, d.datname
            FROM pg_database d WHERE d.datname = current_database()
            """, context: "identifying the database").rows().first
        return (row ?? []).map { $0 ?? "" }.joined(separator: "|")
    }

    /// The server's version number (e.g. 150018).
    package var serverVersion: Int { Int(PQserverVersion(connection)) }

    /// Runs one statement (or several, without parameters) and returns its result.
    @discardableResult
    package func execute(_ sql: String, context: String? = nil) throws(PostgresError) -> PGResult {
        guard let raw = PQexec(connection, sql) else {
            throw PostgresError(message: lastErrorMessage, sql: sql, context: context)
        }
        let result = PGResult(raw)
        if let error = result.error(sql: sql, context: context) { throw error }
        return result
    }

    /// Runs one statement with text parameters (`$1`, `$2`, …); values are sent apart from the SQL.
    @discardableResult
    package func execute(_ sql: String, parameters: [String?], context: String? = nil) throws(PostgresError) -> PGResult {
        let raw: OpaquePointer? = withOptionalCStrings(parameters) { pointers in
            PQexecParams(connection, sql, Int32(parameters.count), nil, pointers, nil, nil, 0)
        }
        guard let raw else { throw PostgresError(message: lastErrorMessage, sql: sql, context: context) }
        let result = PGResult(raw)
        if let error = result.error(sql: sql, context: context) { throw error }
        return result
    }

    /// Streams `COPY … TO STDOUT`: calls `body` with each row's bytes (text format, newline included).
    ///
    /// - Complexity: O(one row) memory.
    /// Related documentation: <https://www.postgresql.org/docs/current/libpq-copy.html>.
    package func copyOut(_ sql: String, context: String? = nil, body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        try execute(sql, context: context)
        while true {
            var buffer: UnsafeMutablePointer<CChar>?
            let length = PQgetCopyData(connection, &buffer, 0)
            if length > 0, let buffer {
                defer { PQfreemem(buffer) }
                try buffer.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
                    try body(UnsafeBufferPointer(start: $0, count: Int(length)))
                }
            } else if length == -1 {
                break
            } else {
                throw PostgresError(message: lastErrorMessage, sql: sql, context: context)
            }
        }
        try drainResults(sql: sql, context: context)
    }

    /// Starts `COPY … FROM STDIN`; send rows with ``sendCopyData(_:)`` and end with ``endCopy()``.
    package func beginCopyIn(_ sql: String, context: String? = nil) throws(PostgresError) {
        try execute(sql, context: context)
    }

    /// Sends bytes of a COPY FROM STDIN (any number of whole or partial rows).
    package func sendCopyData(_ bytes: UnsafeRawBufferPointer) throws(PostgresError) {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        let status = PQputCopyData(connection, base.assumingMemoryBound(to: CChar.self), Int32(bytes.count))
        if status != 1 { throw PostgresError(message: lastErrorMessage, context: "sending COPY data") }
    }

    /// Ends a COPY FROM STDIN; throws the server's error if the rows were refused.
    package func endCopy(context: String? = nil) throws(PostgresError) {
        if PQputCopyEnd(connection, nil) != 1 {
            throw PostgresError(message: lastErrorMessage, context: context)
        }
        try drainResults(sql: nil, context: context)
    }

    private func drainResults(sql: String?, context: String?) throws(PostgresError) {
        var firstError: PostgresError?
        while let raw = PQgetResult(connection) {
            let result = PGResult(raw)
            if firstError == nil, let error = result.error(sql: sql, context: context) { firstError = error }
        }
        if let firstError { throw firstError }
    }

    /// Quotes an identifier the way the server would (`"Mixed Case"`).
    package func quote(_ identifier: String) -> String {
        StandardSQLDialect().quote(identifier)
    }

    var lastErrorMessage: String {
        String(cString: PQerrorMessage(connection)).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

@available(*, unavailable)
extension PGConnection: Sendable {}

/// Calls `body` with a NULL-terminated array of C strings that live for the call.
private func withCStrings<Result>(_ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>?) -> Result) -> Result {
    let duplicates = strings.map { strdup($0) }
    defer { duplicates.forEach { free($0) } }
    let pointers: [UnsafePointer<CChar>?] = duplicates.map { $0.map { UnsafePointer($0) } } + [nil]
    return pointers.withUnsafeBufferPointer { body($0.baseAddress) }
}

/// Like `withCStrings`, with NULL for nil.
private func withOptionalCStrings<Result>(_ strings: [String?], _ body: (UnsafePointer<UnsafePointer<CChar>?>?) -> Result) -> Result {
    let duplicates = strings.map { $0.flatMap { strdup($0) } }
    defer { duplicates.forEach { free($0) } }
    let pointers: [UnsafePointer<CChar>?] = duplicates.map { $0.map { UnsafePointer($0) } }
    return pointers.withUnsafeBufferPointer { body($0.baseAddress) }
}
