import DoppelCore
import DoppelPolicy

extension Rule {
    /// The rule set up for a column, as the engine runs it: on an array column (`text[]`) a rule that masks
    /// elements (``Rule/masksArrayElements``) is set up for the element type and applied to each element, so
    /// the clone gets a valid array literal; NULL elements stay NULL.
    public static func transform(for context: RuleContext) throws -> any ValueTransform {
        let limits = context.column.limits
        guard limits.isArray, masksArrayElements else { return try make(context) }
        var elementContext = context
        elementContext.column.declaredType = limits.elementType ?? ""
        elementContext.column.logicalType = limits.elementLogicalType ?? .text
        return ArrayElements(element: try make(elementContext), elementType: elementContext.column.logicalType, place: context.place)
    }
}

/// Applies one rule to every element of a PostgreSQL array value.
struct ArrayElements: ValueTransform {
    let element: any ValueTransform
    let elementType: LogicalType
    let place: String

    func apply(_ value: Value, row: RowContext) throws -> Value {
        guard case .text(let text) = value else { return value }
        guard let (prefix, literal) = ArrayLiteral.parse(text) else {
            throw RunError("`\(place)` holds a value that is not an array literal, so its rule cannot mask it element by element; use `null` or `redact` with `with: '{}'`")
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
