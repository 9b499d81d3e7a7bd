import DoppelCore
import DoppelTestSupport
import Testing
@testable import DoppelPostgres

/// The adversarial schema read through `PostgresSource`: what the engine-neutral model says about it.
@Suite struct PostgresIntrospectionTests {
    static let schema: Result<Schema, any Error> = Result {
        let url = try TemporaryPostgres.shared.get().createDatabase("introspect", running: AdversarialPostgres.sql)
        return try PostgresSource(url: url).introspect()
    }

    let schema: Schema

    init() throws {
        schema = try Self.schema.get()
    }

    @Test func tablesPartitionedTablesAndRowCounts() throws {
        #expect(schema.engine == "postgres")
        #expect(schema.tables.map(\.name).sorted() == ["Account Holder", "event", "note", "player", "team", "ticket"])
        #expect(schema.table(named: "event")?.rowCount == 200)
        #expect(schema.table(named: "event")?.definitionSQL?.contains("PARTITION OF \"event\" FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')") == true)
    }

    @Test func columnsWithExactAndLogicalTypes() throws {
        let holder = try #require(schema.table(named: "Account Holder"))
        let types = Dictionary(uniqueKeysWithValues: holder.columns.map { ($0.name, ($0.declaredType, $0.logicalType)) })
        #expect(types["id"]! == ("integer", .integer))
        #expect(types["tags"]! == ("text[]", .text))
        #expect(types["profile"]! == ("jsonb", .json))
        #expect(types["token"]! == ("uuid", .uuid))
        #expect(types["avatar"]! == ("bytea", .blob))
        #expect(types["balance"]! == ("numeric(12,3)", .decimal))
        #expect(types["created"]! == ("timestamp with time zone", .timestamp))
        #expect(types["mood"]!.0 == "mood")
        #expect(types["naïve_名前"] != nil)
        #expect(holder.column(named: "id")?.isAutoIncrementing == true)
        #expect(holder.column(named: "name_upper")?.generated?.storage == .stored)
        #expect(!holder.storedColumns.contains { $0.name == "name_upper" })
    }

    @Test func keysIncludingCompositeSelfReferencingDeferrableAndUniqueTargets() throws {
        let note = try #require(schema.table(named: "note"))
        #expect(note.foreignKeys.first?.columns == ["ticket_holder", "ticket_line"])
        #expect(note.foreignKeys.first?.referencedColumns == ["holder", "line"])
        let holder = try #require(schema.table(named: "Account Holder"))
        #expect(holder.foreignKeys.contains { $0.referencedTable == "Account Holder" && $0.onDelete == .setNull })
        let team = try #require(schema.table(named: "team"))
        #expect(team.foreignKeys.first?.isDeferrable == true && team.foreignKeys.first?.isInitiallyDeferred == true)
        #expect(schema.table(named: "ticket")?.uniqueKeys.contains(["holder", "line"]) == true)
        #expect(holder.checks.contains { $0.name == "score_needs_mood" })
    }

    @Test func indexesViewsTriggersAndObjects() throws {
        let holder = try #require(schema.table(named: "Account Holder"))
        #expect(holder.indexes.contains { $0.name == "holder_search" && $0.definitionSQL?.contains("USING gin") == true })
        #expect(schema.views.map(\.name).sorted() == ["busy_holders", "ticket_totals"])
        #expect(schema.triggers.map(\.name) == ["ticket_stamp"])
        let kinds = Dictionary(grouping: schema.objects ?? [], by: \.kind).mapValues { $0.map(\.name).sorted() }
        #expect(kinds[.extension] == ["citext"])
        #expect(kinds[.enumType] == ["mood"])
        #expect(kinds[.domain] == ["email_text", "positive_int"])
        #expect(kinds[.function] == ["stamp_body"])
        #expect(kinds[.rowSecurityPolicy]?.contains("own_tickets") == true)
        #expect(kinds[.sequence] == ["note_id_seq", "ticket_seq"])
    }

    @Test func theSourceIsReadOnly() throws {
        let url = try TemporaryPostgres.shared.get().createDatabase("readonly", running: "CREATE TABLE t (x int)")
        let source = try PostgresSource(url: url)
        #expect(throws: PostgresError.self) { try source.connection.execute("INSERT INTO t VALUES (1)") }
    }
}
