import DoppelCore
package import Foundation
import Yams

/// Reads a policy file (YAML) into a ``Policy``, keeping the line and column of every key and value
/// so each problem can point at its place. Structural problems are collected, not thrown one by one.
package struct PolicyLoader {
    static let topLevelKeys = [
        "version", "seed", "secret", "unlisted", "unsupported", "roles", "leave_out", "min_count", "min_count_applies_to", "include", "default", "patterns", "tables", "subset",
    ]
    static let tableKeys = ["mode", "where", "orphans", "rows", "default", "columns", "children", "keep_rows"]
    static let columnKeys = ["pii", "rule", "unique", "carry_as", "paths"]

    package init() {}

    /// The smallest useful policy, for messages about a missing or empty one.
    static let minimalPolicy = "`version: 1`, `secret: env:DOPPEL_SECRET`, then `tables:` with a rule for each column (`doppel inspect` lists them; Policies/README.md explains each key)"

    /// Loads the file at `path`; a file that cannot be read or parsed is reported as a diagnostic.
    package func load(path: String) -> (policy: Policy?, diagnostics: [PolicyDiagnostic]) {
        let (policy, diagnostics, _) = loadReadingBytes(path: path)
        return (policy, diagnostics)
    }

    /// ``load(path:)``, also returning the bytes it read (nil when the file could not be read), so a caller
    /// that fingerprints the policy hashes exactly what was loaded, without reading the file again.
    package func loadReadingBytes(path: String) -> (policy: Policy?, diagnostics: [PolicyDiagnostic], bytes: Data?) {
        loadReadingBytes(path: path, chain: [PolicyIncludes.canonical(path)])
    }

    /// ``loadReadingBytes(path:)`` for a file reached through `chain` of includes (to refuse a cycle).
    func loadReadingBytes(path: String, chain: [String]) -> (policy: Policy?, diagnostics: [PolicyDiagnostic], bytes: Data?) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            return (nil, [PolicyDiagnostic(
                .error, "the policy path \(path) is a directory, not a policy file", at: nil,
                suggestion: "name the YAML file, e.g. --policy \((path as NSString).appendingPathComponent("policy.yaml"))")], nil)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            return (nil, [PolicyDiagnostic(
                .error, exists ? "cannot read the policy file \(path)" : "no policy file at \(path)",
                at: nil, suggestion: exists ? "check its permissions" : "check the path, or draft one from the source: `doppel init --source URL --out \(path)`")], nil)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return (nil, [PolicyDiagnostic(.error, "the policy file \(path) is not UTF-8 text", at: nil)], data)
        }
        let (policy, diagnostics) = load(text: text, file: path)
        guard let policy, !policy.includes.isEmpty else { return (policy, diagnostics, data) }
        let (merged, found, bytes) = PolicyIncludes.resolve(policy, loader: self, chain: chain)
        return (merged, diagnostics + found, data + bytes)
    }

    /// Loads policy text; `file` names it in diagnostics.
    package func load(text: String, file: String) -> (policy: Policy?, diagnostics: [PolicyDiagnostic]) {
        var diagnostics: [PolicyDiagnostic] = []
        func location(_ node: Node) -> SourceLocation {
            SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        }
        let root: Node
        do {
            guard let composed = try Yams.compose(yaml: text) else {
                return (nil, [PolicyDiagnostic(.error, "the policy file is empty", at: SourceLocation(file: file, line: 1, column: 1),
                    suggestion: "start from a minimal policy: \(Self.minimalPolicy)")])
            }
            root = composed
        } catch let error as YamlError {
            return (nil, [PolicyLoader.diagnostic(for: error, file: file)])
        } catch {
            return (nil, [PolicyDiagnostic(.error, "cannot parse the policy: \(error)", at: nil)])
        }
        guard let mapping = root.mapping else {
            return (nil, [PolicyDiagnostic(.error, "a policy is a mapping with `version`, `secret` and `tables`", at: location(root))])
        }
        var policy = Policy(file: file)
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            switch key {
            case "version":
                if let version = value.int { policy.version = version } else {
                    diagnostics.append(PolicyDiagnostic(.error, "`version` must be a number", at: location(value), suggestion: "write `version: 1`"))
                }
            case "seed":
                if let text = value.scalar?.string, let seed = UInt64(text) { policy.seed = seed } else {
                    diagnostics.append(PolicyDiagnostic(.error, "`seed` must be a whole number ≥ 0", at: location(value), suggestion: "e.g. `seed: 20261123`"))
                }
            case "secret":
                policy.secretReference = value.scalar?.string
                policy.secretLocation = location(value)
            case "unlisted":
                if let text = value.scalar?.string, let unlisted = Policy.Unlisted(rawValue: text) { policy.unlisted = unlisted } else {
                    diagnostics.append(PolicyDiagnostic(.error, "`unlisted` must be `fail` or `keep`", at: location(value)))
                }
            case "unsupported":
                if let text = value.scalar?.string, let unsupported = Policy.Unsupported(rawValue: text) { policy.unsupported = unsupported } else {
                    diagnostics.append(PolicyDiagnostic(.error, "`unsupported` must be `warn` or `fail`", at: location(value),
                        suggestion: "`warn` leaves out what the target cannot express, naming it; `fail` stops the run"))
                }
            case "min_count":
                if let count = value.int, count >= 1 { policy.minCount = count } else {
                    diagnostics.append(PolicyDiagnostic(.error, "`min_count` must be a whole number ≥ 1", at: location(value),
                        suggestion: "e.g. `min_count: 10`: a model keeps no value seen in fewer rows"))
                }
            case "min_count_applies_to":
                if let text = value.scalar?.string, let scope = Policy.MinCountScope(rawValue: text) { policy.minCountScope = scope } else {
                    diagnostics.append(PolicyDiagnostic(.error, "`min_count_applies_to` must be `sensitive` or `all`", at: location(value),
                        suggestion: "`sensitive` folds rare values of PII and `sensitive: true` columns; `all` of every column"))
                }
            case "roles":
                guard let roles = value.mapping else {
                    diagnostics.append(PolicyDiagnostic(.error, "`roles` maps source roles to target roles", at: location(value),
                        suggestion: "e.g. `roles: { app_reader: qa_reader, admin: ~ }` (`~` drops the role's grants)"))
                    continue
                }
                for (roleKey, roleNode) in roles {
                    guard let sourceRole = roleKey.string else { continue }
                    if roleNode.null != nil {
                        policy.roles[sourceRole] = .some(nil)
                    } else if let targetRole = roleNode.string {
                        policy.roles[sourceRole] = targetRole
                    } else {
                        diagnostics.append(PolicyDiagnostic(.error, "role `\(sourceRole)` must map to a role name or `~`", at: location(roleNode)))
                    }
                }
            case "leave_out":
                guard let entries = value.sequence else {
                    diagnostics.append(PolicyDiagnostic(.error, "`leave_out` lists objects of the source to leave out of the clone", at: location(value),
                        suggestion: "e.g. `leave_out: [\"function audit_to_remote\", \"view sales_summary\"]`, named as `doppel inspect` lists them"))
                    continue
                }
                for entry in entries {
                    if let label = entry.string, !label.isEmpty {
                        policy.leaveOut.append(LeftOutObject(label: label, location: location(entry)))
                    } else {
                        diagnostics.append(PolicyDiagnostic(.error, "each `leave_out` entry is an object's kind and name, as text", at: location(entry),
                            suggestion: "e.g. \"aggregate group_concat\""))
                    }
                }
            case "include":
                let entries = value.sequence.map(Array.init) ?? [value]
                for entry in entries {
                    if let path = entry.string, !path.isEmpty {
                        policy.includes.append(Policy.Include(path: path, location: location(entry)))
                    } else {
                        diagnostics.append(PolicyDiagnostic(.error, "`include` names policy files, as text", at: location(entry),
                            suggestion: "e.g. `include: [common.yaml]` (relative to this file)"))
                    }
                }
            case "default":
                policy.defaultEntry = loadDefault(node: value, key: keyNode, place: "the policy's `default`", file: file, diagnostics: &diagnostics)
            case "patterns":
                guard let patterns = value.mapping else {
                    diagnostics.append(PolicyDiagnostic(.error, "`patterns` maps column patterns to rules", at: location(value),
                        suggestion: #"e.g. `patterns: { "*.updated_at": keep, "*.*email*": { pii: email, rule: fake }, "type:timestamptz": keep }`"#))
                    continue
                }
                for (patternKey, patternNode) in patterns {
                    let text = patternKey.string ?? ""
                    guard let entry = loadDefault(node: patternNode, key: patternKey, place: "pattern `\(text)`", file: file, diagnostics: &diagnostics) else { continue }
                    if let pattern = ColumnPattern(text: text, entry: entry) {
                        policy.patterns.append(pattern)
                    } else {
                        diagnostics.append(PolicyDiagnostic(.error, "an empty pattern selects no column", at: location(patternKey),
                            suggestion: #"write `"table.column"` with `*` and `?` (`"*.updated_at"`), or `"type:NAME"`"#))
                    }
                }
            case "subset":
                policy.subset = loadSubset(node: value, file: file, diagnostics: &diagnostics)
            case "tables":
                guard let tables = value.mapping else {
                    diagnostics.append(PolicyDiagnostic(.error, "`tables` must be a mapping from table names to their policies", at: location(value)))
                    continue
                }
                for (tableKey, tableNode) in tables {
                    if let table = loadTable(name: tableKey.string ?? "", key: tableKey, node: tableNode, file: file, diagnostics: &diagnostics) {
                        policy.tables.append(table)
                    }
                }
            default:
                diagnostics.append(PolicyDiagnostic(
                    .error, "unknown key `\(key)` at the top of the policy", at: location(keyNode),
                    suggestion: NameSuggestion.didYouMean(key, among: PolicyLoader.topLevelKeys)
                        ?? "the keys are " + PolicyLoader.topLevelKeys.joined(separator: ", ")))
            }
        }
        if mapping["version"] == nil {
            diagnostics.append(PolicyDiagnostic(.error, "the policy has no `version`", at: location(root), suggestion: "add `version: 1` at the top"))
        }
        return (policy, diagnostics)
    }

    private func loadTable(name: String, key: Node, node: Node, file: String, diagnostics: inout [PolicyDiagnostic]) -> TablePolicy? {
        func location(_ node: Node) -> SourceLocation {
            SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        }
        var table = TablePolicy(name: name, location: location(key))
        if let mode = node.scalar?.string {
            // `customers: skip` is short for `customers: { mode: skip }`.
            guard let parsed = TablePolicy.Mode(rawValue: mode) else {
                diagnostics.append(PolicyDiagnostic(.error, "unknown mode `\(mode)` for table `\(name)`", at: location(node),
                    suggestion: NameSuggestion.didYouMean(mode, among: TablePolicy.Mode.allCases.map(\.rawValue)) ?? "the modes are mask, synthesize, empty and skip"))
                return nil
            }
            table.mode = parsed
            return table
        }
        guard let mapping = node.mapping else {
            diagnostics.append(PolicyDiagnostic(.error, "table `\(name)` needs a mapping (`mode:`, `columns:`) or a mode", at: location(node)))
            return nil
        }
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            switch key {
            case "mode":
                let text = value.scalar?.string ?? ""
                if let mode = TablePolicy.Mode(rawValue: text) { table.mode = mode } else {
                    diagnostics.append(PolicyDiagnostic(.error, "unknown mode `\(text)` for table `\(name)`", at: location(value),
                        suggestion: NameSuggestion.didYouMean(text, among: TablePolicy.Mode.allCases.map(\.rawValue)) ?? "the modes are mask, synthesize, empty and skip"))
                }
            case "where":
                table.whereSQL = value.scalar?.string
                table.whereLocation = location(value)
            case "rows":
                table.rowsLocation = location(value)
                if let rows = TablePolicy.RowCount(parsing: value.scalar?.string ?? "") {
                    table.rows = rows
                } else {
                    diagnostics.append(PolicyDiagnostic(.error, "`rows` of `\(name)` must be a row count (`500`) or a factor of the fitted count (`2x`, `0.5x`) above 0", at: location(value)))
                }
            case "default":
                table.defaultEntry = loadDefault(node: value, key: keyNode, place: "the `default` of `\(name)`", file: file, diagnostics: &diagnostics)
            case "orphans":
                let text = value.scalar?.string ?? ""
                if let orphans = TablePolicy.Orphans(rawValue: text) { table.orphans = orphans } else {
                    diagnostics.append(PolicyDiagnostic(.error, "`orphans` must be `drop` or `null`", at: location(value)))
                }
            case "children":
                table.childrenLocation = location(value)
                table.children = loadChildren(node: value, place: "`children` of `\(name)`", file: file, diagnostics: &diagnostics)
            case "keep_rows":
                table.keepRowsLocation = location(value)
                switch value.scalar?.string {
                case "all": table.keepsAllRows = true
                case "referenced": table.keepsAllRows = false
                default:
                    diagnostics.append(PolicyDiagnostic(.error, "`keep_rows` of `\(name)` must be `all` or `referenced`", at: location(value),
                        suggestion: "under `subset:`, `all` keeps the whole table (a lookup table), `referenced` the rows kept rows reference"))
                }
            case "columns":
                guard let columns = value.mapping else {
                    diagnostics.append(PolicyDiagnostic(.error, "`columns` of `\(name)` must map column names to rules", at: location(value)))
                    continue
                }
                for (columnKey, columnNode) in columns {
                    if let column = loadColumn(name: columnKey.string ?? "", key: columnKey, node: columnNode, table: name, file: file, diagnostics: &diagnostics) {
                        table.columns.append(column)
                    }
                }
            default:
                diagnostics.append(PolicyDiagnostic(.error, "unknown key `\(key)` in table `\(name)`", at: location(keyNode),
                    suggestion: NameSuggestion.didYouMean(key, among: PolicyLoader.tableKeys) ?? "the keys are " + PolicyLoader.tableKeys.joined(separator: ", ")))
            }
        }
        var ruleless: [Int] = []
        for (index, column) in table.columns.enumerated() where column.rule.isEmpty { ruleless.append(index) }
        for index in ruleless.reversed() {
            if table.mode == .synthesize {
                // In a synthesized table a PII column gets a fake of its kind, any other a draw from its model.
                table.columns[index].rule = table.columns[index].pii == nil ? "synthesize" : "fake"
            } else {
                let column = table.columns[index]
                diagnostics.append(PolicyDiagnostic(.error, "column `\(name).\(column.name)` has no `rule`", at: column.location,
                    suggestion: "add `rule: keep` or another rule (`doppel rules` lists them)"))
                table.columns.remove(at: index)
            }
        }
        return table
    }

    /// A `default:` or a pattern's entry: a column entry that must name its rule.
    private func loadDefault(node: Node, key: Node, place: String, file: String, diagnostics: inout [PolicyDiagnostic]) -> ColumnPolicy? {
        guard let entry = loadColumn(name: key.string ?? "default", key: key, node: node, table: place, file: file, diagnostics: &diagnostics) else { return nil }
        guard !entry.rule.isEmpty else {
            diagnostics.append(PolicyDiagnostic(.error, "\(place) has no `rule`", at: entry.location,
                suggestion: "e.g. `keep`, or `{ pii: email, rule: fake }` (`doppel rules` lists the rules)"))
            return nil
        }
        return entry
    }

    private func loadColumn(name: String, key: Node, node: Node, table: String, file: String, diagnostics: inout [PolicyDiagnostic]) -> ColumnPolicy? {
        func location(_ node: Node) -> SourceLocation {
            SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        }
        if let rule = node.scalar?.string {
            return ColumnPolicy(name: name, location: location(key), rule: rule, ruleLocation: location(node))
        }
        guard let mapping = node.mapping else {
            diagnostics.append(PolicyDiagnostic(.error, "column `\(table).\(name)` needs a rule (`keep`) or a mapping (`{ pii: email, rule: fake }`)", at: location(node)))
            return nil
        }
        var column = ColumnPolicy(name: name, location: location(key), rule: "", ruleLocation: location(node))
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            let text = value.scalar?.string ?? ""
            switch key {
            case "pii":
                if text == "none" {
                    column.markedNotPersonal = true
                    continue
                }
                if let kind = PIIKind(rawValue: text) { column.pii = kind } else {
                    diagnostics.append(PolicyDiagnostic(.error, "unknown PII kind `\(text)` on `\(table).\(name)`", at: location(value),
                        suggestion: NameSuggestion.didYouMean(text, among: PIIKind.allCases.map(\.rawValue)) ?? "the kinds are " + PIIKind.allCases.map(\.rawValue).joined(separator: ", ")))
                }
            case "rule":
                column.rule = text
                column.ruleLocation = location(value)
            case "carry_as":
                let type = text.trimmingCharacters(in: .whitespaces)
                // A type name, with its arguments: letters, digits, spaces, underscores, parentheses, commas, brackets.
                guard !type.isEmpty, type.allSatisfy({ $0.isLetter || $0.isNumber || " _(),[]".contains($0) }) else {
                    diagnostics.append(PolicyDiagnostic(.error, "`carry_as` of `\(table).\(name)` must be a type name of the target engine", at: location(value),
                        suggestion: "e.g. `carry_as: bigint` or `carry_as: TEXT`"))
                    continue
                }
                column.carryAs = type
            case "paths":
                guard let paths = value.mapping else {
                    diagnostics.append(PolicyDiagnostic(.error, "`paths` of `\(table).\(name)` maps JSON paths to rules", at: location(value),
                        suggestion: #"e.g. `paths: { "$.email": { pii: email, rule: fake }, "$.tags[*]": redact }`"#))
                    continue
                }
                for (pathKey, pathNode) in paths {
                    let path = pathKey.string ?? ""
                    guard let entry = loadColumn(name: path, key: pathKey, node: pathNode, table: table, file: file, diagnostics: &diagnostics) else { continue }
                    if entry.rule.isEmpty {
                        diagnostics.append(PolicyDiagnostic(.error, "path `\(path)` of `\(table).\(name)` has no `rule`", at: entry.location,
                            suggestion: "add `rule: redact` or another rule (`doppel rules` lists them)"))
                        continue
                    }
                    column.paths.append(entry)
                }
            case "unique":
                if let flag = ParameterValue(text: text, location: location(value)).boolean { column.unique = flag } else {
                    diagnostics.append(PolicyDiagnostic(.error, "`unique` must be true or false", at: location(value)))
                }
            default:
                guard value.scalar != nil else {
                    diagnostics.append(PolicyDiagnostic(.error, "parameter `\(key)` of `\(table).\(name)` must be a single value", at: location(value)))
                    continue
                }
                column.parameters[key] = ParameterValue(text: text, location: location(keyNode))
            }
        }
        // An empty rule is settled by the table: a synthesized table defaults it, a masked one reports it.
        return column
    }

    /// A diagnostic for a YAML syntax error, at the line and column the parser stopped at.
    static func diagnostic(for error: YamlError, file: String) -> PolicyDiagnostic {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return PolicyDiagnostic(.error, "the policy is not valid YAML: \(problem)", at: SourceLocation(file: file, line: mark.line, column: mark.column),
                suggestion: "check the indentation and quoting on this line")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return PolicyDiagnostic(.error, "the key `\(duplicates.joined(separator: "`, `"))` appears twice in one mapping", at: SourceLocation(file: file, line: context.mark.line, column: context.mark.column),
                suggestion: "merge the two entries")
        default:
            return PolicyDiagnostic(.error, "the policy is not valid YAML: \(error)", at: SourceLocation(file: file, line: 1, column: 1))
        }
    }
}
