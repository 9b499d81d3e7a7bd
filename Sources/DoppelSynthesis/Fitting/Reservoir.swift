import DoppelCore

/// A uniform sample of at most `capacity` items from a stream of any length (Vitter's algorithm R),
/// drawn from a seeded generator so the same stream gives the same sample.
public struct Reservoir<Element> {
    public let capacity: Int
    public private(set) var items: [Element] = []
    /// Items offered so far.
    public private(set) var seen: Int64 = 0
    private var generator: SplitMix64

    public init(capacity: Int, seed: UInt64) {
        self.capacity = capacity
        generator = SplitMix64(seed: seed)
    }

    public mutating func offer(_ item: Element) {
        seen += 1
        if items.count < capacity {
            items.append(item)
            return
        }
        let slot = Int(generator.next() % UInt64(seen))
        if slot < capacity { items[slot] = item }
    }
}
