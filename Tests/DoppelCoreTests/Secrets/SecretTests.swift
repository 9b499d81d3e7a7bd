import Foundation
import Testing
@testable import DoppelCore

@Suite struct SecretTests {
    let strong = String(repeating: "k", count: 32)

    @Test func fromEnvironment() throws {
        let secret = try Secret(reference: "env:S", environment: ["S": strong])
        #expect(secret.fingerprint.count == 16)
        #expect(!secret.fingerprint.contains("kkkk"))
    }

    @Test func refusesShortMissingAndLiteralSecrets() {
        #expect(throws: SecretError.tooShort(origin: "the environment variable S", byteCount: 5)) {
            try Secret(reference: "env:S", environment: ["S": "short"])
        }
        #expect(throws: SecretError.missingEnvironmentVariable("S")) { try Secret(reference: "env:S", environment: [:]) }
        #expect(throws: SecretError.literalSecret) { try Secret(reference: strong, environment: [:]) }
    }

    @Test func derivedKeysDifferByPurposeAndSecret() throws {
        let a = try Secret(reference: "env:S", environment: ["S": strong])
        let b = try Secret(reference: "env:S", environment: ["S": strong + "x"])
        #expect(a.derivedWords(for: "one") != a.derivedWords(for: "two"))
        #expect(a.derivedWords(for: "one") != b.derivedWords(for: "one"))
        #expect(a.derivedWords(for: "one") == a.derivedWords(for: "one"))
    }

    @Test func fromAFileRelativeToThePolicy() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("secret-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try (strong + "\n").write(to: directory.appendingPathComponent("doppel.key"), atomically: true, encoding: .utf8)
        let fromFile = try Secret(reference: "file:doppel.key", environment: [:], relativeTo: directory.path)
        let fromEnvironment = try Secret(reference: "env:S", environment: ["S": strong])
        #expect(fromFile.fingerprint == fromEnvironment.fingerprint)  // the trailing newline is not part of it
        #expect(throws: SecretError.unreadableFile(directory.path + "/missing.key")) {
            try Secret(reference: "file:missing.key", environment: [:], relativeTo: directory.path)
        }
    }
}

@Suite struct EmptySecretTests {
    @Test func anEmptyVariableIsCalledEmptyNotUnset() {
        #expect(throws: SecretError.emptyEnvironmentVariable("S")) { try Secret(reference: "env:S", environment: ["S": ""]) }
        #expect(SecretError.emptyEnvironmentVariable("S").description.contains("S, which is empty"))
    }
}
