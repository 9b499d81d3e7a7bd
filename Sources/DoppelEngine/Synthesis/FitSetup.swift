import DoppelCore
import DoppelPolicy
import DoppelSynthesis
import DoppelFakers
import DoppelMasking

/// What the policy says each column's model may learn: PII columns become fakes of their kind (their
/// values are never read into a model), masked columns count as sensitive, `model:` and `sensitive:`
/// are honoured, and references are left to the relations.
enum FitSetup {
    /// The columns of `table` a model describes, in the order the fit reads them: stored columns that are
    /// not foreign-key columns (references are generated from the relations).
    static func setups(for table: Table, in schema: Schema, policy: Policy) -> [ColumnFitter.Setup] {
        let tablePolicy = policy.table(named: table.name)
        let references = referenceColumns(of: table, in: schema)
        let all = policy.minCountScope == .all
        return table.storedColumns.filter { !references.contains($0.name) }.map { column in
            let entry = tablePolicy?.column(named: column.name)
            var setup = ColumnFitter.Setup(column: column, sensitive: all)
            setup.isSequenceKey = table.primaryKey == [column.name] && column.logicalType == .integer
            guard let entry else { return setup }
            if let pii = entry.pii {
                setup.fake = entry.parameters["kind"]?.text ?? FakeKind(pii: pii.rawValue)?.rawValue ?? FakeKind.lorem.rawValue
                setup.sensitive = true
                return setup
            }
            switch entry.rule {
            case FakeRule.descriptor.name:
                setup.fake = entry.parameters["kind"]?.text ?? FakeKind.lorem.rawValue
                setup.sensitive = true
            case NullRule.descriptor.name:
                setup.alwaysNull = true
            case SynthesizeRule.descriptor.name, KeepRule.descriptor.name:
                if entry.parameters["sensitive"]?.boolean == true { setup.sensitive = true }
                if let name = entry.parameters["model"]?.text { setup.model = ColumnModel.Kind(rawValue: name) }
            default:
                // A column the policy masks (pseudonymize, hash, redact, …) is not kept as is: its model
                // keeps no rare value and no extreme.
                setup.sensitive = true
            }
            return setup
        }
    }

    /// Columns of `table` in a foreign key to a table of the schema.
    static func referenceColumns(of table: Table, in schema: Schema) -> Set<String> {
        var names = Set<String>()
        for key in table.foreignKeys where schema.table(named: key.referencedTable) != nil { names.formUnion(key.columns) }
        return names
    }
}
