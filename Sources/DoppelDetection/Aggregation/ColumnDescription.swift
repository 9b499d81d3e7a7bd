package import DoppelCore

/// The column a detection is about: where it is and what type it has. Names only, no values.
package struct ColumnDescription: Hashable, Sendable {
    /// The table's name as the source spells it (`customers`, `public.employees`).
    package var table: String
    /// The column's name as the source spells it.
    package var column: String
    /// What the column's type means to Doppel.
    package var logicalType: LogicalType
    /// The type as the source declares it (`jsonb`, `text[]`, `NVARCHAR(40)`), or empty.
    package var declaredType: String
    /// The names of the table's other columns: a table whose name says nothing (`order_addresses`,
    /// `trips`) holds people's data when its columns do (`first_name`, `email`).
    package var siblingColumns: [String] = []

    /// A column of `table`; without a type, any value is read.
    package init(table: String, column: String, logicalType: LogicalType = .any, declaredType: String = "") {
        self.table = table
        self.column = column
        self.logicalType = logicalType
        self.declaredType = declaredType
    }

    /// The description of an introspected column; `siblings` are the table's columns (this one may be among them).
    package init(table: String, column: Column, siblings: [String] = []) {
        self.init(table: table, column: column.name, logicalType: column.logicalType, declaredType: column.declaredType)
        siblingColumns = siblings.filter { $0 != column.name }
    }

    /// Whether the declared type is a PostgreSQL array (`text[]`, `_text`, `ARRAY`).
    package var isArray: Bool {
        let type = declaredType.lowercased()
        return type.hasSuffix("]") || type.hasPrefix("_") || type.contains("array")
    }

    /// Whether the column holds JSON (`json`, `jsonb`).
    package var isJSON: Bool {
        logicalType == .json || declaredType.lowercased().hasPrefix("json")
    }
}
