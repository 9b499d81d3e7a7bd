import DoppelCore
package import DoppelDetection
package import DoppelPolicy

/// A drafted policy: every table and stored column of a source with a rule and the reason for it, as
/// `doppel init` writes it. Foreign-key columns are named in a comment: they inherit the rule of the key
/// they reference, so the policy need not (and should not) repeat it.
package struct PolicyDraft {
    /// One column's draft.
    package struct ColumnDraft {
        /// The column's name.
        package let name: String
        /// What detection found, or nil for a foreign-key column.
        package let detection: ColumnDetection?
        /// The entries to try, best first; ``chosen`` indexes the one written.
        let candidates: [DraftedEntry]
        /// The candidate written.
        var chosen = 0
        /// `table.column` this column references (it inherits that rule), or nil.
        package let inheritedFrom: String?
        /// Why the key is special (`primary key`, `referenced by orders.customer_id`), for the comment.
        let keyNote: String?

        /// The entry written.
        var entry: DraftedEntry { candidates[chosen] }
        /// The rule written, or nil for an inherited column.
        package var rule: String? { inheritedFrom == nil ? entry.rule : nil }
    }

    /// One table's draft.
    package struct TableDraft {
        /// The table's name, as the policy names it.
        package let name: String
        /// Rows read for detection.
        package let sampledRows: Int
        /// Its stored columns, in the table's order.
        package var columns: [ColumnDraft]
    }

    /// The tables, in the schema's order.
    package var tables: [TableDraft]
    /// The source, as the header names it (no password).
    package let source: String
    /// The most rows read per table.
    package let sampleLimit: Int
    /// The seed written into the policy.
    package let seed: UInt64
    /// What `doppel check` said of the draft as written: empty when it is clean.
    package internal(set) var diagnostics: [PolicyDiagnostic] = []

    /// The policy file's text, a comment on every column.
    package var yaml: String { PolicyDraftText(self).text }

    /// The columns detected as personal, with their kinds.
    package var personalColumns: [(table: String, column: String, kind: PIIKind)] {
        tables.flatMap { table in
            table.columns.compactMap { column in
                guard column.inheritedFrom == nil, let kind = column.detection?.kind else { return nil }
                return (table.name, column.name, kind)
            }
        }
    }
}
