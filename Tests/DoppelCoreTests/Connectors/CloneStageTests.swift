import DoppelCore
import Testing

@Suite struct CloneStageTests {
    /// The names are what `DOPPEL_TEST_PAUSE_AT` and the "Stage started" log entry use: they must not change.
    @Test func stagesKeepTheirNamesAndOrder() {
        #expect(CloneStage.allCases.map(\.rawValue) == ["created", "loading", "indexes", "checks", "rename"])
        #expect(CloneStage.allCases.map(\.description) == ["created", "loading", "indexes", "checks", "rename"])
    }
}
