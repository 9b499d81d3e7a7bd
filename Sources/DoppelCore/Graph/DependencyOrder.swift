/// Orders items so that each comes after the items it depends on, keeping the given order wherever
/// dependencies allow (a stable topological sort). Dependencies on ids that are not among the items are
/// ignored; a cycle is broken at the earliest remaining item, so every item is returned once.
package enum DependencyOrder {
    /// - Parameters:
    ///   - items: the items in their preferred order.
    ///   - id: an item's identity, if it has one.
    ///   - dependencies: the identities an item needs first.
    /// - Complexity: O(n² + e) for n items and e dependencies; n is the number of schema objects.
    package static func sorted<Item>(_ items: [Item], id: (Item) -> String?, dependencies: (Item) -> [String]) -> [Item] {
        var positionByID: [String: Int] = [:]
        for (position, item) in items.enumerated() {
            if let identity = id(item), positionByID[identity] == nil { positionByID[identity] = position }
        }
        let needs: [Set<Int>] = items.enumerated().map { position, item in
            Set(dependencies(item).compactMap { positionByID[$0] }.filter { $0 != position })
        }
        var placed = [Bool](repeating: false, count: items.count)
        var result: [Item] = []
        result.reserveCapacity(items.count)
        while result.count < items.count {
            let next = items.indices.first { !placed[$0] && needs[$0].allSatisfy { placed[$0] } }
                ?? items.indices.first { !placed[$0] }
            guard let next else { break }
            placed[next] = true
            result.append(items[next])
        }
        return result
    }
}
