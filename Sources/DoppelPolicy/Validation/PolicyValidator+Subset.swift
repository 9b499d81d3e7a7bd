import DoppelCore

extension PolicyValidator {
    /// `subset:` against the schema: start points name tables that are copied, a table's own `where` does not
    /// compete with the subset, and `children` / `keep_rows` are not written where nothing reads them.
    func validateSubset(_ policy: Policy, into diagnostics: inout [PolicyDiagnostic]) {
        guard let subset = policy.subset else {
            for table in policy.tables {
                if let location = table.childrenLocation {
                    diagnostics.append(PolicyDiagnostic(.warning, "`children` of `\(table.name)` has no effect without `subset:`", at: location))
                }
                if let location = table.keepRowsLocation {
                    diagnostics.append(PolicyDiagnostic(.warning, "`keep_rows` of `\(table.name)` has no effect without `subset:`", at: location))
                }
            }
            return
        }
        let tableNames = schema.tables.map(\.name)
        var seen = Set<String>()
        for start in subset.starts {
            guard seen.insert(start.table).inserted else {
                diagnostics.append(PolicyDiagnostic(.error, "`subset.start` names `\(start.table)` twice", at: start.location,
                    suggestion: "join the two conditions with OR in one start point"))
                continue
            }
            guard schema.table(named: start.table) != nil else {
                diagnostics.append(PolicyDiagnostic(.error, "`subset.start` names `\(start.table)`, which the source does not have", at: start.location,
                    suggestion: NameSuggestion.didYouMean(start.table, among: tableNames) ?? "run `doppel inspect` to list the tables"))
                continue
            }
            let mode = policy.table(named: start.table)?.mode ?? .mask
            if mode != .mask {
                diagnostics.append(PolicyDiagnostic(.error, "`subset.start` names `\(start.table)`, whose mode is `\(mode.rawValue)`: its rows are not copied", at: start.location,
                    suggestion: "start the subset from a table whose rows are copied (mode `mask`)"))
            }
        }
        for table in policy.tables {
            if table.whereSQL != nil, table.mode == .mask {
                diagnostics.append(PolicyDiagnostic(.error, "`where` of `\(table.name)` and `subset:` both choose rows; a table's `where` would drop rows the subset needs", at: table.whereLocation ?? table.location,
                    suggestion: "move the condition to `subset: { start: { \(table.name): \"…\" } }` (a start point keeps its rows' parents too)"))
            }
            if table.keepsAllRows, table.mode != .mask, let location = table.keepRowsLocation {
                diagnostics.append(PolicyDiagnostic(.warning, "`keep_rows` of `\(table.name)` has no effect on a table in mode `\(table.mode.rawValue)`", at: location))
            }
        }
    }
}
