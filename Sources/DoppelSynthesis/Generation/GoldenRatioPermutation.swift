/// A cheap permutation of `0..<size`: `i ↦ (a·i + b) mod size`, with `a` the first number from `size / φ`
/// up that is coprime with `size`. Neighbours land far apart and any run of consecutive inputs spreads
/// evenly over the range (a golden-ratio sequence): a shuffle that is cheap, reproducible and far from
/// the input's order.
struct GoldenRatioPermutation: Sendable {
    let size: UInt64
    private let multiplier: UInt64
    private let offset: UInt64

    /// The permutation of `0..<max(1, size)` shifted by `offset`.
    init(size: Int64, offset: UInt64) {
        self.size = UInt64(max(1, size))
        var multiplier = max(1, UInt64(Double(self.size) * 0.618_033_988_749_894_8))
        while Self.greatestCommonDivisor(multiplier, self.size) != 1 { multiplier += 1 }
        self.multiplier = multiplier
        self.offset = offset % self.size
    }

    /// The image of `index` (taken modulo the size).
    func permute(_ index: UInt64) -> UInt64 {
        let product = multiplier.multipliedFullWidth(by: index % size)
        return (size.dividingFullWidth(product).remainder + offset) % size
    }

    private static func greatestCommonDivisor(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return a
    }
}
