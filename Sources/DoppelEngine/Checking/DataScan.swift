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
                let detection = detector.detect(ColumnDescription(table: step.table.name, column: column.column, siblings: step.table.columns.map(\.name)), values: sample.values(at: index), sampleLimit: sampleLimit)
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

    /// `diagnostics` with the suggestion of each uncovered column or table of the source replaced by what
    /// `doppel init` drafts for it, ready to paste.
    static func withDraftedEntries(_ diagnostics: [PolicyDiagnostic], schema: Schema, source: any SourceDatabase) throws -> [PolicyDiagnostic] {
        let wanted = Set(diagnostics.compactMap { $0.uncoveredColumn?.table } + diagnostics.compactMap(\.uncoveredTable))
        guard !wanted.isEmpty else { return diagnostics }
        let drafter = PolicyDrafter(sampleLimit: sampleLimit)
        let detector = try PersonalDataDetector.standard()
        let referenced = PolicyDrafter.referencedColumns(in: schema)
        var drafts: [String: PolicyDraft.TableDraft] = [:]
        for name in wanted {
            guard let table = schema.table(named: name) else { continue }
            drafts[name] = try drafter.draft(table, schema: schema, source: source, detector: detector, referenced: referenced)
        }
        return diagnostics.map { diagnostic in
            var replaced = diagnostic
            if let wanted = diagnostic.uncoveredColumn, let column = drafts[wanted.table]?.columns.first(where: { $0.name == wanted.column }), column.inheritedFrom == nil {
                replaced.suggestion = "add `\(PolicyDraftText.key(column.name)): \(column.entry.yaml)` (doppel init's draft; \(verdict(of: column)))"
            } else if let name = diagnostic.uncoveredTable, let table = drafts[name] {
                let entries = table.columns.filter { $0.inheritedFrom == nil }.map { "\(PolicyDraftText.key($0.name)): \($0.entry.yaml)" }
                let personal = table.columns.compactMap { $0.inheritedFrom == nil ? $0.detection?.kind : nil }.count
                replaced.suggestion = "add under `tables:` `\(PolicyDraftText.key(name)): { columns: { \(entries.joined(separator: ", ")) } }` (doppel init's draft: \(personal) personal column(s) of \(entries.count)), or `\(PolicyDraftText.key(name)): skip` to leave it out"
            }
            return replaced
        }
    }

    /// `email: name matches email; …` or `not personal: …`, for a suggestion.
    static func verdict(of column: PolicyDraft.ColumnDraft) -> String {
        guard let detection = column.detection else { return "inherited" }
        return detection.kind.map { "\($0.rawValue): \(detection.reason)" } ?? "not personal: \(detection.reason)"
    }
}
