import DoppelCore
import DoppelPolicy
import Foundation

/// What `clone --dry-run` says of a subset: per table, the rows kept and what brought them in.
enum SubsetText {
    /// The subset's header: its start points, and how many rows it keeps of how many.
    static func header(_ plan: ClonePlan) -> [String] {
        guard let reach = plan.subset else { return [] }
        let starts = reach.spec.starts.map { start -> String in
            "\(start.table) (\(startDescription(start)))"
        }
        var lines = ["Subset: starts at " + starts.joined(separator: ", ") + "; children: \(children(reach.spec.children))"
            + (reach.spec.depth.map { "; depth \($0)" } ?? "")]
        if let selection = plan.subsetSelection {
            let kept = plan.steps.reduce(Int64(0)) { total, step in total + (keptRows(of: step, in: plan) ?? 0) }
            let source = plan.steps.reduce(Int64(0)) { $0 + ($1.mode == .mask ? $1.sourceRows ?? 0 : 0) }
            lines.append("  \(kept) of \(source) rows kept in the copied tables (the closure read \(selection.scans) table(s) in the source's snapshot)")
            if let bytes = selection.estimatedBytes {
                lines.append("  estimated size: \(megabytes(bytes.kept)) of \(megabytes(bytes.source)) (tables and indexes, in proportion to the rows kept)")
            }
        }
        return lines
    }

    /// The rows of a table the clone keeps: the closure's count for a subset table, the source's for one copied whole.
    static func keptRows(of step: TableStep, in plan: ClonePlan) -> Int64? {
        guard step.mode == .mask else { return nil }
        if let count = plan.subsetSelection?.counts[step.table.name] { return count.kept }
        if plan.subset?.members[step.table.name] != nil { return plan.subsetSelection == nil ? nil : 0 }
        return step.sourceRows
    }

    /// The lines of one table: rows kept, and each reason with its count.
    static func lines(for step: TableStep, in plan: ClonePlan) -> [String] {
        guard let reach = plan.subset, step.mode == .mask else { return [] }
        let name = step.table.name
        guard let member = reach.members[name] else {
            return ["   subset: not reached from a start point, copied whole"]
        }
        let count = plan.subsetSelection?.counts[name] ?? SubsetTableCount()
        let of = step.sourceRows.map { " of \($0)" } ?? ""
        var lines = ["   subset: \(count.kept)\(of) rows kept" + (member.keepsAllRows ? " (keep_rows: all)" : "")]
        if member.roles.contains(.dependent) {
            let parents = Set(member.references.filter { !$0.blocks }.map(\.parent)).sorted().joined(separator: ", ")
            let blocked = Set(member.references.filter(\.blocks).map(\.parent)).sorted().joined(separator: ", ")
            if !parents.isEmpty { lines.append("     rows whose parents in \(parents) are all kept (not reached from a start point)") }
            if !blocked.isEmpty { lines.append("     no row referencing \(blocked): their children do not follow (children: none, or past depth)") }
            return lines
        }
        if let start = member.start {
            lines.append("     \(count.start) picked by the start point (\(startDescription(start)))")
        }
        let followed = Set(member.references.filter(\.followed).map(\.parent)).sorted()
        if !followed.isEmpty, count.down > count.start {
            lines.append("     \(count.down - count.start) referencing kept rows of \(followed.joined(separator: ", "))")
        }
        let referencing = reach.order.filter { other in
            other != name && reach.members[other]?.isReached == true && (plan.subsetSelection?.counts[other]?.kept ?? 1) > 0
                && reach.members[other]?.references.contains { $0.parent == name } == true
        }
        if count.kept > count.down, !referencing.isEmpty || member.references.contains(where: { $0.parent == name }) {
            let names = referencing + (member.references.contains { $0.parent == name } ? ["itself"] : [])
            let listed = names.count > 1 ? names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "") : names.joined()
            lines.append("     \(count.kept - count.down) referenced by kept rows of \(listed)")
        }
        return lines
    }

    private static func megabytes(_ bytes: Int64) -> String {
        bytes < 1_000_000 ? "\(bytes / 1000) kB" : String(format: "%.1f MB", Double(bytes) / 1e6)
    }

    private static func startDescription(_ start: SubsetSpec.StartPoint) -> String {
        var parts: [String] = []
        if let whereSQL = start.whereSQL { parts.append("where \(whereSQL)") }
        switch start.sample {
        case .percent(let percent): parts.append("keyed sample of \(percent.formatted()) %")
        case .rows(let rows): parts.append("keyed sample of \(rows) rows")
        case nil: break
        }
        return parts.isEmpty ? "every row" : parts.joined(separator: ", ")
    }

    private static func children(_ children: SubsetChildren) -> String {
        switch children {
        case .all: return "all"
        case .none: return "none"
        case .percent(let percent): return "\(percent.formatted()) %"
        }
    }
}

extension Double {
    /// `5` for 5.0, `0.5` for 0.5: a percentage as a person writes it.
    fileprivate func formatted() -> String {
        self == rounded() && abs(self) < 1e15 ? String(Int64(self)) : String(self)
    }
}
