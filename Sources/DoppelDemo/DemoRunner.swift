import DoppelCore
import DoppelSQLite
import Foundation
package import Logging
import DoppelMasking
package import DoppelEngine

/// `doppel demo`: builds the demo shop database in a directory, clones it with the bundled
/// `Policies/demo.yaml`, and pairs a few source rows with their clones for a before/after view.
/// Nothing outside `directory` is touched: the run ledger lives there too.
package enum DemoRunner {
    /// The throwaway secret the demo uses when `DOPPEL_SECRET` is not exported. Never use it for real data.
    static let demoSecret = "doppel-demo-secret-not-for-real-data-0123456789"

    package struct Result {
        package var sourcePath: String
        package var clonePath: String
        package var ledgerPath: String
        package var summary: CloneSummary
        /// Column names, then (source row, clone row) pairs.
        package var columns: [String]
        package var pairs: [(before: [String], after: [String])]
        package var usedDemoSecret: Bool
    }

    package static func run(directory: String, customers: Int, policyText: String, logger: Logger, progress: (any ProgressReporter)?) throws -> Result {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let sourcePath = directory + "/shop.db"
        let clonePath = directory + "/shop-clone.db"
        let ledgerPath = directory + "/ledger.sqlite"
        try DemoDatabase.create(at: sourcePath, customers: customers)

        var environment = ProcessInfo.processInfo.environment
        let usedDemoSecret = (environment["DOPPEL_SECRET"] ?? "").isEmpty
        if usedDemoSecret { environment["DOPPEL_SECRET"] = demoSecret }
        let request = CloneRequest(
            policy: .text(policyText, name: "Policies/demo.yaml"), source: .sqlite(path: sourcePath), target: .sqlite(path: clonePath),
            ledgerPath: ledgerPath, environment: environment)
        guard case .cloned(let summary, let loaded) = try CloneRunner(logger: logger, progress: progress).run(request) else {
            throw RunError("the demo clone did not run")
        }
        guard let secret = try loaded.secret(environment: environment) else { throw RunError("the demo policy names no secret") }

        let columns = ["id", "first_name", "last_name", "email", "phone", "city", "postcode", "birth_date"]
        let list = columns.map { "\"\($0)\"" }.joined(separator: ", ")
        let source = try SQLiteConnection(path: sourcePath, mode: .readOnly)
        let clone = try SQLiteConnection(path: clonePath, mode: .readOnly)
        let pseudonymizer = try Pseudonymizer(key: secret.derivedKey(for: "pseudonymize"))
        var pairs: [(before: [String], after: [String])] = []
        for row in try source.rows("SELECT \(list) FROM customers ORDER BY id LIMIT 5") {
            let cloneID = try pseudonymizer.pseudonym(of: row[0])
            let statement = try clone.prepare("SELECT \(list) FROM customers WHERE id = ?")
            try statement.bind(cloneID, at: 1)
            guard try statement.step() else { continue }
            let after = statement.row()
            pairs.append((row.map { $0.textRepresentation ?? "NULL" }, after.map { $0.textRepresentation ?? "NULL" }))
        }
        return Result(
            sourcePath: sourcePath, clonePath: clonePath, ledgerPath: ledgerPath, summary: summary, columns: columns, pairs: pairs,
            usedDemoSecret: usedDemoSecret)
    }
}
