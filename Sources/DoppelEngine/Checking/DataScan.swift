import DoppelCore
import DoppelDetection
import DoppelPolicy
import Foundation

/// What `doppel check` learns from the source's values, with `doppel init`'s detection: the columns a policy
/// keeps that look personal (`--scan`), and for a column the policy does not cover, the entry `init` would
/// draft. It reads at most ``sampleLimit`` rows per table in the source's snapshot and reports counts,
/// never values.
enum DataScan {
    static let sampleLimit = 500

    /// `--scan`: an error for each column of a masked table the plan keeps as it is, unmarked (`pii: none`
    /// says it is not personal), whose sampled values detection finds personal.
    static func keptColumnsThatLookPersonal(plan: ClonePlan, source: any SourceDatabase) throws -> [PolicyDiagnostic] {
        let detector = try PersonalDataDetector.standard()
        var diagnostics: [PolicyDiagnostic] = []
        for step in plan.steps where step.mode == .mask {
            let kept = step.columns.filter { $0.ruleName == "keep" && $0.inheritedFrom == nil && $0.policy.pii == nil && !$0.policy.markedNotPersonal }
            guard !kept.isEmpty else { continue }
            let sample = try TableSample(of: step.table, from: source, limit: sampleLimit)
            for column in kept {
                guard let index = sample.columns.firstIndex(where: { $0.name == column.column.name }) else { continue }
                let detection = detector.detect(ColumnDescription(table: step.table.name, column: column.column), values: sample.values(at: index), sampleLimit: sampleLimit)
                // Values, not the name alone: the policy's author has seen the name.
                guard let kind = detection.kind, detection.evidence.examined > 0 else { continue }
                let entry = DraftedEntry.candidates(for: kind, isReferenced: false, isKey: false, isUnique: false)[0].yaml
                diagnostics.append(PolicyDiagnostic(
                    .error, "`\(step.table.name).\(column.column.name)` keeps its values, but they look personal: \(kind.rawValue), \(detection.reason)",
                    at: column.policy.location,
                    suggestion: "mask it (`\(column.column.name): \(entry)`), or write `{ rule: keep, pii: none }` if it holds no personal data"))
            }
        }
        return diagnostics
    }

    /// `diagnostics` with the suggestion of each uncovered column of the source replaced by the entry
    /// `doppel init` drafts for it, ready to paste.
    static func withDraftedEntries(_ diagnostics: [PolicyDiagnostic], schema: Schema, source: any SourceDatabase) throws -> [PolicyDiagnostic] {
        let uncovered = Dictionary(grouping: diagnostics.compactMap(\.uncoveredColumn), by: \.table)
        guard !uncovered.isEmpty else { return diagnostics }
        let detector = try PersonalDataDetector.standard()
        let referenced = PolicyDrafter.referencedColumns(in: schema)
        var drafted: [PolicyDiagnostic.UncoveredColumn: String] = [:]
        for (tableName, columns) in uncovered {
            guard let table = schema.table(named: tableName) else { continue }
            let sample = try TableSample(of: table, from: source, limit: sampleLimit)
            let unique = Set(table.uniqueKeys.filter { $0.count == 1 }.flatMap { $0 })
            for wanted in columns {
                guard let index = sample.columns.firstIndex(where: { $0.name == wanted.column }) else { continue }
                let column = sample.columns[index]
                let detection = detector.detect(ColumnDescription(table: table.name, column: column), values: sample.values(at: index), sampleLimit: sampleLimit)
                let entry = DraftedEntry.candidates(
                    for: detection.kind, isReferenced: !(referenced["\(table.name).\(column.name)"] ?? []).isEmpty,
                    isKey: table.primaryKey.contains(column.name), isUnique: table.primaryKey == [column.name] || unique.contains(column.name))[0]
                let verdict = detection.kind.map { "\($0.rawValue): \(detection.reason)" } ?? "not personal: \(detection.reason)"
                drafted[wanted] = "add `\(PolicyDraftText.key(column.name)): \(entry.yaml)` (doppel init's draft; \(verdict))"
            }
        }
        return diagnostics.map { diagnostic in
            guard let column = diagnostic.uncoveredColumn, let suggestion = drafted[column] else { return diagnostic }
            var replaced = diagnostic
            replaced.suggestion = suggestion
            return replaced
        }
    }
}
