import DoppelPolicy
import Testing

/// `rows:` in a policy and `--rows TABLE=N` on the command line read counts and factors the same way.
@Suite struct RowCountTests {
    @Test(arguments: [("500", TablePolicy.RowCount.count(500)), (" 0 ", .count(0)), ("2x", .factor(2)), ("0.5x", .factor(0.5))])
    func readsCountsAndFactors(text: String, expected: TablePolicy.RowCount) {
        #expect(TablePolicy.RowCount(parsing: text) == expected)
    }

    @Test(arguments: ["-1", "0x", "-2x", "infx", "nanx", "x", "", "five", "2 x"])
    func refusesTheRest(text: String) {
        #expect(TablePolicy.RowCount(parsing: text) == nil)
    }
}
