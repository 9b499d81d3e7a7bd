import DoppelCore

/// A uniform sample of at most `capacity` items from a stream of any length (Vitter's algorithm R),
/// drawn from a seeded generator so the same stream gives the same sample.
package struct Reservoir<Element> {
    package let capacity: Int
    package private(set) var items: [Element] = []
    /// Items offered so far.
    package private(set) var seen: Int64 = 0
    private var generator: SplitMix64

    package init(capacity: Int, seed: UInt64) {
        self.capacity = capacity
        generator = SplitMix64(seed: seed)
    }

    package mutating func offer(_ item: Element) {
        seen += 1
        if items.count < capacity {
            items.append(item)
            return
        }
        let slot = Int(generator.next() % UInt64(seen))
        if slot < capacity { items[slot] = item }
    }
}
