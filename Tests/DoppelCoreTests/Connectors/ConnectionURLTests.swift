import Testing
@testable import DoppelCore

@Suite struct ConnectionURLTests {
    @Test func sqliteForms() throws {
        #expect(try ConnectionURL(parsing: "sqlite:shop.db") == .sqlite(path: "shop.db"))
        #expect(try ConnectionURL(parsing: "sqlite:///var/data/shop.db") == .sqlite(path: "/var/data/shop.db"))
        #expect(try ConnectionURL(parsing: "sqlite:/abs/shop.db") == .sqlite(path: "/abs/shop.db"))
    }

    @Test func environmentReference() throws {
        let url = try ConnectionURL(parsing: "env:SRC", environment: ["SRC": "sqlite:prod.db"])
        #expect(url == .sqlite(path: "prod.db"))
        #expect(throws: ConnectionURLError.missingEnvironmentVariable("NOPE")) {
            try ConnectionURL(parsing: "env:NOPE", environment: [:])
        }
    }

    @Test func passwordsNeverShow() throws {
        let url = try ConnectionURL(parsing: "postgres://app:s3cret@db.internal:5432/prod?sslmode=require")
        #expect(!url.description.contains("s3cret"))
        #expect(url.description.contains("app:***@db.internal"))
        let keyword = try ConnectionURL(parsing: "postgresql://db/prod?password=hunter2&sslmode=disable")
        #expect(!keyword.description.contains("hunter2"))
    }

    /// The issue's three leaks: an unencoded `@`, `/` or `&` in a password showed a piece of it.
    @Test func unencodedSeparatorsInAPasswordDoNotLeakAPiece() throws {
        for url in ["postgres://u:AtPw@Secret9@h/db", "postgres://u:SlashPw/Secret9@h/db", "postgresql://h/db?password=Amp&Secret9"] {
            let shown = ConnectionURL.postgres(url).description
            for piece in ["AtPw", "SlashPw", "Amp&", "Secret9"] { #expect(!shown.contains(piece), "\(shown)") }
        }
        #expect(ConnectionURL.postgres("postgres://u:AtPw@Secret9@h/db").description == ConnectionURL.unreadablePostgres)
    }

    /// A URL that does not read cleanly is refused naming the part that is wrong, never echoing its text.
    @Test func aURLThatDoesNotReadCleanlyIsRefusedByPart() {
        let cases = [
            ("postgres://u:AtPw@Secret9@h/db", "unencoded `@`"),
            ("postgres://u:SlashPw/Secret9@h/db", "port"),
            ("postgresql://h/db?password=Amp&Secret9", "query parameter 2 has no `=`"),
            ("postgresql://h/db?password=Amp&Secret9=x", "not a libpq connection keyword"),
            ("postgresql://doppel:/X:Z=;@/db?host=/tmp", "port"),
            ("postgresql://h/X:Z=;@/db?host=/tmp", "database name"),
            ("postgres://u:Hash#Secret9@h/db", "`#`"),
        ]
        for (url, part) in cases {
            do {
                _ = try ConnectionURL(parsing: url)
                Issue.record("\(part): accepted")
            } catch {
                #expect(error.description.contains(part), "\(error.description)")
                for piece in ["AtPw", "SlashPw", "Amp", "Secret9", "X:Z", "Hash"] { #expect(!error.description.contains(piece), "\(error.description)") }
            }
        }
        for url in ["postgres://app:p%40ss%2Fw%26rd@db.internal:5432/prod?sslmode=require", "postgresql:///db?host=/var/run/postgresql&port=5433&user=doppel",
                    "postgres://[::1]:5432,other:5433/db?options=-c%20lock_timeout%3D1s&password=p%26q"] {
            #expect(throws: Never.self) { try ConnectionURL(parsing: url) }
            let shown = (try? ConnectionURL(parsing: url))?.description ?? ""
            #expect(!shown.contains("p%40ss") && !shown.contains("p%26q"), "\(shown)")
        }
    }

    /// Generated passwords of every character a careless URL holds: no piece of four characters or more of
    /// one shows in the URL as printed, nor in a message scrubbed of it.
    @Test func noPieceOfAGeneratedPasswordShows() {
        let alphabet = Array("abcXYZ0189@/&:?=#%+ !-_.~$")
        var random = SplitMix64(seed: 12)
        for _ in 0..<2000 {
            let password = String((0..<(6 + random.next(below: 14))).map { _ in alphabet[random.next(below: alphabet.count)] })
            for url in ["postgres://app:\(password)@db.internal:5432/prod?sslmode=require", "postgresql://db/prod?sslmode=disable&password=\(password)"] {
                let shown = ConnectionURL.postgres(url).description
                let echoed = ConnectionURL.scrubbing("invalid port \"\(password)\" and host \"\(password.split(separator: "@").last ?? "")\"", passwordOf: url)
                for piece in Self.pieces(of: password) {
                    #expect(!shown.contains(piece), "\(shown) shows \(piece)")
                    #expect(!echoed.contains(piece), "\(echoed) shows \(piece)")
                }
            }
        }
    }

    /// The parts of a password without separators, of at least four characters: what would identify it.
    static func pieces(of password: String) -> [String] {
        password.split(whereSeparator: { "@/&:?=# ".contains($0) }).map(String.init).filter { $0.count >= 4 }
    }

    @Test func unknownSchemeSaysWhatToWrite() {
        do {
            _ = try ConnectionURL(parsing: "shop.db")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("sqlite:"))
        }
    }
}
