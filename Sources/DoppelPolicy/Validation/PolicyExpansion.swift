package import DoppelCore

/// Writes out what `default:` and `patterns:` decide: every stored column of a masked table that no entry of
/// its own names (and that does not inherit a rule through a foreign key) gets the entry of the most specific
/// pattern that selects it, else its table's `default`, else the policy's `default`, marked with what decided
/// it (``ColumnPolicy/decidedBy``). Tables the policy does not list get an entry when something covers them.
///
/// Validation and planning then read the written-out policy, so a column a pattern decides is checked exactly
/// as if it were written, and its diagnostics point at the pattern.
package enum PolicyExpansion {
    /// The policy with defaults and patterns written out against `schema`, and warnings for patterns that
    /// select no column.
    package static func expand(_ policy: Policy, schema: Schema) -> (Policy, [PolicyDiagnostic]) {
        guard policy.defaultEntry != nil || !policy.patterns.isEmpty || policy.tables.contains(where: { $0.defaultEntry != nil }) else {
            return (policy, [])
        }
        var expanded = policy
        var used = Set<Int>()
        // The most specific pattern first; among equals, the one written first.
        let ranked = policy.patterns.indices.sorted { lhs, rhs in
            let (a, b) = (policy.patterns[lhs].specificity, policy.patterns[rhs].specificity)
            return a != b ? a > b : lhs < rhs
        }
        for table in schema.tables {
            let index = expanded.tables.firstIndex { $0.name == table.name }
            let tablePolicy = index.map { expanded.tables[$0] }
            guard (tablePolicy?.mode ?? .mask) == .mask else { continue }
            let inherited = schema.inheritedColumns(of: table)
            var added: [ColumnPolicy] = []
            for column in table.storedColumns where inherited[column.name] == nil && tablePolicy?.column(named: column.name) == nil {
                var entry: ColumnPolicy
                if let found = ranked.first(where: { policy.patterns[$0].matches(
                    table: table.name, column: column.name, declaredType: column.declaredType, logicalType: column.logicalType.rawValue) })
                {
                    used.insert(found)
                    entry = policy.patterns[found].entry
                    entry.decidedBy = "pattern \"\(policy.patterns[found].text)\" (\(entry.location))"
                } else if let tableDefault = tablePolicy?.defaultEntry {
                    entry = tableDefault
                    entry.decidedBy = "the default of table \(table.name) (\(tableDefault.location))"
                } else if let policyDefault = policy.defaultEntry {
                    entry = policyDefault
                    entry.decidedBy = "the policy's default (\(policyDefault.location))"
                } else {
                    continue
                }
                entry.name = column.name
                added.append(entry)
            }
            if let index {
                expanded.tables[index].columns += added
            } else if let first = added.first ?? policy.defaultEntry {
                // A table the policy does not list, covered by patterns or the default (all of it, when every column
                // inherits through a foreign key): named where what covers it is written.
                expanded.tables.append(TablePolicy(name: table.name, location: first.location, columns: added))
            }
        }
        let unused = policy.patterns.indices.filter { !used.contains($0) }.map { index in
            PolicyDiagnostic(
                .warning, "pattern \"\(policy.patterns[index].text)\" decides no column of the schema", at: policy.patterns[index].entry.location,
                suggestion: "a column's own entry and more specific patterns come first; remove it or change it")
        }
        return (expanded, unused)
    }
}
