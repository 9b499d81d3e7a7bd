import DoppelCore
import DoppelPolicy

/// Objects a same-engine clone would fail to create because what they read is not cloned: a view over a
/// table the policy skips, a function over its row type, a view over a view `leave_out:` names. Each is
/// named with the way out, so `check` says what `clone` would otherwise stop on.
enum MissingDependencyCheck {
    static func diagnostics(introspected: Schema, schema: Schema, policy: Policy) -> [PolicyDiagnostic] {
        let start = SourceLocation(file: policy.file, line: 1, column: 1)
        var absent: [String: (text: String, location: SourceLocation)] = [:]  // catalog id → what is missing, and where the policy says so
        for table in schema.tables {
            guard let skipped = policy.table(named: table.name), skipped.mode == .skip, let id = table.catalogID else { continue }
            absent[id] = ("table `\(table.name)`, which the policy skips", skipped.location)
        }
        let leftOut = Dictionary(policy.leaveOut.map { ($0.label, $0.location) }, uniquingKeysWith: { first, _ in first })
        let kept = Set(schema.views.compactMap(\.catalogID) + (schema.objects ?? []).compactMap(\.catalogID))
        for view in introspected.views where view.catalogID.map({ !kept.contains($0) }) ?? false {
            if let id = view.catalogID { absent[id] = ("`\(view.label)`, which `leave_out` names", leftOut[view.label] ?? start) }
        }
        for object in introspected.objects ?? [] where object.catalogID.map({ !kept.contains($0) }) ?? false {
            if let id = object.catalogID { absent[id] = ("`\(object.label)`, which `leave_out` names", leftOut[object.label] ?? start) }
        }
        guard !absent.isEmpty else { return [] }
        var items: [(label: String, id: String?, dependencies: [String])] = schema.views.map { ($0.label, $0.catalogID, $0.dependencies ?? []) }
        // A table that inherits from a skipped one (INHERITS) cannot be created either.
        items += schema.tables.filter { policy.table(named: $0.name)?.mode != .skip }.map { ("table \($0.name)", $0.catalogID, $0.dependencies ?? []) }
        items += (schema.objects ?? []).filter { $0.kind.isCreatedBeforeRows && !$0.definitionSQL.isEmpty }.map { ($0.label, $0.catalogID, $0.dependencies ?? []) }
        var problems: [PolicyDiagnostic] = []
        for item in DependencyOrder.sorted(items, id: \.id, dependencies: \.dependencies) {
            guard let missing = item.dependencies.lazy.compactMap({ absent[$0] }).first else { continue }
            if let id = item.id { absent[id] = ("`\(item.label)`, which reads \(missing.text)", missing.location) }
            problems.append(PolicyDiagnostic(
                .error, "`\(item.label)` reads \(missing.text): the clone could not create it", at: missing.location,
                suggestion: item.label.hasPrefix("table ")
                    ? "skip `\(item.label.dropFirst(6))` too, or clone what it reads"
                    : "add `leave_out: [\"\(item.label)\"]` to the policy, or clone what it reads"))
        }
        return problems
    }
}
