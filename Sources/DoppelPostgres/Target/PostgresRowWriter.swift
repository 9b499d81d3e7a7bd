import DoppelCore
import Foundation

/// Streams rows of one table into `COPY … FROM STDIN`, a batch per message.
final class PostgresRowWriter: RowWriter {
    private let connection: PGConnection
    private let table: String
    private let verbatim: VerbatimColumns
    private var buffer: [UInt8] = []

    init(connection: PGConnection, table: String, verbatim: VerbatimColumns) {
        self.connection = connection
        self.table = table
        self.verbatim = verbatim
        buffer.reserveCapacity(1 << 16)
    }

    func write(_ batch: RowBatch) throws {
        buffer.removeAll(keepingCapacity: true)
        for index in 0..<batch.rowCount {
            CopyTextCodec.encodeRow(batch.row(index), verbatim: verbatim, into: &buffer)
        }
        try buffer.withUnsafeBytes { bytes in try connection.sendCopyData(bytes) }
    }

    func close() throws {
        try connection.endCopy(context: "loading table \(table)")
    }
}
