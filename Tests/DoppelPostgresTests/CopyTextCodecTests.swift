import DoppelCore
import DoppelTestSupport
import Testing
@testable import DoppelPostgres
import Foundation

@Suite struct CopyTextCodecTests {
    func decode(_ line: String, _ kinds: [CopyTextCodec.FieldKind]) throws -> [Value] {
        var values: [Value] = []
        var bytes = Array(line.utf8)
        try bytes.withUnsafeMutableBufferPointer { buffer in
            try CopyTextCodec.decodeRow(UnsafeBufferPointer(buffer), kinds: kinds, into: &values)
        }
        return values
    }

    @Test func decodesEveryEscapeAndNull() throws {
        let values = try decode("a\\tb\\nc\\\\d\\r\\b\\f\\v\t\\N\t\\101\\x42\\q\t\\\\N\n", [.text, .text, .text, .text])
        #expect(values == [.text("a\tb\nc\\d\r\u{8}\u{c}\u{b}"), .null, .text("ABq"), .text("\\N")])
    }

    @Test func decodesTypedFields() throws {
        let values = try decode("42\t-1.5e+300\tt\tf\t\\\\x00ff10\tInfinity\n", [.integer, .real, .boolean, .boolean, .bytes, .real])
        #expect(values == [.integer(42), .real(-1.5e300), .integer(1), .integer(0), .blob([0, 255, 16]), .real(.infinity)])
    }

    @Test func encodeThenDecodeIsTheIdentity() throws {
        let row: [Value] = [.text(AdversarialPostgres.trickyText), .null, .integer(Int64.min), .real(0.1), .blob([0, 92, 9, 10, 255]), .text(""), .text("\\N")]
        var bytes: [UInt8] = []
        CopyTextCodec.encodeRow(row[...], into: &bytes)
        var decoded: [Value] = []
        try bytes.withUnsafeBufferPointer { buffer in
            try CopyTextCodec.decodeRow(buffer, kinds: [.text, .text, .integer, .real, .bytes, .text, .text], into: &decoded)
        }
        #expect(decoded == row)
    }

    /// A verbatim field is already COPY text: it is written as it is, escapes and all, while the row's other
    /// fields are encoded; a NULL stays `\N` either way.
    @Test func verbatimFieldsAreCopiedAsTheyAre() throws {
        let verbatim = VerbatimColumns(encoding: .postgresCopyText, positions: [0, 2], columnCount: 3)
        var bytes: [UInt8] = []
        CopyTextCodec.encodeRow([.text("a\\tb"), .text("a\tb"), .null][...], verbatim: verbatim, into: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "a\\tb\ta\\tb\t\\N\n")
        var decoded: [Value] = []
        try bytes.withUnsafeBufferPointer { buffer in
            try CopyTextCodec.decodeRow(buffer, kinds: [.verbatim, .text, .verbatim], into: &decoded)
        }
        #expect(decoded == [.text("a\\tb"), .text("a\tb"), .null])
    }

    @Test func aRowWithTheWrongFieldCountIsRefused() {
        #expect(throws: CopyFormatError.self) { try decode("1\t2\n", [.integer]) }
        #expect(throws: CopyFormatError.self) { try decode("1\n", [.integer, .integer]) }
    }

    /// What the server sends through COPY TO and takes through COPY FROM, round trip, for every text-like type.
    @Test func theServerAgreesWithTheCodec() throws {
        let connection = try PGConnection(url: try TemporaryPostgres.shared.get().createDatabase())
        try connection.execute("CREATE EXTENSION IF NOT EXISTS citext; CREATE TABLE t (a text, b varchar(500), d citext, e bytea, f json)")
        let tricky = AdversarialPostgres.trickyText
        let row: [Value] = [.text(tricky), .text(tricky), .text(tricky), .blob(Array(tricky.utf8)), .text("{\"k\": \"\(tricky.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\t", with: "\\t").replacingOccurrences(of: "\r", with: "\\r"))\"}")]
        var bytes: [UInt8] = []
        CopyTextCodec.encodeRow(row[...], into: &bytes)
        try connection.beginCopyIn("COPY t FROM STDIN")
        try bytes.withUnsafeBytes { try connection.sendCopyData($0) }
        try connection.endCopy()
        try connection.execute("SET bytea_output = 'hex'")
        var decoded: [Value] = []
        try connection.copyOut("COPY t TO STDOUT") { line in
            try CopyTextCodec.decodeRow(line, kinds: [.text, .text, .text, .bytes, .text], into: &decoded)
        }
        #expect(decoded == row)
    }
}
