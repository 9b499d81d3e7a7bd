import Testing
@testable import DoppelCore

@Suite struct ValueTests {
    @Test func integerAndTextKeysShareCanonicalBytes() {
        #expect(Value.integer(42).canonicalBytes == Value.text("42").canonicalBytes)
        #expect(Value.blob([0x34, 0x32]).canonicalBytes != Value.text("42").canonicalBytes)
    }

    @Test func descriptionNeverShowsContent() {
        #expect(!Value.text("alice@example.com").description.contains("alice"))
    }
}
