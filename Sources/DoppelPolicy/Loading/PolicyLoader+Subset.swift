import Foundation
import Yams

extension PolicyLoader {
    static let subsetKeys = ["start", "depth", "children"]
    static let startKeys = ["where", "percent", "rows"]

    /// Reads `subset: { start: { TABLE: WHERE | { where, percent, rows } }, depth: N, children: all | none | { percent: N } }`.
    func loadSubset(node: Node, file: String, diagnostics: inout [PolicyDiagnostic]) -> SubsetSpec? {
        func location(_ node: Node) -> SourceLocation {
            SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        }
        let example = #"e.g. `subset: { start: { customers: "country = 'DE'" } }` or `subset: { start: { customers: { percent: 1 } } }`"#
        guard let mapping = node.mapping else {
            diagnostics.append(PolicyDiagnostic(.error, "`subset` is a mapping with `start:` (the tables where the subset starts)", at: location(node), suggestion: example))
            return nil
        }
        var spec = SubsetSpec(starts: [], location: location(node))
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            switch key {
            case "start":
                guard let starts = value.mapping, !starts.isEmpty else {
                    diagnostics.append(PolicyDiagnostic(.error, "`subset.start` maps tables to the rows the subset starts from", at: location(value), suggestion: example))
                    continue
                }
                for (tableKey, startNode) in starts {
                    let table = tableKey.string ?? ""
                    if let start = loadStart(table: table, key: tableKey, node: startNode, file: file, diagnostics: &diagnostics) {
                        spec.starts.append(start)
                    }
                }
            case "depth":
                if let depth = value.int, depth >= 0 { spec.depth = depth } else {
                    diagnostics.append(PolicyDiagnostic(.error, "`subset.depth` must be a whole number ≥ 0", at: location(value),
                        suggestion: "the number of references followed down from a start table: `depth: 2` keeps children and grandchildren"))
                }
            case "children":
                if let children = loadChildren(node: value, place: "`subset.children`", file: file, diagnostics: &diagnostics) { spec.children = children }
            default:
                diagnostics.append(PolicyDiagnostic(.error, "unknown key `\(key)` in `subset`", at: location(keyNode),
                    suggestion: NameSuggestion.didYouMean(key, among: Self.subsetKeys) ?? "the keys are " + Self.subsetKeys.joined(separator: ", ")))
            }
        }
        if mapping["start"] == nil {
            diagnostics.append(PolicyDiagnostic(.error, "`subset` has no `start`: nothing says which rows to keep", at: location(node), suggestion: example))
        }
        return spec
    }

    private func loadStart(table: String, key: Node, node: Node, file: String, diagnostics: inout [PolicyDiagnostic]) -> SubsetSpec.StartPoint? {
        func location(_ node: Node) -> SourceLocation {
            SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        }
        var start = SubsetSpec.StartPoint(table: table, location: location(key))
        if let text = node.scalar?.string {
            guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                diagnostics.append(PolicyDiagnostic(.error, "the start point `\(table)` has an empty condition", at: location(node),
                    suggestion: #"write a condition on its rows (`"store_id = 1"`), or `{ percent: 5 }`"#))
                return nil
            }
            start.whereSQL = text
            return start
        }
        guard let mapping = node.mapping else {
            diagnostics.append(PolicyDiagnostic(.error, "the start point `\(table)` is a condition or a mapping of `where`, `percent`, `rows`", at: location(node),
                suggestion: #"e.g. `\#(table): "created_at >= '2025-01-01'"` or `\#(table): { percent: 5 }`"#))
            return nil
        }
        for (keyNode, value) in mapping {
            let name = keyNode.string ?? ""
            switch name {
            case "where":
                start.whereSQL = value.scalar?.string
            case "percent":
                if let text = value.scalar?.string, let percent = Double(text), percent > 0, percent <= 100 {
                    if start.sample != nil { diagnostics.append(bothSamples(at: location(keyNode))) }
                    start.sample = .percent(percent)
                } else {
                    diagnostics.append(PolicyDiagnostic(.error, "`percent` of the start point `\(table)` must be a number above 0 and at most 100", at: location(value)))
                }
            case "rows":
                if let text = value.scalar?.string, let rows = Int64(text), rows >= 1 {
                    if start.sample != nil { diagnostics.append(bothSamples(at: location(keyNode))) }
                    start.sample = .rows(rows)
                } else {
                    diagnostics.append(PolicyDiagnostic(.error, "`rows` of the start point `\(table)` must be a whole number ≥ 1", at: location(value)))
                }
            default:
                diagnostics.append(PolicyDiagnostic(.error, "unknown key `\(name)` in the start point `\(table)`", at: location(keyNode),
                    suggestion: NameSuggestion.didYouMean(name, among: Self.startKeys) ?? "the keys are " + Self.startKeys.joined(separator: ", ")))
            }
        }
        return start
    }

    private func bothSamples(at location: SourceLocation) -> PolicyDiagnostic {
        PolicyDiagnostic(.error, "a start point takes `percent` or `rows`, not both", at: location, suggestion: "keep one of them")
    }

    /// Reads `all`, `none` or `{ percent: N }`.
    func loadChildren(node: Node, place: String, file: String, diagnostics: inout [PolicyDiagnostic]) -> SubsetChildren? {
        let at = SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        switch node.scalar?.string {
        case "all": return .all
        case "none": return SubsetChildren.none
        default: break
        }
        if let mapping = node.mapping, mapping.count == 1, let text = mapping["percent"]?.scalar?.string, let percent = Double(text), percent > 0, percent <= 100 {
            return .percent(percent)
        }
        diagnostics.append(PolicyDiagnostic(.error, "\(place) must be `all`, `none` or `{ percent: N }` (N above 0, at most 100)", at: at,
            suggestion: "`all` keeps every row that references a kept row, `none` keeps none, `{ percent: 10 }` a keyed tenth of them"))
        return nil
    }
}
