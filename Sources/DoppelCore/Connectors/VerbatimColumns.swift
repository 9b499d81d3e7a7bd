/// The columns of one read that travel undecoded, in a transfer encoding the source and the target share.
///
/// The source leaves each such field as `.text` holding the encoded field as it is (PostgreSQL's COPY text,
/// escapes and all); the writer copies it out unchanged. The encoding travels with the positions, so a
/// connector refuses fields encoded for another engine instead of writing them as if they were its own.
public struct VerbatimColumns: Sendable, Equatable {
    /// The encoding the fields are in; nil when no column is verbatim.
    public let encoding: TransferEncoding?
    private let flags: [Bool]

    /// No verbatim column: every field is decoded.
    public static let none = VerbatimColumns(encoding: nil, flags: [])

    private init(encoding: TransferEncoding?, flags: [Bool]) {
        self.encoding = encoding
        self.flags = flags
    }

    /// The fields at `positions` (of `columnCount`) in `encoding`; ``none`` when `positions` is empty.
    package init(encoding: TransferEncoding, positions: some Sequence<Int>, columnCount: Int) {
        var flags = [Bool](repeating: false, count: columnCount)
        for position in positions where flags.indices.contains(position) { flags[position] = true }
        self = flags.contains(true) ? VerbatimColumns(encoding: encoding, flags: flags) : .none
    }

    /// Whether no column is verbatim.
    public var isEmpty: Bool { encoding == nil }

    /// Whether the field at `position` is verbatim.
    @inline(__always)
    public func contains(_ position: Int) -> Bool {
        position < flags.count && flags[position]
    }

    /// Whether a connector of `encoding` can read or write these columns: none, or all in its encoding.
    public func fit(_ encoding: TransferEncoding?) -> Bool {
        isEmpty || self.encoding == encoding
    }
}
