internal import CLibPQ
import DoppelCore

/// A query result: the one owner of a `PGresult*`, cleared when released.
/// Related documentation: <https://www.postgresql.org/docs/current/libpq-exec.html>.
package final class PGResult {
    private let result: OpaquePointer

    init(_ result: OpaquePointer) {
        self.result = result
    }

    deinit {
        PQclear(result)
    }

    /// The number of rows.
    package var rowCount: Int { Int(PQntuples(result)) }
    /// The number of columns.
    package var columnCount: Int { Int(PQnfields(result)) }

    /// The text of a field, or nil for NULL.
    package func text(row: Int, column: Int) -> String? {
        if PQgetisnull(result, Int32(row), Int32(column)) == 1 { return nil }
        guard let bytes = PQgetvalue(result, Int32(row), Int32(column)) else { return nil }
        let length = Int(PQgetlength(result, Int32(row), Int32(column)))
        return bytes.withMemoryRebound(to: UInt8.self, capacity: length) {
            String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
        }
    }

    /// The type OID of a result column (`23` for int4, `17` for bytea, …).
    package func typeOID(column: Int) -> UInt32 { UInt32(PQftype(result, Int32(column))) }

    /// Every row as text fields.
    package func rows() -> [[String?]] {
        (0..<rowCount).map { row in (0..<columnCount).map { text(row: row, column: $0) } }
    }

    var status: ExecStatusType { PQresultStatus(result) }

    /// The error this result carries, if it is one.
    func error(sql: String?, context: String?) -> PostgresError? {
        switch status {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_COPY_OUT, PGRES_COPY_IN, PGRES_EMPTY_QUERY: return nil
        default:
            func field(_ code: Int32) -> String? {
                PQresultErrorField(result, code).map { String(cString: $0) }
            }
            let message = field(Int32(UInt8(ascii: "M"))) ?? String(cString: PQresultErrorMessage(result)).trimmingCharacters(in: .whitespacesAndNewlines)
            let state = field(Int32(UInt8(ascii: "C"))).map(SQLState.init(raw:))
            var error = PostgresError(
                state: state, message: PostgresError.withholdingValues(message, state: state),
                hint: field(Int32(UInt8(ascii: "H"))), table: field(Int32(UInt8(ascii: "t"))), column: field(Int32(UInt8(ascii: "c"))),
                constraint: field(Int32(UInt8(ascii: "n"))), sql: sql, context: context)
            error.position = field(Int32(UInt8(ascii: "W"))).flatMap(PostgresError.copyPosition(from:))
            return error
        }
    }
}

@available(*, unavailable)
extension PGResult: Sendable {}

import Foundation
