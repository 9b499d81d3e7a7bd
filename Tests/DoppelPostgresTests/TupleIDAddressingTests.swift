import DoppelCore
import Testing

@testable import DoppelPostgres

/// Tuple ids packed into one number and back into the condition a TID scan reads.
@Suite struct TupleIDAddressingTests {
    let addressing = TupleIDAddressing()

    @Test func packsAndSelectsTupleIDs() {
        #expect(addressing.packedAddress(.text("(0,1)")) == 1)
        #expect(addressing.packedAddress(.text("(4294967295,65535)")) == 0xFFFF_FFFF_FFFF)
        #expect(addressing.packedAddress(.text("(1,2,3)")) == nil)
        #expect(addressing.packedAddress(.integer(5)) == nil)
        #expect(addressing.condition(selecting: [1, 3 << 16 | 7], alias: "p") == #"p.ctid = ANY('{"(0,1)","(3,7)"}'::tid[])"#)
        #expect(addressing.condition(selecting: [], alias: "t0") == "t0.ctid = ANY('{}'::tid[])")
    }

    @Test func partitionedTablesHaveNoAddresses() {
        var table = Table(name: "payment", columns: [])
        #expect(addressing.addressExpression(for: table, alias: "t0") == "t0.ctid")
        table.partitionKeyColumns = ["paid_at"]
        #expect(addressing.addressExpression(for: table, alias: "t0") == nil)
    }
}
