package import DoppelCore

/// Checks a policy against a live (or saved) schema and the rule catalog, collecting every problem.
///
/// Privacy fails closed: with `unlisted: fail` (the default) every table and every stored column of a
/// masked table must be named, except foreign-key columns, which inherit the rule of the key they
/// reference so joins keep working.
package struct PolicyValidator {
    package let schema: Schema
    package let rules: [RuleDescriptor]

    package init(schema: Schema, rules: [RuleDescriptor]) {
        self.schema = schema
        self.rules = rules
    }

    package func validate(_ policy: Policy) -> [PolicyDiagnostic] {
        var diagnostics: [PolicyDiagnostic] = []
        let fileStart = SourceLocation(file: policy.file, line: 1, column: 1)
        if policy.version != 1 {
            diagnostics.append(PolicyDiagnostic(.error, "policy version \(policy.version) is not supported by this doppel", at: fileStart, suggestion: "write `version: 1`"))
        }
        if let reference = policy.secretReference {
            if !reference.hasPrefix("env:") && !reference.hasPrefix("file:") {
                diagnostics.append(PolicyDiagnostic(
                    .error, "the secret is written into the policy file, which gets committed with it", at: policy.secretLocation,
                    suggestion: "write `secret: env:DOPPEL_SECRET` (or `file:PATH`) and keep the secret outside the repository"))
            }
        } else if policy.tables.contains(where: { $0.mode == .mask && $0.columns.contains(where: { rule(named: $0.rule)?.properties.keyed == true }) }) {
            diagnostics.append(PolicyDiagnostic(.error, "the policy uses keyed rules but names no secret", at: fileStart, suggestion: "add `secret: env:DOPPEL_SECRET`"))
        }

        let tableNames = schema.tables.map(\.name)
        var seen = Set<String>()
        var unknownTables = 0
        // Looked up by name once per entry: a policy of 100,000 tables against a schema of thousands stays linear.
        let schemaTables = Dictionary(schema.tables.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for tablePolicy in policy.tables {
            guard seen.insert(tablePolicy.name).inserted else {
                diagnostics.append(PolicyDiagnostic(.error, "table `\(tablePolicy.name)` is listed twice", at: tablePolicy.location))
                continue
            }
            guard let table = schemaTables[tablePolicy.name] else {
                // Past the number of diagnostics a person is shown, a suggestion is not worth its edit distances.
                unknownTables += 1
                let suggestion = unknownTables <= DiagnosticCap.limit ? NameSuggestion.didYouMean(tablePolicy.name, among: tableNames) : nil
                diagnostics.append(PolicyDiagnostic(
                    .error, "no table `\(tablePolicy.name)` in the source", at: tablePolicy.location,
                    suggestion: suggestion ?? "run `doppel inspect` to list the tables"))
                continue
            }
            validate(tablePolicy, of: table, in: policy, into: &diagnostics)
        }
        if policy.unlisted == .fail {
            let listed = Set(policy.tables.map(\.name))
            for table in schema.tables where !listed.contains(table.name) {
                var uncovered = PolicyDiagnostic(
                    .error, "table `\(table.name)` is not covered by the policy", at: fileStart,
                    suggestion: "add it under `tables:` (with `mode: skip` to leave it out), or set `unlisted: keep` to copy what the policy does not name")
                uncovered.uncoveredTable = table.name
                diagnostics.append(uncovered)
            }
        }
        validateReferences(policy, into: &diagnostics)
        validateSubset(policy, into: &diagnostics)
        let labels = schema.objectLabels
        for entry in policy.leaveOut where !labels.contains(entry.label) {
            diagnostics.append(PolicyDiagnostic(
                .error, "`leave_out` names `\(entry.label)`, which the source does not have", at: entry.location,
                suggestion: NameSuggestion.didYouMean(entry.label, among: labels) ?? "name an object as `doppel inspect` lists it: its kind and name, e.g. `view sales_summary`"))
        }
        return diagnostics
    }

    private func rule(named name: String) -> RuleDescriptor? {
        rules.first { $0.name == name }
    }

    /// Where the rule named `name` takes its output from; nil for a name no rule has.
    private func output(of name: String) -> RuleDescriptor.Output? {
        rule(named: name)?.output
    }

    private func validate(_ tablePolicy: TablePolicy, of table: Table, in policy: Policy, into diagnostics: inout [PolicyDiagnostic]) {
        if tablePolicy.rows != nil && tablePolicy.mode != .synthesize {
            diagnostics.append(PolicyDiagnostic(.error, "`rows` applies to tables in mode `synthesize`, not `\(tablePolicy.mode.rawValue)`", at: tablePolicy.rowsLocation,
                suggestion: "add `mode: synthesize`, or remove `rows` (use `where` to subset a masked table)"))
        }
        if tablePolicy.mode == .synthesize {
            validateSynthesized(tablePolicy, of: table, in: policy, into: &diagnostics)
            return
        }
        if tablePolicy.mode != .mask {
            if tablePolicy.whereSQL != nil {
                diagnostics.append(PolicyDiagnostic(.warning, "`where` has no effect on a table in mode `\(tablePolicy.mode.rawValue)`", at: tablePolicy.whereLocation))
            }
            return
        }
        for columnPolicy in tablePolicy.columns {
            guard let column = table.column(named: columnPolicy.name) else {
                diagnostics.append(unknownColumn(columnPolicy, in: table))
                continue
            }
            if column.generated != nil {
                if output(of: columnPolicy.rule) != .sourceValue {
                    diagnostics.append(PolicyDiagnostic(.error, "`\(table.name).\(column.name)` is a generated column: the clone computes it from the other columns, so it takes no rule", at: columnPolicy.ruleLocation, suggestion: "write `keep`, or mask the columns it is computed from"))
                }
                continue
            }
            if output(of: columnPolicy.rule) == .modelDraw {
                diagnostics.append(PolicyDiagnostic(.error, "rule `\(columnPolicy.rule)` on `\(table.name).\(column.name)` draws from a model, so its table needs `mode: synthesize`", at: columnPolicy.ruleLocation,
                    suggestion: "add `mode: synthesize` to `\(table.name)`, or give the column a masking rule"))
                continue
            }
            validate(columnPolicy, of: column, in: table, into: &diagnostics)
        }
        guard policy.unlisted == .fail else { return }
        for column in uncoveredColumns(of: table, in: tablePolicy) {
            diagnostics.append(PolicyDiagnostic(
                .error, "column `\(table.name).\(column)` is not covered by the policy", at: tablePolicy.location,
                suggestion: "add `\(column): keep` if it holds no personal data, or give it a rule", uncovered: (table.name, column)))
        }
    }

    /// Stored columns the table policy does not name, foreign-key columns aside (they follow their parent).
    private func uncoveredColumns(of table: Table, in tablePolicy: TablePolicy) -> [String] {
        let inherited = inheritedColumns(of: table)
        return table.storedColumns.map(\.name).filter { tablePolicy.column(named: $0) == nil && !inherited.contains($0) }
    }

    private func unknownColumn(_ columnPolicy: ColumnPolicy, in table: Table) -> PolicyDiagnostic {
        let columnNames = table.columns.map(\.name)
        return PolicyDiagnostic(
            .error, "no column `\(columnPolicy.name)` in `\(table.name)`", at: columnPolicy.location,
            suggestion: NameSuggestion.didYouMean(columnPolicy.name, among: columnNames) ?? "its columns are " + columnNames.joined(separator: ", "))
    }

    /// A synthesized table: every column named (privacy fails closed: the model of an unnamed column could
    /// hold personal values), each with a rule that generates rather than copies. Keys and references
    /// are generated by construction, so foreign-key columns need no entry.
    private func validateSynthesized(_ tablePolicy: TablePolicy, of table: Table, in policy: Policy, into diagnostics: inout [PolicyDiagnostic]) {
        if tablePolicy.whereSQL != nil {
            diagnostics.append(PolicyDiagnostic(.warning, "`where` has no effect on a synthesized table", at: tablePolicy.whereLocation))
        }
        for columnPolicy in tablePolicy.columns {
            guard let column = table.column(named: columnPolicy.name) else {
                diagnostics.append(unknownColumn(columnPolicy, in: table))
                continue
            }
            if column.generated != nil { continue }
            guard output(of: columnPolicy.rule)?.fitsSynthesizedTable ?? false else {
                diagnostics.append(PolicyDiagnostic(
                    .error, "rule `\(columnPolicy.rule)` on `\(table.name).\(column.name)` transforms a source value, and a synthesized table has none", at: columnPolicy.ruleLocation,
                    suggestion: "write `synthesize` (drawn from the fitted model) or `{ pii: KIND }` (a fake of its kind)"))
                continue
            }
            var checked = columnPolicy
            if table.primaryKey.contains(column.name) || table.isUniquelyKeyed(by: [column.name]) { checked.unique = false }
            if let descriptor = rule(named: checked.rule), descriptor.output == .modelDraw || descriptor.output == .transformedOrGenerated {
                validateParameters(checked, of: column, in: table, into: &diagnostics)
                if descriptor.output == .modelDraw {
                    diagnostics += descriptor.checkColumn?(columnPolicy, column, table) ?? []
                }
            } else {
                validate(checked, of: column, in: table, into: &diagnostics)
            }
        }
        guard policy.unlisted == .fail else {
            // Columns left to the fit's model: one of a type Doppel does not interpret cannot be generated.
            for name in uncoveredColumns(of: table, in: tablePolicy) {
                guard let column = table.column(named: name), column.logicalType == .any, column.affinity == nil, column.generated == nil else { continue }
                diagnostics.append(PolicyDiagnostic(
                    .error, "`\(table.name).\(name)` is of type \(column.declaredType), which Doppel cannot generate", at: tablePolicy.location,
                    suggestion: column.isNullable ? "add `\(name): null` under the table's columns, or mask `\(table.name)` instead of synthesizing it" : "mask `\(table.name)` instead of synthesizing it"))
            }
            return
        }
        for column in uncoveredColumns(of: table, in: tablePolicy) {
            diagnostics.append(PolicyDiagnostic(
                .error, "column `\(table.name).\(column)` is not covered by the policy", at: tablePolicy.location,
                suggestion: "add `\(column): synthesize` if it holds no personal data, or `{ pii: KIND }` if it does"))
        }
    }

    /// The parameters of a generating rule (its name is known to be valid).
    private func validateParameters(_ columnPolicy: ColumnPolicy, of column: Column, in table: Table, into diagnostics: inout [PolicyDiagnostic]) {
        guard let descriptor = rule(named: columnPolicy.rule) else { return }
        let place = "`\(table.name).\(column.name)`"
        checkParameters(of: columnPolicy, against: descriptor, place: place, in: table, into: &diagnostics)
        // In a synthesized table there is no source value to transform: the entry alone says what to generate.
        if descriptor.output == .transformedOrGenerated && columnPolicy.pii == nil && columnPolicy.parameters["kind"] == nil {
            diagnostics.append(PolicyDiagnostic(.error, "rule `\(descriptor.name)` on \(place) needs to know what to fake", at: columnPolicy.ruleLocation,
                suggestion: "add `pii:` (e.g. `pii: email`) or `kind:`"))
        }
    }

    private func validate(_ columnPolicy: ColumnPolicy, of column: Column, in table: Table, into diagnostics: inout [PolicyDiagnostic]) {
        let place = "`\(table.name).\(column.name)`"
        guard let descriptor = rule(named: columnPolicy.rule) else {
            diagnostics.append(PolicyDiagnostic(
                .error, "unknown rule `\(columnPolicy.rule)` on \(place)", at: columnPolicy.ruleLocation,
                suggestion: NameSuggestion.didYouMean(columnPolicy.rule, among: rules.map(\.name)) ?? "`doppel rules` lists the rules"))
            return
        }
        if let accepted = descriptor.acceptedTypes, column.logicalType != .any, !accepted.contains(column.logicalType.rawValue) {
            diagnostics.append(PolicyDiagnostic(
                .error, "rule `\(descriptor.name)` does not apply to \(place) of type \(column.declaredType.isEmpty ? column.logicalType.rawValue : column.declaredType)", at: columnPolicy.ruleLocation,
                suggestion: suggestionForType(of: column) ?? "it takes " + accepted.sorted().joined(separator: ", ") + " columns"))
        }
        for parameter in descriptor.parameters where parameter.isRequired
            && (parameter.kind == .paths ? columnPolicy.paths.isEmpty : columnPolicy.parameters[parameter.name] == nil)
        {
            diagnostics.append(PolicyDiagnostic(
                .error, "rule `\(descriptor.name)` on \(place) needs the parameter `\(parameter.name)` (\(parameter.kindDescription))", at: columnPolicy.ruleLocation,
                suggestion: "e.g. " + descriptor.example))
        }
        checkParameters(of: columnPolicy, against: descriptor, place: place, in: table, into: &diagnostics)
        validatePaths(of: columnPolicy, against: descriptor, column: column, in: table, into: &diagnostics)
        diagnostics += descriptor.checkColumn?(columnPolicy, column, table) ?? []
        if columnPolicy.unique, !descriptor.properties.supportsUnique {
            diagnostics.append(PolicyDiagnostic(
                .error, "rule `\(descriptor.name)` cannot keep \(place) unique", at: columnPolicy.ruleLocation,
                suggestion: "use an injective rule (" + rules.filter(\.properties.supportsUnique).map(\.name).joined(separator: ", ") + ")"))
        }
        if table.isUniquelyKeyed(by: [column.name]) || table.primaryKey.contains(column.name) {
            if !descriptor.properties.injective && !(columnPolicy.unique && descriptor.properties.supportsUnique)
                && !isInjectiveWithinEveryKey(columnPolicy, descriptor: descriptor, column: column, in: table)
            {
                diagnostics.append(PolicyDiagnostic(
                    .error, "\(place) is a primary or unique key, and rule `\(descriptor.name)` can map two values to one", at: columnPolicy.ruleLocation,
                    suggestion: "use an injective rule (" + rules.filter(\.properties.injective).map(\.name).joined(separator: ", ") + ")" + (descriptor.properties.supportsUnique ? " or add `unique: true`" : "")))
            }
        }
    }

    /// For a JSON column: the rules that write valid JSON, and how to mask its parts.
    private func suggestionForType(of column: Column) -> String? {
        guard column.logicalType == .json else { return nil }
        let whole = rules.filter { $0.acceptedTypes?.contains("json") ?? true }.filter { $0.output != .modelDraw }.map(\.name)
        let parts = rules.first { $0.parameter(named: "paths") != nil }.map { #"mask its parts with `{ rule: \#($0.name), paths: { "$.email": { pii: email, rule: fake } } }`, or use "# } ?? "use "
        return parts + whole.joined(separator: ", ")
    }

    /// Whether the rule, though not injective, is injective among rows that agree on columns every key
    /// holding `column` also holds (a `shift` by the entity of a key `(employee_id, hired_on)`): then two rows
    /// with the same key values elsewhere had distinct values here and still have.
    private func isInjectiveWithinEveryKey(_ columnPolicy: ColumnPolicy, descriptor: RuleDescriptor, column: Column, in table: Table) -> Bool {
        guard let within = descriptor.injectiveWithin?(columnPolicy), !within.isEmpty, !within.contains(column.name) else { return false }
        let keys = ([table.primaryKey] + table.uniqueKeys).filter { $0.contains(column.name) }
        return !keys.isEmpty && keys.allSatisfy { key in within.allSatisfy(key.contains) }
    }

    /// The rules of a structured value's parts (`paths:`), each checked as a column of JSON leaves.
    private func validatePaths(
        of columnPolicy: ColumnPolicy, against descriptor: RuleDescriptor, column: Column, in table: Table, into diagnostics: inout [PolicyDiagnostic]
    ) {
        guard !columnPolicy.paths.isEmpty else { return }
        guard descriptor.parameter(named: "paths") != nil else {
            diagnostics.append(PolicyDiagnostic(
                .error, "rule `\(descriptor.name)` on `\(table.name).\(column.name)` takes no `paths`", at: columnPolicy.ruleLocation,
                suggestion: "`paths` belong to rules of JSON columns: " + rules.filter { $0.parameter(named: "paths") != nil }.map(\.name).joined(separator: ", ")))
            return
        }
        for path in columnPolicy.paths {
            let leaf = Column(name: "\(column.name) \(path.name)", declaredType: "", logicalType: .text, isNullable: true)
            validate(path, of: leaf, in: table, into: &diagnostics)
        }
    }

    /// Each parameter the column's entry gives: known to the rule, and of the kind it takes.
    private func checkParameters(
        of columnPolicy: ColumnPolicy, against descriptor: RuleDescriptor, place: String, in table: Table, into diagnostics: inout [PolicyDiagnostic]
    ) {
        for (name, value) in columnPolicy.parameters.sorted(by: { $0.key < $1.key }) {
            guard let parameter = descriptor.parameter(named: name) else {
                diagnostics.append(PolicyDiagnostic(
                    .error, "rule `\(descriptor.name)` has no parameter `\(name)`", at: value.location,
                    suggestion: NameSuggestion.didYouMean(name, among: descriptor.parameters.map(\.name))
                        ?? (descriptor.parameters.isEmpty ? "it takes none" : "it takes " + descriptor.parameters.map(\.name).joined(separator: ", "))))
                continue
            }
            if let problem = check(value, against: parameter, in: table) {
                diagnostics.append(PolicyDiagnostic(.error, "parameter `\(name)` of \(place): \(problem)", at: value.location))
            }
        }
    }

    private func check(_ value: ParameterValue, against parameter: RuleDescriptor.Parameter, in table: Table) -> String? {
        switch parameter.kind {
        case .text, .paths: return nil
        case .integer(let range):
            guard let number = value.integer, range.contains(number) else { return "`\(value.text)` is not a whole number in \(range.lowerBound)...\(range.upperBound)" }
            return nil
        case .number:
            return value.number == nil ? "`\(value.text)` is not a number" : nil
        case .boolean:
            return value.boolean == nil ? "`\(value.text)` is not true or false" : nil
        case .choice(let choices):
            guard choices.contains(value.text) else {
                return "`\(value.text)` is not one of " + choices.joined(separator: ", ")
                    + (NameSuggestion.didYouMean(value.text, among: choices).map { "; \($0)" } ?? "")
            }
            return nil
        case .column:
            guard table.column(named: value.text) != nil else {
                return "no column `\(value.text)` in `\(table.name)`" + (NameSuggestion.didYouMean(value.text, among: table.columns.map(\.name)).map { "; \($0)" } ?? "")
            }
            return nil
        }
    }

    /// Columns of `table` that are foreign keys to a column of another table (or itself): they take the
    /// referenced column's rule automatically.
    func inheritedColumns(of table: Table) -> Set<String> {
        Set(schema.inheritedColumns(of: table).keys)
    }

    /// Referenced keys take only injective rules; a referencing column written in the policy must agree with
    /// the rule it inherits; a masked table cannot reference a skipped one.
    private func validateReferences(_ policy: Policy, into diagnostics: inout [PolicyDiagnostic]) {
        for table in schema.tables {
            guard let tablePolicy = policy.table(named: table.name) else { continue }
            if tablePolicy.mode == .synthesize {
                for key in table.foreignKeys {
                    guard let parentPolicy = policy.table(named: key.referencedTable), parentPolicy.mode == .skip else { continue }
                    diagnostics.append(PolicyDiagnostic(
                        .error, "`\(table.name)` is synthesized and references `\(key.referencedTable)`, which the policy skips, so its rows would point at nothing", at: tablePolicy.location,
                        suggestion: "mask or synthesize `\(key.referencedTable)` too, or skip `\(table.name)`"))
                }
                continue
            }
            guard tablePolicy.mode == .mask else { continue }
            for key in table.foreignKeys where policy.table(named: key.referencedTable)?.mode == .synthesize && key.referencedTable != table.name {
                diagnostics.append(PolicyDiagnostic(
                    .error, "`\(table.name)` is masked and references `\(key.referencedTable)`, which is synthesized: its kept references would point at rows that no longer exist", at: tablePolicy.location,
                    suggestion: "synthesize `\(table.name)` too, or mask `\(key.referencedTable)`"))
            }
            for key in table.foreignKeys {
                guard let parent = schema.table(named: key.referencedTable) else { continue }
                let parentPolicy = policy.table(named: parent.name)
                if parentPolicy?.mode == .skip {
                    diagnostics.append(PolicyDiagnostic(
                        .error, "`\(table.name)` references `\(parent.name)`, which the policy skips, so its rows would point at nothing", at: tablePolicy.location,
                        suggestion: "give `\(parent.name)` `mode: empty` (its rows' children are then dropped), or skip `\(table.name)` too"))
                    continue
                }
                let parentColumns = parent.referencedColumns(of: key)
                for (childColumn, parentColumn) in zip(key.columns, parentColumns) {
                    let parentRule = parentPolicy?.column(named: parentColumn)
                    // A column the policy does not name is kept as it is.
                    let parentRuleName = parentRule?.rule ?? rules.first { $0.output == .sourceValue }?.name ?? "keep"
                    if let parentRule, let descriptor = rule(named: parentRule.rule), !descriptor.properties.injective,
                        !(parentRule.unique && descriptor.properties.injectiveWhenUnique)
                    {
                        let unique = rules.filter(\.properties.injectiveWhenUnique).map { "`\($0.name)` with `unique: true`" }
                        diagnostics.append(PolicyDiagnostic(
                            .error, "`\(parent.name).\(parentColumn)` is referenced by `\(table.name).\(childColumn)`, and rule `\(descriptor.name)` can map two keys to one", at: parentRule.ruleLocation,
                            suggestion: "a referenced key takes only injective rules: " + (rules.filter(\.properties.injective).map(\.name) + unique).joined(separator: ", ")))
                    } else if let parentRule, parentRule.unique, let descriptor = rule(named: parentRule.rule), descriptor.properties.injectiveWhenUnique,
                        let parentLimit = parent.column(named: parentColumn)?.limits.maxCharacters,
                        let childLimit = table.column(named: childColumn)?.limits.maxCharacters, childLimit < parentLimit
                    {
                        // A shorter reference would get fakes cut to fit it, not its parent's.
                        diagnostics.append(PolicyDiagnostic(
                            .error, "`\(table.name).\(childColumn)` holds at most \(childLimit) characters and references `\(parent.name).\(parentColumn)` (\(parentLimit)), so its `\(descriptor.name)` values could be cut where the parent's are not", at: parentRule.ruleLocation,
                            suggestion: "widen `\(table.name).\(childColumn)` to \(parentLimit), or use `pseudonymize` (keeps each value's length)"))
                    }
                    if let own = tablePolicy.column(named: childColumn), own.rule != parentRuleName || own.parameters != (parentRule?.parameters ?? [:]) {
                        diagnostics.append(PolicyDiagnostic(
                            .error, "`\(table.name).\(childColumn)` references `\(parent.name).\(parentColumn)` and must get the same rule (`\(parentRuleName)`), which Doppel applies to it automatically", at: own.ruleLocation,
                            suggestion: "remove this entry"))
                    }
                }
            }
        }
    }
}
