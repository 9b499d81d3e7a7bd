import DoppelCore

extension SipHash {
    /// A hasher keyed for one table: this hasher's output on the table's name seeds it.
    func hashKey(_ name: String) -> SipHash {
        let first = hash(Array(name.utf8))
        return SipHash(key: (first, first ^ GenerationSalt.tableKeyWord))
    }
}
