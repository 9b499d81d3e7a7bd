import DoppelCore
import DoppelFakers
import DoppelMasking
import DoppelPolicy
import Foundation
import Logging

/// What the run's `fake` rules need from the source before the first row is written, read in the run's
/// snapshot into its ``FakeRegistry``; values never leave memory:
///
/// - `avoid_source`: every source value of each column whose fakes avoid the source (one keyed hash set per
///   fake kind, so a value's fake is the same in every column of its kind);
/// - unique fakes: each column's values assigned their candidates in the order of their keyed hashes
///   (``FakeRule/assign(_:values:)``), so that parallel readers and reruns agree;
/// - phones and national IDs that avoid the source: the keys of every value's first permutation, which a
///   value that must draw again may not take.
///
/// A column whose rule is inherited through a foreign key holds its parent's values, so it is not read again.
/// Fakes inside JSON (`json` paths) neither avoid the source nor are assigned ahead.
enum FakePreparation {
    /// The registry for running `plan` under `seed` and `secret`, read from `source`.
    static func registry(for plan: ClonePlan, from source: any SourceDatabase, seed: UInt64, secret: Secret, logger: Logger) throws -> FakeRegistry {
        let started = Date()
        var sets: [FakeKind: AvoidedValues] = [:]
        for (step, columnStep) in fakeColumns(of: plan) {
            guard let kind = FakeRule.avoidedKind(columnStep.policy) else { continue }
            var values = sets[kind] ?? AvoidedValues(kind: kind)
            try scan(columnStep.column, of: step.table, in: source) { values.insert($0.textRepresentation ?? "") }
            sets[kind] = values
        }
        let registry = sets.isEmpty ? FakeRegistry() : FakeRegistry(avoiding: Array(sets.values))
        var assignedColumns = 0
        var firstCandidates: [FakeKind: SortedHashes] = [:]
        for (step, columnStep) in fakeColumns(of: plan) {
            let context = ColumnTransforms.context(for: columnStep, of: step, seed: seed, secret: secret, fakes: registry)
            let element = context.column.limits.isArray ? context.forArrayElements : context
            if FakeRule.assignsBeforeRun(element) {
                try FakeRule.assign(context) { body in try scan(columnStep.column, of: step.table, in: source, body) }
                assignedColumns += 1
            } else if FakeRule.permutesAvoidingSource(element), let kind = FakeRule.kind(of: columnStep.policy) {
                var keys = firstCandidates[kind] ?? SortedHashes()
                try FakeRule.firstCandidateKeys(context, values: { body in try scan(columnStep.column, of: step.table, in: source, body) }, into: &keys)
                firstCandidates[kind] = keys
                assignedColumns += 1
            }
        }
        for (kind, keys) in firstCandidates { registry.setFirstCandidates(keys, of: kind) }
        registry.releaseAssignedHoldings(keeping: kindsClaimedWhileWriting(plan))
        if !sets.isEmpty || assignedColumns > 0 {
            logger.info("Fakes prepared from the source", metadata: [
                "avoided_values": "\(sets.values.map(\.count).reduce(0, +))", "assigned_columns": "\(assignedColumns)",
                "seconds": "\(Date().timeIntervalSince(started))",
            ])
        }
        return registry
    }

    /// The fake kinds whose assigned holdings a column reads while rows are written: a column that inherits a
    /// fake through a foreign key claims its parent's fakes as it goes, and so do fakes inside JSON (every kind,
    /// to be safe). The holdings of the other kinds are dropped once assigned.
    private static func kindsClaimedWhileWriting(_ plan: ClonePlan) -> Set<FakeKind> {
        var kinds = Set<FakeKind>()
        for step in plan.steps where step.mode == .mask {
            for columnStep in step.columns {
                if columnStep.ruleName == FakeRule.descriptor.name, columnStep.inheritedFrom != nil, let kind = FakeRule.kind(of: columnStep.policy) {
                    kinds.insert(kind)
                }
                if columnStep.policy.paths.contains(where: { $0.rule == FakeRule.descriptor.name }) { return Set(FakeKind.allCases) }
            }
        }
        return kinds
    }

    /// The masked tables' `fake` columns that are read: not inherited through a foreign key.
    private static func fakeColumns(of plan: ClonePlan) -> [(TableStep, ColumnStep)] {
        plan.steps.filter { $0.mode == .mask }.flatMap { step in
            step.columns.filter { $0.ruleName == FakeRule.descriptor.name && $0.inheritedFrom == nil }.map { (step, $0) }
        }
    }

    /// Calls `body` with every non-NULL value of `column`, an array's elements one by one.
    private static func scan(_ column: Column, of table: Table, in source: any SourceDatabase, _ body: (Value) -> Void) throws {
        let quoted = source.dialect.quote(column.name)
        let isArray = column.limits.isArray
        try source.scan(unsafeSQL: "SELECT \(quoted) FROM \(source.dialect.from(table: table)) WHERE \(quoted) IS NOT NULL") { row in
            guard let value = row.first else { return }
            guard isArray, let text = value.textRepresentation, let (_, array) = ArrayLiteral.parse(text) else { return body(value) }
            _ = array.mapElements { element in
                if let element { body(.text(element)) }
                return element
            }
        }
    }
}
