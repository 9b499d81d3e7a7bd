import DoppelCore
import Foundation
import Testing
@testable import DoppelPolicy

/// A policy of tens of thousands of unknown tables against a schema of thousands: validating grows with the
/// policy, not with policy × schema (issue 13, defect 9: a 10 MB policy took 29 s), and people see capped lines.
@Suite struct HugePolicyTests {
    static func schema(tables count: Int) -> Schema {
        Schema(engine: "sqlite", tables: (0..<count).map { index in
            Table(name: "table_\(index)", columns: [Column(name: "id", declaredType: "INTEGER", logicalType: .integer, isNullable: false)], primaryKey: ["id"])
        })
    }

    static func policy(unknownTables count: Int) -> Policy {
        var policy = Policy(file: "huge.yaml")
        policy.unlisted = .keep
        let location = SourceLocation(file: "huge.yaml", line: 1, column: 1)
        policy.tables = (0..<count).map { TablePolicy(name: "tabel_\($0)", location: location) }
        return policy
    }

    /// The CPU time this thread has used, in seconds: unlike the wall clock, it does not grow when other
    /// tests or processes share the cores.
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Validates `count` unknown tables (near misses of the schema's names) against a schema of `count` tables,
    /// three times; the least CPU time of the three, and the diagnostics.
    static func seconds(validating count: Int) -> (Double, [PolicyDiagnostic]) {
        let policy = policy(unknownTables: count)
        let validator = PolicyValidator(schema: schema(tables: count), rules: PolicyTestSchema.rules)
        var best = Double.infinity
        var diagnostics: [PolicyDiagnostic] = []
        for _ in 0..<3 {
            let started = threadCPUSeconds()
            diagnostics = validator.validate(policy)
            best = min(best, threadCPUSeconds() - started)
        }
        return (best, diagnostics)
    }

    /// Policy and schema both four times larger take about four times as long (a lookup of each entry among
    /// the schema's tables would take sixteen), measured against the smaller run of the same process, in CPU
    /// time and at the best of three (a timing under a loaded CI machine failed the wall-clock version).
    @Test func validationGrowsLinearly() {
        _ = Self.seconds(validating: 200)
        let (small, _) = Self.seconds(validating: 1_000)
        let (large, diagnostics) = Self.seconds(validating: 4_000)
        #expect(diagnostics.count == 4_000)
        #expect(large < 8 * max(small, 0.001), "1,000 tables: \(small) s; 4,000: \(large) s")
        #expect(diagnostics.prefix(DiagnosticCap.limit).allSatisfy { $0.suggestion?.contains("did you mean") == true })
    }

    @Test func repeatedDiagnosticsAreCappedPerKind() {
        let location = SourceLocation(file: "p.yaml", line: 1, column: 1)
        let diagnostics = (0..<120).map { PolicyDiagnostic(.error, "no table `t\($0)` in the source", at: location) }
            + [PolicyDiagnostic(.error, "policy version 2 is not supported by this doppel", at: location)]
            + (0..<3).map { PolicyDiagnostic(.warning, "column `c\($0)` is carried as text", at: location) }
        let lines = DiagnosticCap.lines(diagnostics)
        #expect(lines.count == 50 + 1 + 3 + 1)
        #expect(lines.last?.contains("70 more like `error: no table … in the source`") == true, "\(lines.last ?? "")")
        #expect(lines.contains { $0.contains("version 2") })
        #expect(PolicyProblems(diagnostics).description.split(separator: "\n").count == 56)
    }
}
