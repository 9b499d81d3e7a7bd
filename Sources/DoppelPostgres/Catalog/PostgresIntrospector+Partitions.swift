import DoppelCore

/// Keys, checks and indexes declared on partitions rather than on their partitioned table (a common shape
/// in older schemas and in sample databases that attach partitions by hand). Foreign keys are the table's for
/// planning (`where:` filters and subsets follow them) and recreated on each partition that declared them.
extension PostgresIntrospector {
    struct PartitionDeclarations {
        var foreignKeys: [ForeignKey] = []
        var checks: [CheckConstraint] = []
        var indexes: [Index] = []
    }

    func partitionDeclarations(of oid: String, name: String) throws -> PartitionDeclarations {
        var declared = PartitionDeclarations()
        let constraintRows = try connection.execute("""
            SELECT con.conname, con.contype::text, pg_get_constraintdef(con.oid), pc.relname, pn.nspname,
                   fc.relname, fn.nspname, con.confupdtype::text, con.confdeltype::text, con.condeferrable::text, con.condeferred::text,
                   con.confrelid::text, con.confkey::text,
                   (SELECT string_agg(a.attname, chr(31) ORDER BY k.position) FROM unnest(con.conkey) WITH ORDINALITY k(number, position)
                      JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.number)
            FROM pg_partition_tree($1::oid::regclass) tree
            JOIN pg_constraint con ON con.conrelid = tree.relid
            JOIN pg_class pc ON pc.oid = tree.relid JOIN pg_namespace pn ON pn.oid = pc.relnamespace
            LEFT JOIN pg_class fc ON fc.oid = con.confrelid LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace
            WHERE tree.level > 0 AND con.conparentid = 0 AND con.contype IN ('p', 'u', 'x', 'f', 'c')
              AND (con.contype <> 'c' OR con.coninhcount = 0)
            ORDER BY pc.relname, con.contype, con.conname
            """, parameters: [oid], context: "reading the constraints declared on partitions of \(name)").rows()
        for row in constraintRows {
            let constraintName = row[0] ?? "", definition = row[2] ?? ""
            let partition = sqlName(row[3] ?? "", in: row[4] ?? namespace)
            let columns = (row[13] ?? "").split(separator: "\u{1F}").map(String.init)
            switch row[1] {
            case "f":
                let declaration = PartitionDeclaration(partitionSQL: partition, name: constraintName)
                if let same = declared.foreignKeys.firstIndex(where: { $0.definitionSQL == definition && $0.columns == columns }) {
                    declared.foreignKeys[same].partitions?.append(declaration)
                    continue
                }
                var key = ForeignKey(
                    name: constraintName, columns: columns, referencedTable: display(row[5] ?? "", in: row[6] ?? namespace),
                    referencedColumns: try referencedColumnNames(tableOID: row[11] ?? "0", numbers: row[12]),
                    onDelete: Self.action(row[8]), onUpdate: Self.action(row[7]),
                    isDeferrable: row[9] == "true", isInitiallyDeferred: row[10] == "true", definitionSQL: definition)
                key.partitions = [declaration]
                declared.foreignKeys.append(key)
            case "c":
                declared.checks.append(CheckConstraint(name: constraintName, expression: definition, partitionSQL: partition))
            default:
                var index = Index(
                    name: constraintName, columns: columns, isUnique: row[1] != "x", origin: row[1] == "p" ? .primaryKey : .uniqueConstraint,
                    definitionSQL: definition)
                index.partitionSQL = partition
                declared.indexes.append(index)
            }
        }
        let indexRows = try connection.execute("""
            SELECT ic.relname, pg_get_indexdef(i.indexrelid), i.indisunique::text, (i.indpred IS NOT NULL)::text, pc.relname, pn.nspname,
                   (SELECT string_agg(a.attname, chr(31) ORDER BY k.position) FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(number, position)
                      JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.number)
            FROM pg_partition_tree($1::oid::regclass) tree
            JOIN pg_index i ON i.indrelid = tree.relid JOIN pg_class ic ON ic.oid = i.indexrelid
            JOIN pg_class pc ON pc.oid = tree.relid JOIN pg_namespace pn ON pn.oid = pc.relnamespace
            WHERE tree.level > 0
              AND NOT EXISTS (SELECT 1 FROM pg_inherits h WHERE h.inhrelid = i.indexrelid)
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.conrelid = tree.relid)
            ORDER BY pc.relname, ic.relname
            """, parameters: [oid], context: "reading the indexes declared on partitions of \(name)").rows()
        for row in indexRows {
            var index = Index(
                name: row[0] ?? "", columns: (row[6] ?? "").split(separator: "\u{1F}").map(String.init), isUnique: row[2] == "true",
                origin: .createIndex, isPartial: row[3] == "true", definitionSQL: row[1])
            index.partitionSQL = sqlName(row[4] ?? "", in: row[5] ?? namespace)
            declared.indexes.append(index)
        }
        return declared
    }

    /// Indexes of a materialized view (a unique one lets `REFRESH … CONCURRENTLY` run), created after it is refreshed.
    func viewIndexes(oid: String, name: String) throws -> [Index] {
        try connection.execute("""
            SELECT ic.relname, pg_get_indexdef(i.indexrelid), i.indisunique::text, (i.indpred IS NOT NULL)::text
            FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid WHERE i.indrelid = $1::oid ORDER BY ic.relname
            """, parameters: [oid], context: "reading the indexes of materialized view \(name)").rows().map { row in
            Index(name: row[0] ?? "", columns: [], isUnique: row[2] == "true", origin: .createIndex, isPartial: row[3] == "true", definitionSQL: row[1])
        }
    }
}
