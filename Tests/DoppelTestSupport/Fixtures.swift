public import Foundation

/// Paths to the test datasets and the package, found from this file's location so tests run from any
/// working directory. The datasets live in the repository (`Tests/Datasets`, each with its license);
/// `DOPPEL_DATASETS` overrides the folder.
public enum Fixtures {
    /// The package's root folder.
    public static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// `Tests/Datasets` in the repository.
    public static var datasets: URL {
        if let override = ProcessInfo.processInfo.environment["DOPPEL_DATASETS"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        return packageRoot.appendingPathComponent("Tests/Datasets")
    }

    /// The Chinook SQLite database (read-only; never modify it).
    /// The Chinook PostgreSQL script without its `DROP/CREATE DATABASE` and `\\c` lines, to run in a database of its own.
    public static func chinookPostgresSQL() throws -> String {
        let text = try String(contentsOf: datasets.appendingPathComponent("chinook/Chinook_PostgreSql.sql"), encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { line in !line.hasPrefix("DROP DATABASE") && !line.hasPrefix("CREATE DATABASE") && !line.hasPrefix("\\c ") }
            .joined(separator: "\n")
    }

    public static var chinookSQLite: String {
        datasets.appendingPathComponent("chinook/Chinook_Sqlite.sqlite").path
    }

    /// A file of the repository's `Policies/` folder.
    public static func policy(_ name: String) -> String {
        packageRoot.appendingPathComponent("Policies/\(name)").path
    }
}
