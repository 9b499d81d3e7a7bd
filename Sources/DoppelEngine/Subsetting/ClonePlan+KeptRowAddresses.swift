import DoppelCore
import Foundation

extension ClonePlan {
    /// At most this many addresses go into one query (about 14 bytes of SQL each).
    static let maximumAddressesPerQuery = 4_000_000

    /// The plan with each subset table that keeps few of its rows read by their addresses (a TID scan on
    /// PostgreSQL) rather than in full: a 1 % subset then reads 1 % of a large table a second time, not all of it.
    /// A table keeping more than a quarter of the rows it read in full is read in full again, with the membership test.
    func readingKeptRowsByAddress(using addressing: any RowAddressing) -> ClonePlan {
        guard let selection = subsetSelection else { return self }
        var plan = self
        for index in plan.steps.indices {
            let step = plan.steps[index]
            guard let addressed = step.addressedSQL, let addresses = selection.addresses[step.table.name],
                addresses.count <= Self.maximumAddressesPerQuery
            else { continue }
            guard selection.counts[step.table.name]?.isSelective(keeping: addresses.count) ?? true else { continue }
            plan.steps[index].selectSQL = addressed.replacingOccurrences(of: SubsetReach.addressToken, with: addressing.condition(selecting: addresses, alias: "t0"))
            plan.steps[index].blockRangeQuery = nil
        }
        return plan
    }
}
