import DoppelCore
import Foundation

/// A bounded queue of row batches between the thread that reads and transforms a table and the thread
/// that writes it, so the two run on separate cores while memory stays bounded by `capacity` batches.
///
/// Each reader calls ``send(_:)`` and finally ``finish(throwing:)``; the writer calls ``receive()`` until
/// it returns nil (every reader finished), or ``cancel()`` when it fails, which makes the readers' next
/// ``send(_:)`` return false. The first reader's failure ends the stream at once.
final class BatchChannel: @unchecked Sendable {
    // Every stored property below is read and written only while `condition` is locked.
    private let condition = NSCondition()
    private var queue: [RowBatch] = []
    private let capacity: Int
    private var finished = false
    private var failure: (any Error)?
    private var cancelled = false
    private var runningReaders: Int

    init(capacity: Int, readers: Int = 1) {
        precondition(capacity > 0 && readers > 0, "a channel holds at least one batch from at least one reader")
        self.capacity = capacity
        self.runningReaders = readers
    }

    /// Queues `batch`, waiting while the queue is full; false when the writer has cancelled.
    func send(_ batch: RowBatch) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while queue.count >= capacity && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        queue.append(batch)
        condition.broadcast()
        return true
    }

    /// One reader is done: when the last one is, the writer receives what is queued, then nil; a failure
    /// (the first one) reaches the writer at once.
    func finish(throwing error: (any Error)?) {
        condition.lock()
        defer { condition.unlock() }
        runningReaders -= 1
        if let error, failure == nil, !(error is ReaderCancelled) {
            failure = error
            cancelled = true  // the other readers stop
        }
        if runningReaders == 0 || failure != nil { finished = true }
        condition.broadcast()
    }

    /// The next batch, waiting while the queue is empty; nil at the end; rethrows the reader's failure.
    func receive() throws -> RowBatch? {
        condition.lock()
        defer { condition.unlock() }
        while queue.isEmpty && !finished { condition.wait() }
        if let failure { throw failure }
        guard !queue.isEmpty else { return nil }
        let batch = queue.removeFirst()
        condition.broadcast()
        return batch
    }

    /// Stops the reader: its pending and next ``send(_:)`` return false.
    func cancel() {
        condition.lock()
        defer { condition.unlock() }
        cancelled = true
        queue.removeAll()
        condition.broadcast()
    }

    /// Waits until every reader has called ``finish(throwing:)``.
    func waitUntilFinished() {
        condition.lock()
        defer { condition.unlock() }
        while runningReaders > 0 { condition.wait() }
    }
}

/// The writer stopped the reader; never reaches the user (the writer's own error does).
struct ReaderCancelled: Error {}
