import Foundation

/// How an engine spells identifiers and literals in the SQL Doppel generates.
public protocol SQLDialect: Sendable {
    /// The identifier in double quotes, with embedded quotes doubled: safe for any name.
    func quote(_ identifier: String) -> String
    /// A string literal with embedded quotes doubled.
    func literal(_ text: String) -> String
}

extension SQLDialect {
    /// A table reference: `"schema"."table"` for a table outside the primary schema, else `"table"`.
    package func quote(table: Table) -> String {
        table.isQualified ? quote(table.schema ?? "") + "." + quote(table.localName) : quote(table.name)
    }

    /// A table to read rows of in a FROM clause: its own rows only (`ONLY`) when other tables inherit from it.
    package func from(table: Table) -> String {
        (table.hasInheritingTables == true ? "ONLY " : "") + quote(table: table)
    }
}

extension SQLDialect {
    package func quote(_ identifier: String) -> String {
        "\"" + identifier.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    package func literal(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }
}

/// The ANSI dialect SQLite and PostgreSQL share for identifiers and string literals.
package struct StandardSQLDialect: SQLDialect {
    package init() {}
}
