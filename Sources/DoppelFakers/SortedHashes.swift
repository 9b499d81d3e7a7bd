/// A set of 64-bit hashes as one sorted array: 8 bytes a member, no buckets, answered by binary search.
/// Filled by ``insert(_:)``, then ``seal()``ed once before the first ``contains(_:)``.
package struct SortedHashes: Sendable {
    private var hashes: [UInt64] = []
    private var isSealed = true

    package init() {}

    package mutating func insert(_ hash: UInt64) {
        hashes.append(hash)
        isSealed = false
    }

    /// Sorts and drops repeats; call after the last insert.
    package mutating func seal() {
        guard !isSealed else { return }
        hashes.sort()
        var write = 0
        for read in hashes.indices where read == 0 || hashes[read] != hashes[write - 1] {
            hashes[write] = hashes[read]
            write += 1
        }
        hashes = Array(hashes.prefix(write))  // at its size: appending left up to twice the room
        isSealed = true
    }

    package func contains(_ hash: UInt64) -> Bool {
        precondition(isSealed, "SortedHashes read before seal()")
        var low = 0
        var high = hashes.count
        while low < high {
            let middle = (low + high) / 2
            if hashes[middle] < hash { low = middle + 1 } else { high = middle }
        }
        return low < hashes.count && hashes[low] == hash
    }

    /// Distinct members (after ``seal()``).
    package var count: Int { hashes.count }
}

extension SortedHashes {
    /// Room for `count` members before ``seal()``.
    package mutating func reserve(_ count: Int) {
        hashes.reserveCapacity(count)
    }
}
