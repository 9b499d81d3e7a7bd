import Foundation

/// `include:`: policy files whose `default`, `patterns` and `tables` a policy takes where it says nothing
/// itself. The including file wins: its own columns, table settings, default and (among equally specific)
/// patterns come first. Top-level settings (`seed`, `secret`, `unlisted`, …) come from the including file
/// alone. Diagnostics keep each file's own path and lines.
enum PolicyIncludes {
    /// `policy` with its includes merged in (depth first), the problems found in them, and their bytes (for
    /// the run's fingerprint of everything the policy is made of).
    static func resolve(_ policy: Policy, loader: PolicyLoader, chain: [String]) -> (Policy, [PolicyDiagnostic], Data) {
        var merged = policy
        var diagnostics: [PolicyDiagnostic] = []
        var bytes = Data()
        let directory = URL(fileURLWithPath: policy.file).deletingLastPathComponent()
        for include in policy.includes {
            let path = include.path.hasPrefix("/") ? include.path : directory.appendingPathComponent(include.path).path
            let canonical = canonical(path)
            if chain.contains(canonical) {
                diagnostics.append(PolicyDiagnostic(
                    .error, "`include` of \(include.path) makes a cycle: " + (chain + [canonical]).joined(separator: " → "), at: include.location,
                    suggestion: "include each shared file from the policies that use it, not back"))
                continue
            }
            let (loaded, found, data) = loader.loadReadingBytes(path: path, chain: chain + [canonical])
            diagnostics += found.map { diagnostic in
                var located = diagnostic
                if located.location == nil { located.location = include.location }
                return located
            }
            if let data { bytes += data }
            guard let loaded else { continue }
            merged = merging(loaded, into: merged)
        }
        return (merged, diagnostics, bytes)
    }

    /// `included`'s default, patterns and tables under `policy`'s own.
    static func merging(_ included: Policy, into policy: Policy) -> Policy {
        var merged = policy
        merged.defaultEntry = policy.defaultEntry ?? included.defaultEntry
        merged.patterns = policy.patterns + included.patterns
        for table in included.tables {
            guard let index = merged.tables.firstIndex(where: { $0.name == table.name }) else {
                merged.tables.append(table)
                continue
            }
            for column in table.columns where merged.tables[index].column(named: column.name) == nil {
                merged.tables[index].columns.append(column)
            }
            if merged.tables[index].defaultEntry == nil { merged.tables[index].defaultEntry = table.defaultEntry }
        }
        return merged
    }

    /// The path with `.`, `..` and symbolic links resolved, to recognise a file reached twice.
    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
