import DoppelCore
import Foundation
import DoppelMasking

/// Reads one table from the source and applies its column rules, on a thread of its own, handing
/// batches of finished rows to the writer through a ``BatchChannel``.
///
/// Not `Sendable`: it holds a source connection and column transforms, which are not. ``start(into:)``
/// moves it onto its thread whole, through a ``ThreadHandoff``.
final class TableReader {
    private let source: any SourceDatabase
    private let sql: String
    private let transforms: [any ValueTransform]
    private let identityPositions: [Int]
    private let identityHasher: SipHash?
    private let batchRows: Int
    private let verbatim: VerbatimColumns
    private let table: String
    private let labels: [(column: String, rule: String)]
    private let membership: SubsetMembership?

    /// - Parameter identityHasher: hashes the row identity (the values at `identityPositions`) for the
    ///   rules that need one; nil when none does.
    /// - Parameter labels: each column's name and rule, for the error that names values a rule cannot read.
    /// - Parameter membership: under a subset, which rows are kept (asked of the columns the query selects after the written ones).
    init(
        source: any SourceDatabase, sql: String, transforms: [any ValueTransform], identityPositions: [Int], identityHasher: SipHash?,
        table: String, labels: [(column: String, rule: String)], verbatim: VerbatimColumns = .none, membership: SubsetMembership? = nil,
        batchRows: Int = 512
    ) {
        self.membership = membership
        self.table = table
        self.labels = labels
        self.verbatim = verbatim
        self.source = source
        self.sql = sql
        self.transforms = transforms
        self.identityPositions = identityPositions
        self.identityHasher = identityHasher
        self.batchRows = batchRows
    }

    /// Starts reading on a new thread. The reader, its connection and its transforms belong to that
    /// thread from here on: the caller must not use them again before ``BatchChannel/waitUntilFinished()``.
    func start(into channel: BatchChannel) {
        let handoff = ThreadHandoff(self)
        let thread = Thread { handoff.value.run(into: channel) }
        thread.name = "doppel-reader"
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Reads every row, applies the rules, and sends batches until the table ends, the writer
    /// cancels, or something fails; always ends with ``BatchChannel/finish(throwing:)``.
    ///
    /// Once a rule cannot read a value (``UnreadableValue``), nothing more is sent: the reader reads on only to
    /// count such rows per column, then fails with ``UnreadableValues``.
    func run(into channel: BatchChannel) {
        let columnCount = transforms.count
        var batch = RowBatch(columnCount: columnCount, reservingRows: batchRows)
        var identityBytes: [UInt8] = []
        var unreadable = UnreadableCounter(table: table, labels: labels)
        var membershipScratch: [UInt8] = []
        do {
            try source.scan(unsafeSQL: sql, verbatim: verbatim) { row in
                if let membership, !membership.keeps(row, base: columnCount, scratch: &membershipScratch) { return }
                var identity: UInt64 = 0
                if let identityHasher {
                    identityBytes.removeAll(keepingCapacity: true)
                    for position in identityPositions {
                        row[position].withCanonicalBytes { identityBytes.append(contentsOf: $0) }
                        identityBytes.append(0x1F)
                    }
                    identity = identityHasher.hash(identityBytes)
                }
                let context = RowContext(values: row, identity: identity)
                for index in 0..<columnCount {
                    do {
                        let value = try transforms[index].apply(row[index], row: context)
                        if unreadable.isEmpty { batch.append(value) }
                    } catch let problem as UnreadableValue {
                        unreadable.count(problem, at: index)
                    }
                }
                guard unreadable.isEmpty else { return }
                if batch.rowCount == batchRows {
                    guard channel.send(batch) else { throw ReaderCancelled() }
                    batch = RowBatch(columnCount: columnCount, reservingRows: batchRows)
                }
            }
            if let error = unreadable.error { throw error }
            if !batch.isEmpty, !channel.send(batch) { throw ReaderCancelled() }
            channel.finish(throwing: nil)
        } catch {
            channel.finish(throwing: error)
        }
    }
}

/// Moves a value that is not `Sendable` (a connection, a reader holding one) to the thread that uses it next.
///
/// `@unchecked Sendable` is sound only as a hand-off, which is how ``TableReader/start(into:)`` uses it: the
/// starting thread gives the value up when it builds the box, the new thread alone uses it while it runs,
/// and the starting thread uses what it shares with it (the source connection) again only after
/// ``BatchChannel/waitUntilFinished()`` or the end of ``BatchChannel/receive()``, whose lock orders the two.
struct ThreadHandoff<Value>: @unchecked Sendable {
    let value: Value

    init(_ value: Value) {
        self.value = value
    }
}
