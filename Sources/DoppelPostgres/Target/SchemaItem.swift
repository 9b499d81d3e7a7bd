import DoppelCore

/// One object created before the rows: an engine object, a table or a view, with what it needs first.
enum SchemaItem: CustomStringConvertible {
    case object(EngineObject)
    case table(Table)
    case view(View)

    var catalogID: String? {
        switch self {
        case .object(let object): object.catalogID
        case .table(let table): table.catalogID
        case .view(let view): view.catalogID
        }
    }

    var dependencies: [String] {
        switch self {
        case .object(let object): object.dependencies ?? []
        case .table(let table): table.dependencies ?? []
        case .view(let view): view.dependencies ?? []
        }
    }

    var definitionSQL: String {
        switch self {
        case .object(let object): object.definitionSQL
        case .table(let table): table.definitionSQL ?? ""
        case .view(let view): view.definitionSQL
        }
    }

    var description: String {
        switch self {
        case .object(let object): object.label
        case .table(let table): "table \(table.name)"
        case .view(let view): view.label
        }
    }

    var isTable: Bool {
        if case .table = self { return true }
        return false
    }
}
