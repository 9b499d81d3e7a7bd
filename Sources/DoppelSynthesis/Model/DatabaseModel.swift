import Crypto
public import DoppelCore
package import Foundation

/// A fitted model of a database: its schema and, per table, what `doppel synthesize` needs to write a
/// synthetic copy without the source. It holds no value of a PII column and no rare value of a
/// sensitive one, so it can leave production. Saved as JSON (`doppel model show` prints a summary).
public struct DatabaseModel: Codable, Hashable, Sendable {
    /// The `format` every model file carries.
    package static let formatName = "doppel-model"
    /// The format version this doppel writes and reads.
    package static let currentVersion = 1

    /// Always `doppel-model`, so a model file can be told from other JSON.
    public var format: String
    /// The format version the file was written in.
    public var version: Int
    /// The doppel that fitted it.
    public var doppelVersion: String
    /// When it was fitted (ISO 8601).
    public var fittedAt: String
    /// The policy's seed: the default seed of `doppel synthesize`.
    public var seed: UInt64
    /// Values seen in fewer rows than this were folded or clipped in sensitive columns.
    public var minCount: Int
    /// Whether `min_count` applied to every column (`min_count_applies_to: all`).
    public var minCountAppliesToAll: Bool
    /// SHA-256 of the schema's structure, to refuse a model fitted on another schema.
    public var schemaFingerprint: String
    /// The source's schema (structure only), for creating the target.
    public var schema: Schema
    /// Fitted tables in foreign-key order (parents first).
    public var tables: [TableModel]

    package init(doppelVersion: String, fittedAt: Date, seed: UInt64, minCount: Int, minCountAppliesToAll: Bool, schema: Schema, tables: [TableModel]) {
        format = Self.formatName
        version = Self.currentVersion
        self.doppelVersion = doppelVersion
        self.fittedAt = ISO8601DateFormatter().string(from: fittedAt)
        self.seed = seed
        self.minCount = minCount
        self.minCountAppliesToAll = minCountAppliesToAll
        self.schemaFingerprint = Self.fingerprint(of: schema)
        self.schema = schema
        self.tables = tables
    }

    /// The model of the table with this exact name.
    public func table(named name: String) -> TableModel? {
        tables.first { $0.name == name }
    }

    /// A digest of what generation depends on: tables, columns and their types, keys and references.
    package static func fingerprint(of schema: Schema) -> String {
        var text = ""
        for table in schema.tables.sorted(by: { $0.name < $1.name }) {
            text += "table \(table.name)\n"
            for column in table.columns {
                text += "  \(column.name) \(column.logicalType.rawValue) \(column.isNullable ? "null" : "not null")\(column.generated == nil ? "" : " generated")\n"
            }
            text += "  pk \(table.primaryKey.joined(separator: ","))\n"
            for key in table.uniqueKeys { text += "  unique \(key.joined(separator: ","))\n" }
            for key in table.foreignKeys {
                text += "  fk \(key.columns.joined(separator: ",")) -> \(key.referencedTable)(\(table.referencedColumns(of: key).joined(separator: ",")))\n"
            }
        }
        return SHA256.hash(data: Array(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// Writes the model as JSON (keys sorted, so a refit of the same data gives the same file).
    public func write(to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(self)
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw ModelFileError("cannot write the model to \(path): \(error.localizedDescription)")
        }
    }

    /// Reads a model file, refusing another format or version with a message that says what to do.
    public static func read(from path: String) throws -> DatabaseModel {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ModelFileError(FileManager.default.fileExists(atPath: path)
                ? "cannot read the model file \(path); check its permissions"
                : "no model file at \(path); fit one with `doppel fit --policy P --source URL --out \(path)`")
        }
        struct Header: Decodable { var format: String?; var version: Int? }
        guard let header = try? JSONDecoder().decode(Header.self, from: data), header.format == formatName else {
            throw ModelFileError("\(path) is not a doppel model file (no `\"format\": \"\(formatName)\"`); fit one with `doppel fit`")
        }
        guard header.version == currentVersion else {
            throw ModelFileError("\(path) is a model of format version \(header.version.map(String.init) ?? "?"), and this doppel reads version \(currentVersion); refit it with this doppel (`doppel fit`)")
        }
        do {
            return try JSONDecoder().decode(DatabaseModel.self, from: data)
        } catch {
            throw ModelFileError("the model file \(path) is damaged (\(error)); refit it with `doppel fit`")
        }
    }
}

/// A model file that cannot be read, written or used.
public struct ModelFileError: DoppelError {
    /// What went wrong and what to do.
    public var message: String
    /// Exits with the usage status (64).
    public var exitStatus: ExitStatus { .usage }
    /// Reported as a model error.
    public var kind: ErrorKind { .model }
    /// The message.
    public var description: String { message }

    package init(_ message: String) {
        self.message = message
    }
}
