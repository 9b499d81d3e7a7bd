import DoppelCore
import DoppelReport
import DoppelSQLite
import DoppelTestSupport
import Foundation
import Testing

/// Doppel's fidelity figures against SDMetrics' own on one fixed pair of databases.
///
/// `Fixtures/fidelity_expected.json` was written by `Benchmarks/sdv/sdmetrics_reference.py`: it builds the two
/// SQL files from a fixed seed, loads them into pandas and runs sdmetrics 0.32.0's multi-table
/// `QualityReport` (default thresholds, `num_rows_subsample = None`); the versions are recorded in the file.
struct FidelityReportTests {
    struct Expected: Decodable {
        struct Quality: Decodable {
            var overall: Double
            var properties: [String: Double?]
        }
        var quality: Quality
    }

    static func fixture(_ name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures") else {
            throw RunError("missing fixture \(name)")
        }
        return try String(contentsOf: url, encoding: .utf8)
    }

    @Test func matchesSDMetricsOnTheFixedPair() throws {
        let directory = try TemporaryDirectory()
        let real = directory.file("real.sqlite"), synthetic = directory.file("synthetic.sqlite")
        try SQLiteFixture.create(real, sql: try Self.fixture("fidelity_real.sql"))
        try SQLiteFixture.create(synthetic, sql: try Self.fixture("fidelity_synthetic.sql"))
        let expected = try JSONDecoder().decode(Expected.self, from: Data(try Self.fixture("fidelity_expected.json").utf8))
        let report = try FidelityReport.compute(source: try SQLiteSource(path: real), target: try SQLiteSource(path: synthetic))
        let tolerance = 1e-9
        #expect(abs((report.columnShapes ?? -1) - (expected.quality.properties["Column Shapes"].flatMap { $0 } ?? -2)) < tolerance)
        #expect(abs((report.columnPairTrends ?? -1) - (expected.quality.properties["Column Pair Trends"].flatMap { $0 } ?? -2)) < tolerance)
        #expect(abs((report.cardinality ?? -1) - (expected.quality.properties["Cardinality"].flatMap { $0 } ?? -2)) < tolerance)
        #expect(abs((report.intertableTrends ?? -1) - (expected.quality.properties["Intertable Trends"].flatMap { $0 } ?? -2)) < tolerance)
        #expect(abs((report.overall ?? -1) - expected.quality.overall) < tolerance)
        #expect(report.orphans.values.reduce(0, +) == 0)
    }

    @Test func aCopyScoresFullMarksAndIsAllCopiedRows() throws {
        let directory = try TemporaryDirectory()
        let real = directory.file("real.sqlite"), copy = directory.file("copy.sqlite")
        try SQLiteFixture.create(real, sql: try Self.fixture("fidelity_real.sql"))
        try SQLiteFixture.create(copy, sql: try Self.fixture("fidelity_real.sql"))
        let report = try FidelityReport.compute(source: try SQLiteSource(path: real), target: try SQLiteSource(path: copy))
        #expect(abs((report.overall ?? 0) - 1) < 1e-12)
        #expect(report.copiedRowFraction == 1)
    }
}
