import DoppelPolicy
import Foundation
import Testing

/// `subset:` and the tables' `children` and `keep_rows`, as loaded, and every mistake named at its place.
@Suite struct SubsetPolicyTests {
    func with(_ subset: String, tables: String = "") -> String {
        PolicyTestSchema.valid.replacingOccurrences(of: "tables:\n", with: subset + "\ntables:\n" + tables)
    }

    func errors(_ yaml: String) -> [PolicyDiagnostic] {
        PolicyTestSchema.diagnose(yaml).filter { $0.severity == .error }
    }

    @Test func loadsStartPointsDepthAndChildren() throws {
        let yaml = with("""
            subset:
              start:
                customers: "email LIKE '%@corp.test'"
                orders: { where: "total > 10", percent: 2.5 }
              depth: 3
              children: { percent: 10 }
            """, tables: "  orders: { children: none, keep_rows: all }\n")
            .replacingOccurrences(of: "  orders:\n    columns:", with: "  orders_again:\n    columns:")
        let (policy, diagnostics) = PolicyLoader().load(text: yaml, file: "policy.yaml")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let subset = try #require(policy?.subset)
        #expect(subset.starts.map(\.table) == ["customers", "orders"])
        #expect(subset.starts[0].whereSQL == "email LIKE '%@corp.test'" && subset.starts[0].sample == nil)
        #expect(subset.starts[1].whereSQL == "total > 10" && subset.starts[1].sample == .percent(2.5))
        #expect(subset.depth == 3 && subset.children == .percent(10))
        #expect(subset.starts[1].location.line == 7)
        let orders = try #require(policy?.table(named: "orders"))
        #expect(orders.children == SubsetChildren.none && orders.keepsAllRows)
    }

    @Test func malformedSubsetsAreNamedAtTheirPlace() throws {
        let cases: [(String, String, Int)] = [
            ("subset: [customers]", "`subset` is a mapping with `start:`", 4),
            ("subset: { depth: 2 }", "`subset` has no `start`", 4),
            ("subset: { start: { customers: { percent: 0 } } }", "`percent` of the start point `customers` must be a number above 0", 4),
            ("subset: { start: { customers: { rows: -3 } } }", "`rows` of the start point `customers` must be a whole number", 4),
            ("subset: { start: { customers: { rows: 3, percent: 5 } } }", "takes `percent` or `rows`, not both", 4),
            ("subset: { start: { customers: { wher: \"id = 1\" } } }", "unknown key `wher` in the start point `customers`", 4),
            ("subset: { start: { customers: \"id = 1\" }, childern: none }", "unknown key `childern` in `subset`", 4),
            ("subset: { start: { customers: \"id = 1\" }, children: some }", "`subset.children` must be `all`, `none` or `{ percent: N }`", 4),
            ("subset: { start: { customers: \"id = 1\" }, depth: -1 }", "`subset.depth` must be a whole number ≥ 0", 4),
        ]
        for (subset, message, line) in cases {
            let found = errors(with(subset))
            let diagnostic = try #require(found.first { $0.message.contains(message) }, "\(subset): \(found)")
            #expect(diagnostic.location?.line == line, "\(subset)")
        }
        #expect(errors(with("subset: { depth: 2 }")).first { $0.message.contains("no `start`") }?.suggestion?.contains("percent: 1") == true)
    }

    @Test func startPointsNameCopiedTablesOfTheSource() throws {
        let unknown = try #require(errors(with(#"subset: { start: { customer: "id = 1" } }"#)).first)
        #expect(unknown.message == "`subset.start` names `customer`, which the source does not have")
        #expect(unknown.suggestion == "did you mean `customers`?")
        let skipped = errors(with(#"subset: { start: { orders: "id = 1" } }"#).replacingOccurrences(of: "  orders:\n    columns:\n      id: keep\n      total: keep", with: "  orders: skip"))
        #expect(skipped.map(\.message) == ["`subset.start` names `orders`, whose mode is `skip`: its rows are not copied"])
    }

    @Test func aTablesWhereCannotCompeteWithTheSubset() throws {
        let yaml = with(#"subset: { start: { customers: "id = 1" } }"#).replacingOccurrences(of: "  orders:\n", with: "  orders:\n    where: \"total > 0\"\n")
        let found = errors(yaml)
        #expect(found.count == 1)
        #expect(found.first?.message.contains("`where` of `orders` and `subset:` both choose rows") == true)
        #expect(found.first?.suggestion?.contains("subset: { start: { orders:") == true)
        #expect(found.first?.location?.line == 13)
    }

    @Test func childrenAndKeepRowsWithoutASubsetAreWarnedAbout() throws {
        let yaml = PolicyTestSchema.valid.replacingOccurrences(of: "  orders:\n", with: "  orders:\n    children: none\n    keep_rows: all\n")
        let diagnostics = PolicyTestSchema.diagnose(yaml)
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(diagnostics.map(\.message).sorted() == [
            "`children` of `orders` has no effect without `subset:`", "`keep_rows` of `orders` has no effect without `subset:`",
        ])
    }
}
