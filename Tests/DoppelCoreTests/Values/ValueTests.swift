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

    @Test func allocationFreeBytesMatchCanonicalBytes() {
        let values: [Value] = [.integer(0), .integer(7), .integer(-42), .integer(.max), .integer(.min), .text(""), .text("ünï"), .real(1.5), .blob([1, 2]), .null]
        for value in values {
            #expect(value.withCanonicalBytes { Array($0) } == value.canonicalBytes, "\(value)")
        }
    }
}
