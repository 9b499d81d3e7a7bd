import DoppelCore
import DoppelEngine
import DoppelPostgres
import DoppelTestSupport
import Foundation
import Testing
import DoppelPolicy

/// The torture schema (``TorturePostgres``) cloned whole: every object comes back as it was (the two
/// `pg_dump --schema-only` are equal), every row, every sequence where it stood; keys declared on partitions
/// are seen, recreated and followed by `where:`.
@Suite struct PostgresTortureTests {
    @Test func aCloneHasTheSourcesSchemaObjectByObject() throws {
        let server = try TemporaryPostgres.shared.get()
        let source = try server.createDatabase("torture", running: TorturePostgres.sql)
        let target = server.newDatabaseURL("torture_clone")
        let directory = try TemporaryDirectory()
        try EngineHarness.clone(policy: EngineHarness.keepEverything, from: .postgres(source), to: .postgres(target), in: directory)

        let sourceDump = try server.schemaDump(source), cloneDump = try server.schemaDump(target)
        #expect(sourceDump.contains("CREATE AGGREGATE public.group_concat"))
        // Schema comments aside: the clone's carry Doppel's mark (and the comment they had, checked below).
        #expect(
            Self.withoutSchemaComments(cloneDump) == Self.withoutSchemaComments(sourceDump),
            "pg_dump --schema-only differs:\n\(Self.difference(sourceDump, cloneDump))")
        let comments = try PGConnection(url: target).execute(
            "SELECT nspname, obj_description(oid, 'pg_namespace') FROM pg_namespace WHERE nspname IN ('public', 'Sales Dept', 'inventory') ORDER BY 1"
        ).rows()
        #expect(comments.count == 3 && comments.allSatisfy { CloneMark.isMarked(comment: $0[1] ?? nil) }, "\(comments)")
        let publicComment = comments.first { $0[0] == "public" }.flatMap { $0[1] } ?? ""
        #expect(publicComment.hasPrefix("standard public schema\n[written by doppel clone, run "), "\(publicComment)")

        let original = try PGConnection(url: source), clone = try PGConnection(url: target)
        for relation in TorturePostgres.relations {
            let rows = "SELECT count(*), md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM \(relation) t"
            #expect(try clone.execute(rows).rows() == original.execute(rows).rows(), "rows of \(relation)")
        }
        for sequence in ["invoice_number", "customer_number", "order_select_seq"] {
            let state = "SELECT last_value, is_called FROM \(sequence)"
            #expect(try clone.execute(state).rows() == original.execute(state).rows(), "sequence \(sequence)")
        }
        #expect(try clone.execute("SELECT last_value, is_called FROM invoice_number").rows() == [["2333", "t"]])
        // The objects work, not just exist.
        #expect(try clone.execute("SELECT count(*) FROM labels_by_initial WHERE labels LIKE '%,%'").rows() == [["1"]])
        #expect(try clone.execute("SELECT (ROW('EUR', 1)::money_amount + ROW('EUR', 2)::money_amount).amount").rows() == [["3.00"]])
        #expect(try clone.execute("SELECT 'happy'::mood::integer").rows() == [["3"]])
        try clone.execute("BEGIN")
        defer { _ = try? clone.execute("ROLLBACK") }
        #expect(try clone.execute("""
            INSERT INTO "order" (customer_id, quantity, during) VALUES (1000, 1, '[2030-01-01, 2030-01-02)') RETURNING "select", invoice
            """).rows() == [["121", "2340"]])
        #expect(try clone.execute("INSERT INTO customer (\"Full Name\") VALUES ('New') RETURNING id").rows() == [["1400"]])
    }

    /// A `pg_dump` without its `COMMENT ON SCHEMA` entries.
    static func withoutSchemaComments(_ dump: String) -> String {
        dump.replacingOccurrences(
            of: #"--\n-- Name: SCHEMA [^;]*; Type: COMMENT;[^\n]*\n--\n\nCOMMENT ON SCHEMA (?:[^']|'[^']*')*?;\n\n\n"#, with: "",
            options: .regularExpression)
    }

    @Test func keysDeclaredOnPartitionsAreTheTablesKeys() throws {
        let server = try TemporaryPostgres.shared.get()
        let source = try server.createDatabase("torture_keys", running: TorturePostgres.sql)
        let schema = try PostgresSource(url: source).introspect()
        let payment = try #require(schema.table(named: "payment"))
        #expect(payment.foreignKeys.map(\.referencedTable) == ["customer"])
        #expect(payment.foreignKeys.first?.partitions?.map(\.name) == ["payment_2024_customer_fkey", "payment_2025_customer_fkey"])
        #expect(Set(payment.indexes.map(\.name)) == ["payment_2024_pkey", "payment_2025_pkey", "payment_2024_customer", "payment_2025_customer"])
        #expect(payment.checks.map(\.name) == ["payment_2025_amount"])
        #expect(schema.views.first { $0.name == "order_totals" }?.indexes?.map(\.name) == ["order_totals_customer"])
        let note = try #require(schema.table(named: "urgent_note"))
        #expect(note.definitionSQL?.contains("INHERITS (note)") == true)

        // A `where:` on customers reaches the payments through the keys the partitions declare.
        let policy = EngineHarness.keepEverything.replacingOccurrences(
            of: "tables: {}", with: "tables:\n  customer:\n    where: \"id < 1100\"\n")
        let target = server.newDatabaseURL("torture_keys_clone")
        let directory = try TemporaryDirectory()
        try EngineHarness.clone(policy: policy, from: .postgres(source), to: .postgres(target), in: directory)
        let clone = try PGConnection(url: target)
        #expect(try clone.execute("SELECT count(*) FROM customer").rows() == [["10"]])
        #expect(try clone.execute("SELECT count(*) FROM payment WHERE customer_id >= 1100").rows() == [["0"]])
        let kept = try PGConnection(url: source).execute("SELECT count(*) FROM payment WHERE customer_id < 1100").rows()
        #expect(kept == [["79"]])
        #expect(try clone.execute("SELECT count(*) FROM payment").rows() == kept)
        let declared = "SELECT conrelid::regclass::text, conname FROM pg_constraint WHERE contype = 'f' AND conrelid::regclass::text LIKE 'payment%' ORDER BY 1"
        #expect(try clone.execute(declared).rows() == [["payment_2024", "payment_2024_customer_fkey"], ["payment_2025", "payment_2025_customer_fkey"]])
    }

    /// An object the target cannot create stops the run naming it and the way out, before anything is
    /// written; `leave_out:` then leaves it out (here: materialized views over a table the policy skips).
    @Test func anObjectTheCloneCannotHaveIsNamedWithTheWayOut() throws {
        let server = try TemporaryPostgres.shared.get()
        let source = try server.createDatabase("torture_leave", running: TorturePostgres.sql)
        let target = try server.createDatabase("torture_leave_clone", running: "CREATE TABLE kept (x int); INSERT INTO kept VALUES (1)")
        let directory = try TemporaryDirectory()
        let skipping = EngineHarness.keepEverything.replacingOccurrences(of: "tables: {}", with: "tables:\n  order: skip\n")
        // check says it first: the views over `order` (and the one over them) could not be created.
        let policyPath = directory.file("skipping.yaml")
        try skipping.replacingOccurrences(of: "  order: skip\n", with: "  order: skip\n  note: skip\n").write(toFile: policyPath, atomically: true, encoding: .utf8)
        let found = try PolicyCheck.run(policyPath: policyPath, source: .postgres(source)).filter { $0.severity == .error }.map(\.message)
        #expect(found.contains("`materialized view order_totals` reads table `order`, which the policy skips: the clone could not create it"), "\(found)")
        #expect(found.contains { $0.hasPrefix("`materialized view top_customers` reads `materialized view order_totals`") }, "\(found)")
        #expect(found.contains("`table urgent_note` reads table `note`, which the policy skips: the clone could not create it"), "\(found)")
        let error = #expect(throws: (any Error).self) {
            try EngineHarness.clone(policy: skipping, from: .postgres(source), to: .postgres(target), in: directory, replace: true)
        }
        let message = "\(error.map { "\($0)" } ?? "")"
        #expect(message.contains("materialized view order_totals") && message.contains("leave_out: [\"materialized view order_totals\"]"), "\(message)")
        #expect(try PGConnection(url: target).execute("SELECT x FROM kept").rows() == [["1"]])

        let leaving = skipping.replacingOccurrences(of: "unlisted: keep", with: "unlisted: keep\nleave_out: [\"materialized view order_totals\", \"materialized view top_customers\"]")
        try EngineHarness.clone(policy: leaving, from: .postgres(source), to: .postgres(target), in: directory, replace: true)
        let clone = try PGConnection(url: target)
        #expect(try clone.execute("SELECT to_regclass('order_totals') IS NULL, to_regclass('customer_labels') IS NOT NULL").rows() == [["t", "t"]])
    }

    /// A rule that changes a partition key would route rows to no partition: check says so at the rule.
    @Test func aRuleOnAPartitionKeyIsRefusedByCheck() throws {
        let server = try TemporaryPostgres.shared.get()
        let source = try server.createDatabase("torture_partition_key", running: TorturePostgres.sql)
        let directory = try TemporaryDirectory()
        let path = directory.file("policy.yaml")
        try EngineHarness.keepEverything.replacingOccurrences(
            of: "tables: {}", with: "tables:\n  payment:\n    columns:\n      paid_at: { rule: shift, days: 400 }\n"
        ).write(toFile: path, atomically: true, encoding: .utf8)
        let problems = try PolicyCheck.run(policyPath: path, source: .postgres(source)).filter { $0.severity == .error }
        #expect(problems.map(\.message) == ["`payment.paid_at` decides which partition holds each row, and rule `shift` changes it: rows could fit no partition"])
        #expect(problems.first?.location?.line == 8)

        // A column of a type Doppel cannot generate (a range) stops a synthesized table at check, not at load.
        try "version: 1\nseed: 1\nunlisted: keep\ntables:\n  order: { mode: synthesize }\n".write(toFile: path, atomically: true, encoding: .utf8)
        let synthesized = try PolicyCheck.run(policyPath: path, source: .postgres(source)).filter { $0.severity == .error }.map(\.message)
        #expect(synthesized == ["`order.band` is of type price_band, which Doppel cannot generate", "`order.during` is of type tstzrange, which Doppel cannot generate"])
    }

    /// The lines of `b` that `a` lacks and the other way round, for a failure message.
    static func difference(_ a: String, _ b: String) -> String {
        let left = a.split(separator: "\n"), right = b.split(separator: "\n")
        let onlyLeft = left.filter { !right.contains($0) }.prefix(20), onlyRight = right.filter { !left.contains($0) }.prefix(20)
        return "source only:\n" + onlyLeft.joined(separator: "\n") + "\nclone only:\n" + onlyRight.joined(separator: "\n")
    }
}
