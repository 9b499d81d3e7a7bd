/// A PostgreSQL error code (SQLSTATE), named for the codes Doppel reacts to.
/// Related documentation: <https://www.postgresql.org/docs/current/errcodes-appendix.html>.
package struct SQLState: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The five characters, e.g. `42P01`.
    package var raw: String

    package init(raw: String) { self.raw = raw }
    package init(stringLiteral value: String) { self.raw = value }

    package var description: String { raw }

    // Class 08 — Connection Exception
    package static let connectionFailure: SQLState = "08006"
    // Class 23 — Integrity Constraint Violation
    package static let notNullViolation: SQLState = "23502"
    package static let foreignKeyViolation: SQLState = "23503"
    package static let uniqueViolation: SQLState = "23505"
    package static let checkViolation: SQLState = "23514"
    // Class 25 — Invalid Transaction State
    package static let readOnlySQLTransaction: SQLState = "25006"
    // Class 28 — Invalid Authorization Specification
    package static let invalidPassword: SQLState = "28P01"
    // Class 3D — Invalid Catalog Name
    package static let invalidCatalogName: SQLState = "3D000"
    // Class 42 — Syntax Error or Access Rule Violation
    package static let syntaxError: SQLState = "42601"
    package static let insufficientPrivilege: SQLState = "42501"
    package static let undefinedColumn: SQLState = "42703"
    package static let undefinedTable: SQLState = "42P01"
    package static let duplicateDatabase: SQLState = "42P04"
    // Class 55 — Object Not In Prerequisite State
    package static let lockNotAvailable: SQLState = "55P03"
    // Class 57 — Operator Intervention
    package static let queryCanceled: SQLState = "57014"
}
