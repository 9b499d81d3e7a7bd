import DoppelCore
import DoppelPolicy

extension Rule {
    /// The rule set up for a column, as the engine runs it: on an array column (`text[]`) a rule that masks
    /// elements (``Rule/masksArrayElements``) is set up for the element type and applied to each element, so
    /// the clone gets a valid array literal; NULL elements stay NULL.
    ///
    /// A value the rule cannot read (``UnreadableValue``) becomes the column's `on_invalid` choice (each element
    /// of an array on its own); without one it reaches the engine, which stops the run.
    package static func transform(for context: RuleContext) throws -> any ValueTransform {
        let limits = context.column.limits
        let choice = InvalidValueChoice(context.policy)
        if choice == .null && !context.column.isNullable {
            throw RuleSetupError("`on_invalid: null` on `\(context.place)`, which is NOT NULL; use `on_invalid: redact`")
        }
        guard limits.isArray, masksArrayElements else {
            let rule = try make(context)
            guard let choice else { return rule }
            return ReplacingUnreadable(rule: rule, replacement: choice.replacement(for: context.column, isArray: false))
        }
        let elementContext = context.forArrayElements
        var element = try make(elementContext)
        if let choice {
            element = ReplacingUnreadable(rule: element, replacement: choice.replacement(for: elementContext.column, isArray: false))
        }
        let elements = ArrayElements(element: element, elementType: elementContext.column.logicalType)
        guard let choice else { return elements }
        return ReplacingUnreadable(rule: elements, replacement: choice.replacement(for: context.column, isArray: true))
    }
}

extension RuleContext {
    /// The context a rule that masks elements is set up in on an array column: the element's type, nullable.
    package var forArrayElements: RuleContext {
        let limits = column.limits
        var context = self
        context.column.declaredType = limits.elementType ?? ""
        context.column.logicalType = limits.elementLogicalType ?? .text
        context.column.isNullable = true
        return context
    }
}

/// Applies one rule to every element of a PostgreSQL array value.
struct ArrayElements: ValueTransform {
    let element: any ValueTransform
    let elementType: LogicalType

    func apply(_ value: Value, row: RowContext) throws -> Value {
        if value.isNull { return .null }
        guard case .text(let text) = value, let (prefix, literal) = ArrayLiteral.parse(text) else {
            throw UnreadableValue("not an array literal, so the rule cannot mask it element by element")
        }
        let masked = try literal.mapElements { element -> String? in
            guard let element else { return try self.element.apply(.null, row: row).textRepresentation }
            var input = Value.text(element)
            if elementType == .integer, let number = Int64(element) { input = .integer(number) }
            return try self.element.apply(input, row: row).textRepresentation
        }
        return .text(prefix + masked.text)
    }
}
