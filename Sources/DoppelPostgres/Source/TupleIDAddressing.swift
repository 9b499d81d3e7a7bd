import DoppelCore

/// Rows named by their tuple id (`ctid`: block and line), which a `REPEATABLE READ` snapshot keeps stable,
/// read back with a TID scan (`ctid = ANY('{…}'::tid[])`), which visits just their blocks.
struct TupleIDAddressing: RowAddressing {
    func addressExpression(for table: Table, alias: String) -> String? {
        // A partitioned table's rows come from its partitions, whose tuple ids repeat.
        table.partitionKeyColumns == nil ? "\(alias).ctid" : nil
    }

    /// `(block,line)` as `block << 16 | line`.
    func packedAddress(_ value: Value) -> UInt64? {
        guard case .text(let text) = value, text.hasPrefix("("), text.hasSuffix(")") else { return nil }
        let parts = text.dropFirst().dropLast().split(separator: ",")
        guard parts.count == 2, let block = UInt64(parts[0]), let line = UInt64(parts[1]), block < 1 << 32, line < 1 << 16 else { return nil }
        return block << 16 | line
    }

    func condition(selecting addresses: [UInt64], alias: String) -> String {
        var literal = "'{"
        literal.reserveCapacity(addresses.count * 14 + 16)
        for (index, address) in addresses.enumerated() {
            if index > 0 { literal += "," }
            literal += "\"(\(address >> 16),\(address & 0xFFFF))\""
        }
        return "\(alias).ctid = ANY(" + literal + "}'::tid[])"
    }
}
