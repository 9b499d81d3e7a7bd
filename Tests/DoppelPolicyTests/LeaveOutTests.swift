import DoppelCore
import DoppelPolicy
import Testing
import Foundation

/// `leave_out:` names objects of the source as `doppel inspect` does; a name the source lacks is a policy
/// problem with its place and the closest name.
@Suite struct LeaveOutTests {
    static let schema = Schema(
        engine: "postgres", tables: PolicyTestSchema.schema.tables,
        views: [View(name: "sales_summary", definitionSQL: "CREATE VIEW sales_summary AS SELECT 1")],
        triggers: [Trigger(name: "audit", table: "orders", definitionSQL: "CREATE TRIGGER audit …")],
        objects: [EngineObject(kind: .aggregate, name: "group_concat", definitionSQL: "CREATE AGGREGATE group_concat(text) (…)")])

    func diagnose(_ yaml: String) -> [PolicyDiagnostic] {
        let (policy, diagnostics) = PolicyLoader().load(text: yaml, file: "policy.yaml")
        guard let policy else { return diagnostics }
        return diagnostics + PolicyValidator(schema: Self.schema, rules: PolicyTestSchema.rules).validate(policy)
    }

    @Test func namedObjectsAreLeftOut() throws {
        let yaml = PolicyTestSchema.valid.replacingOccurrences(
            of: "secret: env:DOPPEL_SECRET", with: "secret: env:DOPPEL_SECRET\nleave_out: [\"view sales_summary\", \"aggregate group_concat\"]")
        #expect(diagnose(yaml).filter { $0.severity == .error }.isEmpty)
        let policy = try #require(PolicyLoader().load(text: yaml, file: "policy.yaml").policy)
        let kept = Self.schema.leavingOut(Set(policy.leaveOut.map(\.label)))
        #expect(kept.views.isEmpty && kept.objects?.isEmpty == true && kept.triggers.count == 1)
    }

    @Test func anUnknownNameSuggestsTheClosest() throws {
        let yaml = PolicyTestSchema.valid.replacingOccurrences(
            of: "secret: env:DOPPEL_SECRET", with: "secret: env:DOPPEL_SECRET\nleave_out: [\"view sales_sumary\"]")
        let problem = try #require(diagnose(yaml).first { $0.message.contains("leave_out") })
        #expect(problem.message == "`leave_out` names `view sales_sumary`, which the source does not have")
        #expect(problem.suggestion == "did you mean `view sales_summary`?")
        #expect(problem.location?.description == "policy.yaml:4:13")
    }

    @Test func entriesAreText() throws {
        let yaml = PolicyTestSchema.valid.replacingOccurrences(of: "secret: env:DOPPEL_SECRET", with: "secret: env:DOPPEL_SECRET\nleave_out: view")
        #expect(diagnose(yaml).contains { $0.message.contains("`leave_out` lists objects") })
    }
}
