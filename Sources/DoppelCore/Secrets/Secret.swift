import Foundation
package import Crypto

/// The key behind every keyed rule (pseudonyms, fakes, hashes, shifts), taken from the environment or a file.
///
/// Per-purpose keys are derived with HMAC-SHA256, so one secret serves every rule without two rules
/// ever sharing a key. The secret itself is never printed; ``fingerprint`` identifies it in the run ledger.
public struct Secret: Sendable {
    /// The minimum length, in bytes: HMAC-SHA256's full strength.
    package static let minimumByteCount = 32

    private let key: SymmetricKey

    /// Wraps secret bytes; throws when they are too short.
    package init(bytes: [UInt8], origin: String) throws(SecretError) {
        guard bytes.count >= Secret.minimumByteCount else {
            throw .tooShort(origin: origin, byteCount: bytes.count)
        }
        self.key = SymmetricKey(data: bytes)
    }

    /// Resolves a reference as a policy writes it: `env:NAME` or `file:PATH`. A literal is refused.
    package init(reference: String, environment: [String: String] = ProcessInfo.processInfo.environment, relativeTo directory: String? = nil) throws(SecretError) {
        if reference.hasPrefix("env:") {
            let name = String(reference.dropFirst(4))
            guard let value = environment[name] else { throw .missingEnvironmentVariable(name) }
            guard !value.isEmpty else { throw .emptyEnvironmentVariable(name) }
            try self.init(bytes: Array(value.utf8), origin: "the environment variable \(name)")
        } else if reference.hasPrefix("file:") {
            var path = String(reference.dropFirst(5))
            if !path.hasPrefix("/"), let directory { path = directory + "/" + path }
            guard let data = FileManager.default.contents(atPath: path) else { throw .unreadableFile(path) }
            var bytes = Array(data)
            while let last = bytes.last, last == 0x0A || last == 0x0D { bytes.removeLast() }
            try self.init(bytes: bytes, origin: "the file \(path)")
        } else {
            throw .literalSecret
        }
    }

    /// A key for one purpose (`"pseudonymize"`, `"fake:email"`), independent of every other purpose's key.
    package func derivedKey(for purpose: String) -> SymmetricKey {
        let code = HMAC<SHA256>.authenticationCode(for: Array(purpose.utf8), using: key)
        return SymmetricKey(data: Array(code))
    }

    /// 64 bits of key material for one purpose, for the fast keyed hash used per value.
    package func derivedWords(for purpose: String) -> (UInt64, UInt64) {
        let bytes = derivedKey(for: purpose).withUnsafeBytes { Array($0) }
        var first: UInt64 = 0
        var second: UInt64 = 0
        for index in 0..<8 {
            first |= UInt64(bytes[index]) << (8 * UInt64(index))
            second |= UInt64(bytes[index + 8]) << (8 * UInt64(index))
        }
        return (first, second)
    }

    /// A short public identifier of the secret (16 hex digits), safe for the ledger: it cannot be reversed.
    package var fingerprint: String {
        derivedKey(for: "doppel:fingerprint").withUnsafeBytes { bytes in
            bytes.prefix(8).map { String(format: "%02x", $0) }.joined()
        }
    }
}

/// A secret that cannot be used.
package enum SecretError: DoppelError, Equatable {
    case missingEnvironmentVariable(String)
    case emptyEnvironmentVariable(String)
    case unreadableFile(String)
    case tooShort(origin: String, byteCount: Int)
    case literalSecret

    package var exitStatus: ExitStatus { .policyProblems }
    package var kind: ErrorKind { .secret }

    package var description: String {
        switch self {
        case .missingEnvironmentVariable(let name):
            return "the secret is taken from the environment variable \(name), which is not set; export \(name) with at least \(Secret.minimumByteCount) random bytes (e.g. export \(name)=$(openssl rand -hex 32))"
        case .emptyEnvironmentVariable(let name):
            return "the secret is taken from the environment variable \(name), which is empty; set it to at least \(Secret.minimumByteCount) random bytes (e.g. export \(name)=$(openssl rand -hex 32))"
        case .unreadableFile(let path):
            return "the secret file \(path) cannot be read; create it with at least \(Secret.minimumByteCount) random bytes, readable by this user"
        case .tooShort(let origin, let count):
            return "the secret in \(origin) has \(count) bytes; it needs at least \(Secret.minimumByteCount) (e.g. openssl rand -hex 32)"
        case .literalSecret:
            return "a secret written in the policy file would be committed with it; write `secret: env:NAME` (or `file:PATH`) and keep the secret outside the repository"
        }
    }
}
