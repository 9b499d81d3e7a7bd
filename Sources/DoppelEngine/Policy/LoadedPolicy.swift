import Crypto
import DoppelCore
import DoppelPolicy
import DoppelSynthesis
import Foundation

/// A policy read from its file and checked against a schema, with its warnings.
public struct LoadedPolicy: Sendable {
    public var policy: Policy
    public var warnings: [PolicyDiagnostic]
    /// SHA-256 of the file's bytes, for the run ledger.
    public var fileHash: String

    /// Loads `path` and validates it against `schema`; throws ``PolicyProblems`` with every error found.
    public static func load(path: String, schema: Schema) throws -> LoadedPolicy {
        let (policy, diagnostics) = PolicyLoader().load(path: path)
        var all = diagnostics
        if let policy {
            all += PolicyValidator(schema: schema, rules: RuleRegistry.descriptors).validate(policy)
        }
        guard let policy, !all.contains(where: { $0.severity == .error }) else {
            throw PolicyProblems(all)
        }
        let bytes = FileManager.default.contents(atPath: path) ?? Data()
        return LoadedPolicy(policy: policy, warnings: all, fileHash: SHA256Hex.digest(Array(bytes)))
    }

    /// Loads policy text (the demo's bundled policy).
    public static func load(text: String, file: String, schema: Schema) throws -> LoadedPolicy {
        let (policy, diagnostics) = PolicyLoader().load(text: text, file: file)
        var all = diagnostics
        if let policy {
            all += PolicyValidator(schema: schema, rules: RuleRegistry.descriptors).validate(policy)
        }
        guard let policy, !all.contains(where: { $0.severity == .error }) else {
            throw PolicyProblems(all)
        }
        return LoadedPolicy(policy: policy, warnings: all, fileHash: SHA256Hex.digest(Array(text.utf8)))
    }

    /// The secret the policy names, resolved; nil when the policy names none.
    public func secret(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Secret? {
        guard let reference = policy.secretReference else { return nil }
        let directory = URL(fileURLWithPath: policy.file).deletingLastPathComponent().path
        return try Secret(reference: reference, environment: environment, relativeTo: directory)
    }
}

/// Hex SHA-256, for file fingerprints in the ledger.
enum SHA256Hex {
    static func digest(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
    }
}
