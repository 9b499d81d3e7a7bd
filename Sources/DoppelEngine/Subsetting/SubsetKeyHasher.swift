import DoppelCore

/// Keyed 64-bit hashes of a subset's key tuples and samples.
///
/// A key tuple hashes the same whether it is read from the referencing columns or from the referenced ones
/// (``Value/canonicalBytes`` makes the integer `5` and the text `"5"` alike). Closure and readers decide
/// membership by the same hashes, so a collision can only keep a row more, never leave an orphan: the row
/// it keeps has its parents kept by the same test.
struct SubsetKeyHasher: Sendable {
    private let keys: SipHash
    private let samples: SipHash

    /// Hashes keyed by the policy's seed: the same seed picks the same sample.
    init(seed: UInt64) {
        keys = SipHash(key: (seed ^ 0x7375_6273_6574_6b65, 0x646f_7070_656c_6b73))
        samples = SipHash(key: (seed ^ 0x7361_6d70_6c65_7321, 0x646f_7070_656c_7370))
    }

    /// The hash of the values at `positions` (offset by `base`); nil when one is NULL, which references nothing.
    func key(_ row: [Value], base: Int, positions: [Int], scratch: inout [UInt8]) -> UInt64? {
        scratch.removeAll(keepingCapacity: true)
        for position in positions {
            let value = row[base + position]
            if value.isNull { return nil }
            value.withCanonicalBytes { scratch.append(contentsOf: $0) }
            scratch.append(0x1F)
        }
        return keys.hash(scratch)
    }

    /// The row's sample draw, uniform over `UInt64`, keyed by its table and the values at `positions`.
    func sample(_ row: [Value], base: Int, positions: [Int], table: String, scratch: inout [UInt8]) -> UInt64 {
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: table.utf8)
        scratch.append(0x1E)
        for position in positions {
            row[base + position].withCanonicalBytes { scratch.append(contentsOf: $0) }
            scratch.append(0x1F)
        }
        return samples.hash(scratch)
    }

    /// The largest draw a `percent` share keeps.
    static func threshold(percent: Double) -> UInt64 {
        percent >= 100 ? .max : UInt64((percent / 100 * 18_446_744_073_709_551_616.0).rounded(.down))
    }
}
