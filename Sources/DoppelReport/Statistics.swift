import Foundation

/// The statistics SDMetrics' QualityReport is built from, with its definitions (sdmetrics 0.32).
enum Statistics {
    /// 1 − the two-sample Kolmogorov–Smirnov statistic; nil when either side is empty.
    static func ksComplement(_ real: [Double], _ synthetic: [Double]) -> Double? {
        guard !real.isEmpty, !synthetic.isEmpty else { return nil }
        let a = real.sorted(), b = synthetic.sorted()
        var i = 0, j = 0
        var statistic = 0.0
        while i < a.count || j < b.count {
            let value = min(i < a.count ? a[i] : .infinity, j < b.count ? b[j] : .infinity)
            while i < a.count && a[i] <= value { i += 1 }
            while j < b.count && b[j] <= value { j += 1 }
            statistic = max(statistic, abs(Double(i) / Double(a.count) - Double(j) / Double(b.count)))
        }
        return 1 - statistic
    }

    /// 1 − total variation distance of category frequencies (NULLs dropped; a category only the
    /// synthetic data has counts 1e-6 in the real, as SDMetrics regularises); nil when a side is empty.
    static func tvComplement(_ real: [String], _ synthetic: [String]) -> Double? {
        guard !real.isEmpty, !synthetic.isEmpty else { return nil }
        var realCounts: [String: Double] = [:]
        var syntheticCounts: [String: Double] = [:]
        for value in real { realCounts[value, default: 0] += 1 }
        for value in synthetic { syntheticCounts[value, default: 0] += 1 }
        for value in syntheticCounts.keys where realCounts[value] == nil { realCounts[value] = 1e-6 }
        let realTotal = realCounts.values.reduce(0, +)
        let syntheticTotal = Double(synthetic.count)
        var variation = 0.0
        for (value, count) in realCounts {
            variation += abs((syntheticCounts[value] ?? 0) / syntheticTotal - count / realTotal)
        }
        return 1 - 0.5 * variation
    }

    /// Pearson's r over rows where both values are present; nil when undefined.
    static func pearson(_ x: [Double?], _ y: [Double?]) -> Double? {
        var xs: [Double] = [], ys: [Double] = []
        for (a, b) in zip(x, y) { if let a, let b { xs.append(a); ys.append(b) } }
        guard xs.count >= 2 else { return nil }
        let mx = xs.reduce(0, +) / Double(xs.count), my = ys.reduce(0, +) / Double(ys.count)
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for (a, b) in zip(xs, ys) {
            sxy += (a - mx) * (b - my)
            sxx += (a - mx) * (a - mx)
            syy += (b - my) * (b - my)
        }
        guard sxx > 0, syy > 0 else { return nil }
        return max(-1, min(1, sxy / (sxx * syy).squareRoot()))
    }

    /// Ten equal-width bins between the column's own min and max (numpy's `histogram_bin_edges`), as
    /// labels 1…11: the maximum and NULL both land in bin 11, as `np.digitize` puts them.
    static func bins(_ values: [Double?]) -> [String] {
        let present = values.compactMap { $0 }
        var low = present.min() ?? 0, high = present.max() ?? 1
        if low == high { low -= 0.5; high += 0.5 }
        let step = (high - low) / 10
        var edges = (0..<10).map { Double($0) * step + low }
        edges.append(high)
        return values.map { value in
            guard let value else { return "11" }
            var label = 0
            for edge in edges where edge <= value { label += 1 }
            return String(label)
        }
    }

    /// Cramér's V of a contingency table (no continuity correction); nil when a side has one value.
    static func cramersV(_ a: [String], _ b: [String]) -> Double? {
        var cells: [String: [String: Double]] = [:]
        var rows: [String: Double] = [:], columns: [String: Double] = [:]
        for (x, y) in zip(a, b) {
            cells[x, default: [:]][y, default: 0] += 1
            rows[x, default: 0] += 1
            columns[y, default: 0] += 1
        }
        guard rows.count >= 2, columns.count >= 2 else { return nil }
        let n = Double(a.count)
        var chiSquare = 0.0
        for (x, rowTotal) in rows {
            for (y, columnTotal) in columns {
                let expected = rowTotal * columnTotal / n
                let observed = cells[x]?[y] ?? 0
                chiSquare += (observed - expected) * (observed - expected) / expected
            }
        }
        return (chiSquare / n / Double(min(rows.count - 1, columns.count - 1))).squareRoot()
    }

    /// 1 − half the total variation between the two joint distributions of (a, b).
    static func contingencySimilarity(real: ([String], [String]), synthetic: ([String], [String])) -> Double {
        func frequencies(_ pair: ([String], [String])) -> [String: Double] {
            var counts: [String: Double] = [:]
            for (x, y) in zip(pair.0, pair.1) { counts[x + "\u{1F}" + y, default: 0] += 1 }
            let total = Double(pair.0.count)
            return counts.mapValues { $0 / total }
        }
        let p = frequencies(real), q = frequencies(synthetic)
        var difference = 0.0
        for key in Set(p.keys).union(q.keys) { difference += abs((p[key] ?? 0) - (q[key] ?? 0)) }
        return 1 - difference / 2
    }
}
