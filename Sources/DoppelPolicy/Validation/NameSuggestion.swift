/// "Did you mean …?": the closest candidate by edit distance, ignoring case, when it is close enough.
package enum NameSuggestion {
    /// The candidate nearest to `name`, or nil when none is plausibly what was meant.
    ///
    /// A candidate whose length differs from the name's by more than any accepted distance is passed over
    /// without computing its distance (which is at least that difference), so a long list costs little.
    package static func closest(to name: String, among candidates: some Sequence<String>) -> String? {
        let lowered = name.lowercased()
        let length = lowered.count
        let widest = max(2, length / 3)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            guard abs(candidate.count - length) <= widest else { continue }
            let distance = editDistance(lowered, candidate.lowercased())
            if distance < (best?.distance ?? Int.max) {
                best = (candidate, distance)
            }
        }
        guard let best else { return nil }
        let limit = max(2, min(name.count, best.candidate.count) / 3)
        return best.distance <= limit ? best.candidate : nil
    }

    /// `did you mean `x`?` or nil.
    package static func didYouMean(_ name: String, among candidates: some Sequence<String>) -> String? {
        closest(to: name, among: candidates).map { "did you mean `\($0)`?" }
    }

    /// Levenshtein distance with transpositions counted as one edit.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previousPrevious[j - 2] + 1)
                }
            }
            previousPrevious = previous
            previous = current
        }
        return previous[b.count]
    }
}
