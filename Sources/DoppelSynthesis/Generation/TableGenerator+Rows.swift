import DoppelCore

extension TableGenerator {
    /// Row `index`; `used` holds, per reference, the parents the driving parent's rows took so far.
    func makeRow(_ index: Int64, drivingParent: Int64?, ordinal: Int64, pickers: [Int: ParentPicker], used: inout [Set<Int64>]) -> [Value] {
        var generator = SplitMix64(seed: rowHasher.hash(UInt64(bitPattern: index)))
        // Parents other than the driving one and the table itself are picked first, so the row's values
        // can follow theirs (a line's price is its track's price).
        var picks = SplitMix64(seed: rowHasher.hash(UInt64(bitPattern: index)) ^ GenerationSalt.parentPicks)
        var picked = [Int64?](repeating: nil, count: references.count)
        for referenceIndex in references.indices where references[referenceIndex].role == .picked {
            picked[referenceIndex] = pickParent(referenceIndex, row: index, picker: pickers[referenceIndex], generator: &picks, used: &used[referenceIndex])
        }
        func parent(along reference: Int) -> Int64? { reference == driving ? drivingParent : picked[reference] }
        var uniforms = [Double](repeating: 0, count: columns.count)
        // The copula: the same noise as baseLatent(at:), shifted by the parents' draws.
        let noise = copula.noise(&generator)
        if copula.dimensions > 0 {
            let layout = copula.layout
            var given = [Double](repeating: 0, count: layout.parentVariables.count)
            var parentLatents: [Int: [Double]] = [:]
            for (offset, variable) in layout.parentVariables.enumerated() {
                // A parent not drawn (a NULL reference) counts as average (0).
                if parentLatents[variable.reference] == nil, let parentIndex = parent(along: variable.reference) {
                    parentLatents[variable.reference] = references[variable.reference].reference.parent?.baseLatent(at: parentIndex)
                }
                if let latent = parentLatents[variable.reference]?[variable.position] {
                    given[offset] = (latent - variable.mean) / variable.deviation
                }
            }
            let latent = copula.latent(noise: noise, given: given, row: index, treeRank: treeRank(of: index))
            for (offset, position) in layout.columnPositions.enumerated() {
                uniforms[position] = NormalDistribution.cdf(latent[layout.treeCountDimensions + offset])
            }
            for slot in childrenLatents.indices { childrenLatents[slot].append(latent[layout.childrenBase + slot]) }
        }
        var drafts = [Draft](repeating: .null, count: columns.count)
        for position in columns.indices {
            guard let drawer = drawers[position] else { continue }
            let u = fromCopula[position] ? uniforms[position] : generator.nextUnit()
            drafts[position] = drawer.draw(u: u, generator: &generator, row: index, ordinal: ordinal)
        }
        for gap in gaps {
            // The upper value's own draw picks its gap, so it keeps its rank among the row's other values.
            guard let lower = drafts[gap.lower].number, drafts[gap.upper].number != nil else { continue }
            let u = fromCopula[gap.upper] ? uniforms[gap.upper] : generator.nextUnit()
            drafts[gap.upper] = .number(lower + NumericMarginal.interpolate(gap.quantiles, at: u))
        }
        checks.apply(&drafts)
        var values = drafts.indices.map { position in drawers[position]?.value(of: drafts[position]) ?? .null }
        // References.
        for referenceIndex in references.indices {
            let reference = references[referenceIndex]
            let parent: Int64?
            switch reference.role {
            case .driving: parent = drivingParent
            case .picked: parent = picked[referenceIndex]
            case .tree: parent = treeParent(referenceIndex, row: index, generator: &generator)
            }
            let referencedKey = parent.flatMap { $0 < reference.keys.count ? reference.keys.key(at: $0) : nil }
                ?? reference.positions.map { _ in .null }
            for (offset, position) in reference.positions.enumerated() where offset < referencedKey.count {
                if let position { values[position] = referencedKey[offset] }
            }
        }
        // Columns that repeat their parent's take the synthetic parent's value, in the source's share of rows.
        for copy in copies {
            guard let parentIndex = parent(along: copy.reference), generator.nextUnit() < copy.share,
                let value = references[copy.reference].reference.parent?.keptValue(of: copy.column, at: parentIndex)
            else { continue }
            values[copy.position] = value
        }
        return values
    }

    /// A tree's parent for row `row`: the first row a root, then roots evenly spaced at the source's share
    /// of them (row 0 counting as the first), else the earliest row with room left for another child.
    private func treeParent(_ reference: Int, row: Int64, generator: inout SplitMix64) -> Int64? {
        let nullable = references[reference].isNullable
        let nulls = references[reference].nullFraction ?? 0.1
        let anotherRoot = Int64((Double(row) * nulls).rounded(.down)) > Int64((Double(row - 1) * nulls).rounded(.down))
        if row == 0 || (nullable && anotherRoot) { return nullable ? nil : 0 }
        if let next = nextTreeParent(reference, before: row) { return next }
        return Int64(generator.next(below: Int(min(row, Int64(Int.max)))))
    }

    /// For a self-reference: the earliest row before `row` that still has room for a child, and takes one.
    /// Row `k` of `n` has room for the fitted histogram's quantile at `(n − k − ½) / n`: the largest counts
    /// first, so the busiest parents sit nearest the root and the tree is as shallow as the source's.
    /// Nil when no earlier row has room (or the fit saw no children).
    private func nextTreeParent(_ reference: Int, before row: Int64) -> Int64? {
        guard let distribution = references[reference].childCounts else { return nil }
        var cursor = references[reference].tree
        defer { references[reference].tree = cursor }
        return cursor.next(before: row) { distribution.count(at: treeRank(of: $0)) }
    }

    /// A parent for a picked reference: NULL as often as the source's, else each parent about as often as
    /// its drawn count (distinct within the driving parent where the key demands).
    private func pickParent(_ referenceIndex: Int, row: Int64, picker: ParentPicker?, generator: inout SplitMix64, used: inout Set<Int64>) -> Int64? {
        let reference = references[referenceIndex]
        let nulls = reference.nullFraction ?? 0
        if reference.isNullable && nulls > 0 && generator.nextUnit() < nulls { return nil }
        guard let picker, picker.count > 0 else { return nil }
        guard reference.distinctWithinDrivingParent else { return picker.pick(row: row) }
        var candidate: Int64
        if let free = picker.pickDistinct(startingBlock: used.isEmpty), !used.contains(free) {
            candidate = free
        } else {
            candidate = picker.pick(generator.nextUnit())
            var tries = 0
            while used.contains(candidate) && tries < 32 {
                candidate = picker.pick(generator.nextUnit())
                tries += 1
            }
            while used.contains(candidate) && used.count < picker.count { candidate = (candidate + 1) % picker.count }
        }
        used.insert(candidate)
        return candidate
    }
}
