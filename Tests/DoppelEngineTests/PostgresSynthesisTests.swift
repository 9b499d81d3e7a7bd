import DoppelCore
import DoppelEngine
import DoppelPolicy
import DoppelPostgres
import DoppelReport
import DoppelSynthesis
import DoppelTestSupport
import Foundation
import Logging
import Testing
import DoppelConnectors

/// Fit on PostgreSQL and synthesize into PostgreSQL: Chinook's PostgreSQL edition, with
/// `Policies/chinook_synthesize.yaml` renamed to its snake_case names.
@Suite struct PostgresSynthesisTests {
    static let logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }

    /// `Policies/chinook_synthesize.yaml` with `InvoiceLine`/`BillingPostalCode` spelled `invoice_line`/`billing_postal_code`.
    static func snakeCasePolicy(in directory: TemporaryDirectory) throws -> String {
        let text = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("Policies/chinook_synthesize.yaml"), encoding: .utf8)
        let camel = try NSRegularExpression(pattern: "\\b([A-Z][a-z]+)+\\b")
        var result = ""
        var last = text.startIndex
        for match in camel.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let range = Range(match.range, in: text) else { continue }
            result += text[last..<range.lowerBound]
            var word = ""
            for character in text[range] {
                if character.isUppercase && !word.isEmpty { word += "_" }
                word += character.lowercased()
            }
            result += word
            last = range.upperBound
        }
        result += text[last...]
        let path = directory.file("chinook_synthesize_postgres.yaml")
        try result.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func chinookFittedOnPostgresIsSynthesizedIntoPostgresWithEveryConstraint() throws {
        let source = try ChinookPostgresTests.source.get()
        let directory = try TemporaryDirectory()
        let policy = try Self.snakeCasePolicy(in: directory)
        let model = directory.file("chinook.model.json")
        let fitted = try ModelFitter(logger: Self.logger).fit(
            policyPath: policy, source: .postgres(source), output: model, ledgerPath: directory.file("ledger.sqlite")).model
        #expect(fitted.tables.count == 11)
        let target = try TemporaryPostgres.shared.get().newDatabaseURL("chinook_synthetic")
        let summary = try SynthesizeRunner(logger: Self.logger).run(.init(
            modelPath: model, target: .postgres(target), scale: 2, seed: 5, ledgerPath: directory.file("ledger.sqlite"), environment: [:]))
        #expect(summary.foreignKeyViolations == 0)
        let connection = try PGConnection(url: target)
        // PostgreSQL checked every constraint as rows arrived; the constraints are all there and validated.
        let constraints = try connection.execute("""
            SELECT contype::text, count(*)::text, bool_and(convalidated)::text FROM pg_constraint c
            JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = 'public' GROUP BY contype ORDER BY contype
            """).rows()
        #expect(constraints.contains { $0 == ["f", "11", "true"] }, "\(constraints)")
        #expect(constraints.contains { $0 == ["p", "11", "true"] }, "\(constraints)")
        let sourceConnection = try PGConnection(url: source)
        // (playlist_track hangs off 18 playlists with up to 3,290 tracks each: its size at scale 2 swings too far for a bound.)
        for table in ["artist", "album", "track", "customer", "invoice", "invoice_line"] {
            let real = Double(try sourceConnection.execute("SELECT count(*) FROM \(table)").text(row: 0, column: 0) ?? "") ?? 0
            let written = Double(try connection.execute("SELECT count(*) FROM \(table)").text(row: 0, column: 0) ?? "") ?? 0
            #expect(written > real * 2 * 0.6 && written < real * 2 * 1.6, "\(table): \(written) rows for \(real) × 2")
        }
        // Fidelity read back from both servers (PII columns left out, as `doppel report --policy` does):
        // no orphan, no source customer row copied.
        let sourceDatabase = try DatabaseOpener.openSource(.postgres(source))
        let loaded = try LoadedPolicy.load(path: policy, schema: try sourceDatabase.introspect(countingRows: false))
        let report = try FidelityReport.compute(
            source: sourceDatabase, target: try DatabaseOpener.openSource(.postgres(target)), excluded: loaded.policy.piiColumnNames)
        #expect(report.orphans.values.allSatisfy { $0 == 0 })
        #expect((report.overall ?? 0) > 0.6, "\(FidelityText.render(report))")
        #expect((report.copiedRows["customer"]?.copied ?? 0) == 0)
    }
}
