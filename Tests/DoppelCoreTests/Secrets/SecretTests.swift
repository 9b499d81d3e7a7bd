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
}
