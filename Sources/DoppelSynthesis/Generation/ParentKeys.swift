package import DoppelCore

/// The keys of a table rows can reference, by row position: what a synthesized child needs of its parent.
package protocol ParentKeys: AnyObject {
    /// Rows of the parent.
    var count: Int64 { get }
    /// The referenced columns' values of row `index` (in `0..<count`).
    func key(at index: Int64) -> [Value]
}

/// Keys of a synthesized table with a one-column integer key numbered 1, 2, 3, …: computed, never stored.
package final class SequenceKeys: ParentKeys {
    package let count: Int64

    package init(count: Int64) {
        self.count = count
    }

    package func key(at index: Int64) -> [Value] { [.integer(index + 1)] }
}

/// Keys held in memory: a masked parent's (read from the source through its rules), or a synthesized
/// parent's composite or non-integer keys (recorded as its rows are written). Only the key columns are kept.
package final class StoredKeys: ParentKeys {
    package private(set) var keys: [[Value]] = []

    package init(keys: [[Value]] = []) {
        self.keys = keys
    }

    package var count: Int64 { Int64(keys.count) }

    package func key(at index: Int64) -> [Value] { keys[Int(index)] }

    package func append(_ key: [Value]) { keys.append(key) }
}
