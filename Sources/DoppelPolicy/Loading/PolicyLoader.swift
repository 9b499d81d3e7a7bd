import DoppelCore
import Foundation
import Yams

/// Reads a policy file (YAML) into a ``Policy``, keeping the line and column of every key and value
/// so each problem can point at its place. Structural problems are collected, not thrown one by one.
public struct PolicyLoader {
    static let topLevelKeys = ["version", "seed", "secret", "unlisted", "unsupported", "roles", "tables"]
    static let tableKeys = ["mode", "where", "orphans", "columns"]
    static let columnKeys = ["pii", "rule", "unique"]

    public init() {}

    /// Loads the file at `path`; a file that cannot be read or parsed is reported as a diagnostic.
    public func load(path: String) -> (policy: Policy?, diagnostics: [PolicyDiagnostic]) {
        guard let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            return (nil, [PolicyDiagnostic(
                .error, exists ? "cannot read the policy file \(path)" : "no policy file at \(path)",
                at: nil, suggestion: exists ? "check its permissions" : "check the path, or draft one with `doppel init`")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return (nil, [PolicyDiagnostic(.error, "the policy file \(path) is not UTF-8 text", at: nil)])
        }
        return load(text: text, file: path)
    }

    /// Loads policy text; `file` names it in diagnostics.
    public func load(text: String, file: String) -> (policy: Policy?, diagnostics: [PolicyDiagnostic]) {
        var diagnostics: [PolicyDiagnostic] = []
        func location(_ node: Node) -> SourceLocation {
            SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        }
        let root: Node
        do {
            guard let composed = try Yams.compose(yaml: text) else {
                return (nil, [PolicyDiagnostic(.error, "the policy file is empty", at: SourceLocation(file: file, line: 1, column: 1),
                    suggestion: "start from Policies/demo.yaml or draft one with `doppel init`")])
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
                    suggestion: NameSuggestion.didYouMean(mode, among: TablePolicy.Mode.allCases.map(\.rawValue)) ?? "the modes are mask, empty and skip"))
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
                        suggestion: NameSuggestion.didYouMean(text, among: TablePolicy.Mode.allCases.map(\.rawValue)) ?? "the modes are mask, empty and skip"))
                }
            case "where":
                table.whereSQL = value.scalar?.string
                table.whereLocation = location(value)
            case "orphans":
                let text = value.scalar?.string ?? ""
                if let orphans = TablePolicy.Orphans(rawValue: text) { table.orphans = orphans } else {
                    diagnostics.append(PolicyDiagnostic(.error, "`orphans` must be `drop` or `null`", at: location(value)))
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
        return table
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
                if text == "none" { continue }
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
        if column.rule.isEmpty {
            diagnostics.append(PolicyDiagnostic(.error, "column `\(table).\(name)` has no `rule`", at: location(key), suggestion: "add `rule: keep` or another rule (`doppel rules` lists them)"))
            return nil
        }
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
