/// What a finished clone verified, measured against the source's full set of foreign keys: how many of the keys
/// of the cloned tables the target checked every row of, each one it did not with the reason, and the engine's
/// integrity check (nil when none ran). A check that did not run is never counted as passed.
public struct CloneVerification: Codable, Sendable, Equatable {
    /// Foreign keys of the source's cloned tables that the target checked against every row.
    public var foreignKeysVerified: Int
    /// Foreign keys of the source's cloned tables that nothing checked, with the reason.
    public var foreignKeysUnverified: [UnverifiedForeignKey]
    /// Rows found violating a verified key (0 in a committed clone).
    public var foreignKeyViolations: Int
    /// The integrity check's verdict (`ok`); nil when none ran.
    public var integrity: String?

    package init(foreignKeysVerified: Int, foreignKeysUnverified: [UnverifiedForeignKey], foreignKeyViolations: Int, integrity: String?) {
        self.foreignKeysVerified = foreignKeysVerified
        self.foreignKeysUnverified = foreignKeysUnverified
        self.foreignKeyViolations = foreignKeyViolations
        self.integrity = integrity
    }

    /// Compares the keys the target verified (`report`) with every foreign key that the source declares on a
    /// table of the clone. A key of a table left out of the clone does not count; a key of a cloned table whose
    /// parent was left out does, as not verified.
    ///
    /// - Parameters:
    ///   - source: the source's schema as read, every table included.
    ///   - cloned: the tables in the clone.
    ///   - absence: why a table of the source is not in the clone (`the policy skips it (mode: skip)`).
    ///   - targetEngine: `sqlite` or `postgres`, for the reason of a key the target does not declare.
    package static func of(
        source: Schema, cloned: Set<String>, absence: (String) -> String, report: CommitReport, targetEngine: String
    ) -> CloneVerification {
        let verified = Set(report.verifiedForeignKeys.map(\.folded))
        var targetReasons: [ForeignKeyReference: String] = [:]
        for key in report.unverifiedForeignKeys { targetReasons[key.key.folded] = key.reason }
        let sourceTables = Set(source.tables.map(\.name))
        var verifiedCount = 0
        var unverified: [UnverifiedForeignKey] = []
        for table in source.tables where cloned.contains(table.name) {
            for key in table.foreignKeys {
                let reference = ForeignKeyReference(key, of: table.name)
                if verified.contains(reference.folded) {
                    verifiedCount += 1
                    continue
                }
                let parent = key.referencedTable
                let reason: String
                if let targetReason = targetReasons[reference.folded] {
                    reason = targetReason
                } else if !sourceTables.contains(parent) {
                    reason = "`\(parent)` is not a table Doppel read from the source, so the clone has no table to check it against"
                } else if !cloned.contains(parent) {
                    reason = "`\(parent)` is not in the clone (\(absence(parent))), so nothing checks the key"
                } else {
                    reason = "the \(targetEngine == "postgres" ? "PostgreSQL" : "SQLite") clone does not declare it (the target could not carry it)"
                }
                unverified.append(UnverifiedForeignKey(reference, reason: reason))
            }
        }
        return CloneVerification(
            foreignKeysVerified: verifiedCount, foreignKeysUnverified: unverified, foreignKeyViolations: report.foreignKeyViolations,
            integrity: report.integrity)
    }
}
