import Foundation

/// The run ledger's schema: numbered SQL files shipped with the binary, applied in order.
public enum LedgerMigrations {
    /// One migration: its number, file name and SQL.
    public struct Migration: Sendable {
        public var version: Int
        public var name: String
        public var sql: String
    }

    /// Every migration, in version order.
    public static func all() throws -> [Migration] {
        guard let directory = Bundle.module.url(forResource: "SQL", withExtension: nil) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "the ledger migrations are missing from the doppel installation"])
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".sql") }
            .sorted()
        return try files.compactMap { file in
            guard let version = Int(file.prefix(while: \.isNumber)) else { return nil }
            let sql = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
            return Migration(version: version, name: file, sql: sql)
        }
    }
}
