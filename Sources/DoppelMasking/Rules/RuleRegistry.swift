package import DoppelPolicy

/// Every rule Doppel knows, in one explicit list: the validator, `doppel rules` and the docs read it.
package enum RuleRegistry {
    /// The standard rules, in the order `doppel rules` shows them.
    package static var standard: [any Rule.Type] {
        [
            KeepRule.self, NullRule.self, ConstantRule.self, RedactRule.self, JSONRule.self, FakeRule.self,
            PseudonymizeRule.self, HashRule.self, GeneralizeRule.self, ShiftRule.self, SynthesizeRule.self,
        ]
    }

    /// The descriptors of the standard rules.
    package static var descriptors: [RuleDescriptor] {
        standard.map { $0.descriptor }
    }

    /// The rule with this name.
    package static func rule(named name: String) -> (any Rule.Type)? {
        standard.first { $0.descriptor.name == name }
    }
}
