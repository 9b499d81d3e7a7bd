public import DoppelPolicy

/// `doppel rules`: every rule with its parameters, accepted types and properties, from the registry's descriptors.
public enum RulesText {
    /// The rules with their parameters, as `doppel rules` lists them.
    public static func render(_ rules: [RuleDescriptor]) -> String {
        var lines: [String] = []
        for rule in rules {
            var properties: [String] = []
            if rule.properties.deterministic { properties.append("deterministic") }
            if rule.properties.keyed { properties.append("keyed") }
            if rule.properties.injective { properties.append("injective") }
            if rule.properties.preservesFormat { properties.append("format-preserving") }
            if rule.properties.supportsUnique { properties.append("unique: true allowed") }
            lines.append("\(rule.name)  [\(properties.joined(separator: ", "))]")
            lines.append("  \(rule.summary)")
            lines.append("  types: " + (rule.acceptedTypes.map { $0.sorted().joined(separator: ", ") } ?? "any"))
            for parameter in rule.parameters {
                lines.append("  \(parameter.name): \(parameter.kindDescription)\(parameter.isRequired ? " (required)" : "") — \(parameter.summary)")
            }
            lines.append("  example: \(rule.example)")
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}
