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

    @Test func unknownSchemeSaysWhatToWrite() {
        do {
            _ = try ConnectionURL(parsing: "shop.db")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("sqlite:"))
        }
    }
}
