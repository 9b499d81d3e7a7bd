public import DoppelCore
import DoppelPostgres
import DoppelSQLite
import Foundation

/// Opens sources and targets by URL, and refuses a target that is the source.
public enum DatabaseOpener {
    /// Opens the source read-only (`role` names it in errors: "target" when a report reads a clone).
    public static func openSource(_ url: ConnectionURL, role: String = "source") throws -> any SourceDatabase {
        switch url {
        case .sqlite(let path):
            return try SQLiteSource(path: path, role: role)
        case .postgres(let text):
            return try PostgresSource(url: text)
        }
    }

    /// The source schema in the target engine's terms, with what cannot be carried across.
    /// - Parameter types: the policy's `carry_as` types, by table and column.
    package static func translate(_ schema: Schema, to target: ConnectionURL, types: [String: [String: String]] = [:]) -> (schema: Schema, warnings: [String]) {
        switch target {
        case .sqlite: return SQLiteSchemaTranslation.translate(schema, types: types)
        case .postgres: return PostgresSchemaTranslation.translate(schema, types: types)
        }
    }

    /// Opens the target for a clone of `schema` (already in the target's terms), building nothing visible yet.
    ///
    /// The run takes the target's lock and checks, under `claim`, that it may replace what is there.
    package static func openTarget(
        _ url: ConnectionURL, schema: Schema, source: (any SourceDatabase)?, roleMap: [String: String?] = [:], claim: TargetClaim
    ) throws -> any CloneTarget {
        switch url {
        case .sqlite(let path):
            let settings = try (source as? SQLiteSource).map(SQLiteCloneTarget.settings(of:)) ?? [:]
            return try SQLiteCloneTarget(targetPath: path, source: schema, settings: settings, claim: claim)
        case .postgres(let text):
            let sourceIdentity = try (source as? PostgresSource)?.connection.databaseIdentity()
            return try PostgresCloneTarget(url: text, source: schema, roleMap: roleMap, sourceIdentity: sourceIdentity, claim: claim)
        }
    }

    /// Throws when `target` names the same database as `source`.
    package static func refuseSameDatabase(source: ConnectionURL, target: ConnectionURL) throws {
        switch (source, target) {
        case (.sqlite(let sourcePath), .sqlite(let targetPath)):
            if namesSameFile(sourcePath, targetPath) {
                throw UsageError("the target \(target) is the source; a clone never overwrites its source. Name another file, e.g. --target sqlite:\(suggestedTarget(for: targetPath))")
            }
        case (.postgres(let a), .postgres(let b)) where a == b:
            throw UsageError("the target is the source; a clone never overwrites its source. Name another database")
        default:
            break
        }
    }

    /// Throws when the file a command is about to write, `output` (given as `flag`), is one of its
    /// `inputs` (each with what it is: "the source database", "the policy", "the model"); the message
    /// suggests writing `suggestion` instead.
    package static func refuseOverwriting(_ output: String, flag: String, inputs: [(path: String, role: String)], suggestion: String) throws {
        for input in inputs where namesSameFile(input.path, output) {
            throw UsageError("\(flag) names \(output), which is \(input.role) this command reads; it would be overwritten. Name another file, e.g. \(flag) \(suggestion)")
        }
    }

    /// `path` with `ending` in place of its extension, for suggesting another file beside it.
    package static func sibling(of path: String, ending: String) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingLastPathComponent().appendingPathComponent(url.deletingPathExtension().lastPathComponent + ending).relativePathForDisplay
    }

    /// Whether two paths name one file: the same path once `.`/`..` and linked folders are resolved, or
    /// the same device and inode (a hard link, another spelling).
    static func namesSameFile(_ a: String, _ b: String) -> Bool {
        canonicalPath(a) == canonicalPath(b) || sameFile(a, b)
    }

    static func canonicalPath(_ path: String) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let directory = url.deletingLastPathComponent().resolvingSymlinksInPath()
        return directory.appendingPathComponent(url.lastPathComponent).path
    }

    static func sameFile(_ a: String, _ b: String) -> Bool {
        var first = stat()
        var second = stat()
        guard stat(a, &first) == 0, stat(b, &second) == 0 else { return false }
        return first.st_dev == second.st_dev && first.st_ino == second.st_ino
    }

    static func suggestedTarget(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        let base = url.deletingPathExtension().lastPathComponent
        let suffix = url.pathExtension.isEmpty ? "" : "." + url.pathExtension
        return url.deletingLastPathComponent().appendingPathComponent(base + "-clone" + suffix).relativePathForDisplay
    }
}

extension URL {
    var relativePathForDisplay: String {
        let current = FileManager.default.currentDirectoryPath
        return path.hasPrefix(current + "/") ? String(path.dropFirst(current.count + 1)) : path
    }
}
