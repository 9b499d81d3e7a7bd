/// Caps repeated diagnostics for people: a 10 MB policy of unknown tables must not print 600,000 lines.
///
/// Diagnostics of one kind (the same message once the names in backticks are set aside: "no table `…` in the
/// source") are shown up to ``limit`` times, in their order; the rest of each kind become one summary line
/// with their count. Machine formats (`check --format json`) keep every diagnostic.
package enum DiagnosticCap {
    /// How many diagnostics of one kind are shown.
    package static let limit = 50

    /// The diagnostics to show, and one line per kind that had more.
    ///
    /// - Complexity: O(n) in the number of diagnostics.
    package static func apply(_ diagnostics: [PolicyDiagnostic], limit: Int = DiagnosticCap.limit) -> (shown: [PolicyDiagnostic], summaries: [String]) {
        var counts: [String: Int] = [:]
        var order: [String] = []
        var examples: [String: PolicyDiagnostic] = [:]
        var shown: [PolicyDiagnostic] = []
        for diagnostic in diagnostics {
            let kind = self.kind(of: diagnostic)
            let count = counts[kind, default: 0]
            if count == 0 { order.append(kind) }
            counts[kind] = count + 1
            if count < limit {
                shown.append(diagnostic)
            } else if count == limit {
                examples[kind] = diagnostic
            }
        }
        let summaries = order.compactMap { kind -> String? in
            guard let count = counts[kind], count > limit, let example = examples[kind] else { return nil }
            return "\(example.severity.rawValue): \(count - limit) more like `\(kind)` not shown (\(count) in all); correct the first ones and run again"
        }
        return (shown, summaries)
    }

    /// The message with each backtick-quoted name replaced by `…`.
    static func kind(of diagnostic: PolicyDiagnostic) -> String {
        var result = "\(diagnostic.severity.rawValue): "
        var inName = false
        for character in diagnostic.message {
            if character == "`" {
                if !inName { result += "…" }
                inName.toggle()
            } else if !inName {
                result.append(character)
            }
        }
        return result
    }

    /// The lines to print: the capped diagnostics, then the summaries.
    package static func lines(_ diagnostics: [PolicyDiagnostic], limit: Int = DiagnosticCap.limit) -> [String] {
        let (shown, summaries) = apply(diagnostics, limit: limit)
        return shown.map(\.description) + summaries
    }
}
