/// A PostgreSQL error code (SQLSTATE), named for the codes Doppel reacts to.
/// Related documentation: <https://www.postgresql.org/docs/current/errcodes-appendix.html>.
public struct SQLState: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The five characters, e.g. `42P01`.
    public var raw: String

    public init(raw: String) { self.raw = raw }
    public init(stringLiteral value: String) { self.raw = value }

    public var description: String { raw }

    // Class 08 — Connection Exception
    public static let connectionFailure: SQLState = "08006"
    // Class 23 — Integrity Constraint Violation
    public static let notNullViolation: SQLState = "23502"
    public static let foreignKeyViolation: SQLState = "23503"
    public static let uniqueViolation: SQLState = "23505"
    public static let checkViolation: SQLState = "23514"
    // Class 25 — Invalid Transaction State
    public static let readOnlySQLTransaction: SQLState = "25006"
    // Class 28 — Invalid Authorization Specification
    public static let invalidPassword: SQLState = "28P01"
    // Class 3D — Invalid Catalog Name
    public static let invalidCatalogName: SQLState = "3D000"
    // Class 42 — Syntax Error or Access Rule Violation
    public static let syntaxError: SQLState = "42601"
    public static let insufficientPrivilege: SQLState = "42501"
    public static let undefinedColumn: SQLState = "42703"
    public static let undefinedTable: SQLState = "42P01"
    public static let duplicateDatabase: SQLState = "42P04"
    // Class 55 — Object Not In Prerequisite State
    public static let lockNotAvailable: SQLState = "55P03"
    // Class 57 — Operator Intervention
    public static let queryCanceled: SQLState = "57014"
}
