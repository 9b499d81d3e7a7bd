import Foundation
/// A table's read limited to a range of its storage blocks (PostgreSQL `ctid` ranges), for parallel readers
/// of one snapshot: the planner builds it around ``condition``, a run asks it for each reader's range.
public struct BlockRangeQuery: Sendable, Equatable {
    private static let lowMarker = "{doppel:first-block}"
    private static let highMarker = "{doppel:end-block}"
    /// The highest block number PostgreSQL can address, past every block: the last range's open end.
    static let endOfTable = 4_294_967_294

    /// The condition the planner adds to the table's read, whose block numbers ``sql(blocks:)`` fills in.
    static let condition = "t0.ctid >= '(\(lowMarker),0)'::tid AND t0.ctid < '(\(highMarker),0)'::tid"

    private let template: String

    /// `sql`, a read of the table that holds ``condition``.
    init(sql: String) {
        template = sql
    }

    /// The read of the rows in `blocks` (a range of block numbers).
    public func sql(blocks: Range<Int>) -> String {
        template.replacingOccurrences(of: Self.lowMarker, with: String(blocks.lowerBound))
            .replacingOccurrences(of: Self.highMarker, with: String(blocks.upperBound))
    }

    /// The ranges `readers` readers read a table of `blocks` blocks in: equal parts, the last one open-ended
    /// (rows added to the table's end are in the snapshot's blocks only, but the end costs nothing to leave open).
    static func ranges(blocks: Int, readers: Int) -> [Range<Int>] {
        let size = (blocks + readers - 1) / readers
        return (0..<readers).map { part in part * size..<(part == readers - 1 ? endOfTable : (part + 1) * size) }
    }
}
