import DoppelPolicy

extension Policy {
    /// The target types the policy chose (`carry_as:`), by table and column, for a target of another engine.
    var carriedTypes: [String: [String: String]] {
        var carried: [String: [String: String]] = [:]
        for table in tables {
            for column in table.columns { if let type = column.carryAs { carried[table.name, default: [:]][column.name] = type } }
        }
        return carried
    }
}
