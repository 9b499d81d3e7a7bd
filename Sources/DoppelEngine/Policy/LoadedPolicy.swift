import Crypto
public import DoppelCore
public import DoppelPolicy
public import Foundation
import DoppelMasking

/// A policy read from its file and checked against a schema, with its warnings.
public struct LoadedPolicy: Sendable {
    /// The policy as loaded.
    public var policy: Policy
    /// What the validator warned about (never an error: a policy with errors does not load).
    public var warnings: [PolicyDiagnostic]
    /// SHA-256 of the file's bytes, for the run ledger.
    public var fileHash: String

    /// Loads `path` and validates it against `schema`; throws ``PolicyProblems`` with every error found.
    public static func load(path: String, schema: Schema) throws -> LoadedPolicy {
        let (policy, all, bytes) = diagnoseReadingBytes(path: path, schema: schema)
        // A policy that loaded was read: its bytes are there to hash (never a second read that could differ or fail).
        guard let policy, let bytes, !all.contains(where: { $0.severity == .error }) else {
            throw PolicyProblems(all)
        }
        return LoadedPolicy(policy: policy, warnings: all, fileHash: SHA256Hex.digest(Array(bytes)))
    }

    /// Loads policy text (the demo's bundled policy).
    public static func load(text: String, file: String, schema: Schema) throws -> LoadedPolicy {
        let (loaded, diagnostics) = PolicyLoader().load(text: text, file: file)
        let (policy, expansion) = expanded(loaded, schema: schema)
        let all = diagnostics + expansion + (policy.map { validate($0, schema: schema) } ?? [])
        guard let policy, !all.contains(where: { $0.severity == .error }) else {
            throw PolicyProblems(all)
        }
        return LoadedPolicy(policy: policy, warnings: all, fileHash: SHA256Hex.digest(Array(text.utf8)))
    }

    /// The policy at `path` (nil when it cannot be read) and every problem found in it against `schema`:
    /// what `check` reports and what stops `clone`, `fit` and `synthesize`.
    static func diagnose(path: String, schema: Schema) -> (Policy?, [PolicyDiagnostic]) {
        let (policy, diagnostics, _) = diagnoseReadingBytes(path: path, schema: schema)
        return (policy, diagnostics)
    }

    /// ``diagnose(path:schema:)``, with the file's bytes as read (nil when it could not be read).
    private static func diagnoseReadingBytes(path: String, schema: Schema) -> (Policy?, [PolicyDiagnostic], Data?) {
        let (loaded, diagnostics, bytes) = PolicyLoader().loadReadingBytes(path: path)
        let (policy, expansion) = expanded(loaded, schema: schema)
        return (policy, diagnostics + expansion + (policy.map { validate($0, schema: schema) } ?? []), bytes)
    }

    /// `policy` with its defaults and patterns written out for `schema` (see ``PolicyExpansion``).
    private static func expanded(_ policy: Policy?, schema: Schema) -> (Policy?, [PolicyDiagnostic]) {
        guard let policy else { return (nil, []) }
        let (expanded, warnings) = PolicyExpansion.expand(policy, schema: schema)
        return (expanded, warnings)
    }

    /// The validator's findings, then what only the engine knows: each `where` is one expression.
    private static func validate(_ policy: Policy, schema: Schema) -> [PolicyDiagnostic] {
        var diagnostics = PolicyValidator(schema: schema, rules: RuleRegistry.descriptors).validate(policy)
        for table in policy.tables {
            guard let whereSQL = table.whereSQL, let problem = WhereClauseSyntax.problem(in: whereSQL) else { continue }
            diagnostics.append(PolicyDiagnostic(
                .error, "the `where` of `\(table.name)` is refused: \(problem)", at: table.whereLocation ?? table.location,
                suggestion: "write one condition on the rows of `\(table.name)`, e.g. `created_at >= '2025-01-01'`"))
        }
        for start in policy.subset?.starts ?? [] {
            guard let whereSQL = start.whereSQL, let problem = WhereClauseSyntax.problem(in: whereSQL) else { continue }
            diagnostics.append(PolicyDiagnostic(
                .error, "the start point `\(start.table)` of `subset` is refused: \(problem)", at: start.location,
                suggestion: "write one condition on the rows of `\(start.table)`, e.g. `created_at >= '2025-01-01'`"))
        }
        return diagnostics
    }

    /// The secret the policy names, resolved; nil when the policy names none.
    public func secret(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Secret? {
        try policy.secret(environment: environment)
    }
}

/// Hex SHA-256, for file fingerprints in the ledger.
enum SHA256Hex {
    static func digest(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
    }
}

extension Policy {
    /// The secret the policy names, resolved; nil when the policy names none.
    func secret(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Secret? {
        guard let reference = secretReference else { return nil }
        let directory = URL(fileURLWithPath: file).deletingLastPathComponent().path
        return try Secret(reference: reference, environment: environment, relativeTo: directory)
    }
}
