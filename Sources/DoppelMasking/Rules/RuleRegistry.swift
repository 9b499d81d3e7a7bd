public import DoppelPolicy

/// Every rule Doppel knows, in one explicit list: the validator, `doppel rules` and the docs read it.
public enum RuleRegistry {
    /// The standard rules, in the order `doppel rules` shows them.
    public static var standard: [any Rule.Type] {
        [
            KeepRule.self, NullRule.self, ConstantRule.self, RedactRule.self, JSONRule.self, FakeRule.self,
            PseudonymizeRule.self, HashRule.self, GeneralizeRule.self, ShiftRule.self, SynthesizeRule.self,
        ]
    }

    /// The descriptors of the standard rules.
    public static var descriptors: [RuleDescriptor] {
        standard.map { $0.descriptor }
    }

    /// The rule with this name.
    public static func rule(named name: String) -> (any Rule.Type)? {
        standard.first { $0.descriptor.name == name }
    }
}
