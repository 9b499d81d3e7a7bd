/// A source that can read one table in ranges of its storage blocks, each range on a sibling connection
/// that shares the source's snapshot (PostgreSQL 14 and later: `ctid` range scans), so several readers
/// can read one large table at once.
package protocol BlockRangeReading: SourceDatabase {
    /// Whether this source's server can read block ranges.
    var readsBlockRanges: Bool { get }

    /// The number of storage blocks a table occupies.
    func blockCount(of table: Table) throws -> Int

    /// Another connection reading the same snapshot and schema, for a parallel reader.
    func siblingReader() throws -> any BlockRangeReading
}

/// The engine's own transfer encoding of values, which a source can hand over undecoded and a target of
/// the same encoding can take as it is (PostgreSQL's COPY text between two PostgreSQL databases).
public struct TransferEncoding: Hashable, Sendable {
    /// The encoding's name (`postgresql COPY text`).
    public var name: String

    package init(_ name: String) {
        self.name = name
    }

    /// PostgreSQL's `COPY … TO STDOUT` text format.
    package static let postgresCopyText = TransferEncoding("postgresql COPY text")
}

/// An error from a database engine, with the engine's own message (for reports that quote it, such as a
/// policy's `where:` that does not compile).
package protocol DatabaseEngineError: DoppelError {
    /// The engine's message, without Doppel's context.
    var message: String { get }
}
