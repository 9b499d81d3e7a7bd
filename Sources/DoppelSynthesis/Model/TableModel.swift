/// What the fit learnt about one table.
public struct TableModel: Codable, Hashable, Sendable {
    /// The table's name.
    public var name: String
    /// Rows in the source when fitted.
    public var rowCount: Int64
    /// The table's columns, in the schema's order.
    public var columns: [ColumnModel]
    /// How the table's columns (and its parents' columns) vary together; nil with fewer than two.
    public var copula: CopulaModel?
    /// One per foreign key of the table: how many children each parent has.
    public var relations: [RelationModel]
    /// The policy's `rows` for the table when fitted: an exact count, which wins over `--scale`.
    public var policyRows: Int64?
    /// The policy's `rows` as a factor (`2x`) of ``rowCount``, which wins over `--scale`.
    public var policyFactor: Double?
    /// Pairs of columns in order in every source row (nil in models fitted before orders were looked for).
    public var orders: [ColumnOrder]?

    package init(name: String, rowCount: Int64, columns: [ColumnModel], copula: CopulaModel?, relations: [RelationModel]) {
        self.name = name
        self.rowCount = rowCount
        self.columns = columns
        self.copula = copula
        self.relations = relations
    }

    /// The model of the column with this exact name.
    public func column(named name: String) -> ColumnModel? {
        columns.first { $0.name == name }
    }
}

/// A Gaussian copula: the correlation of normal scores of the table's ordered columns, and of the
/// columns of the parents its rows reference, so a child row's values follow its parent's.
public struct CopulaModel: Codable, Hashable, Sendable {
    /// One variable of the copula: a column of this table, or of the parent a foreign key references.
    public struct Variable: Codable, Hashable, Sendable {
        /// Index into ``TableModel/relations`` for a parent's column; nil for the table's own.
        public var relation: Int?
        /// The column's name; for a children count, ``ChildReference/variableName`` (`InvoiceLine(TrackId)`).
        public var column: String
        /// For a parent's column: the mean and standard deviation of its normal score over this table's
        /// rows (each parent counted once per child, so not 0 and 1), which generation standardizes by.
        public var mean: Double?
        /// See ``mean``: the standard deviation of a parent column's normal score.
        public var deviation: Double?
        /// For the number of children a row has along another table's foreign key (a customer's
        /// invoices), that key; nil for a column.
        public var children: ChildReference?

        package init(relation: Int?, column: String, mean: Double? = nil, deviation: Double? = nil, children: ChildReference? = nil) {
            self.relation = relation
            self.column = column
            self.mean = mean
            self.deviation = deviation
            self.children = children
        }
    }

    /// A foreign key of another table that references this one: the rows' children along it.
    public struct ChildReference: Codable, Hashable, Sendable {
        /// The referencing table.
        public var table: String
        /// The referencing columns of `table`.
        public var columns: [String]

        package init(table: String, columns: [String]) {
            self.table = table
            self.columns = columns
        }

        /// How the count is named among the copula's variables: `InvoiceLine(TrackId)`.
        public var variableName: String { "\(table)(\(columns.joined(separator: ", ")))" }
    }

    /// Parent variables first, then the table's own columns, then its children counts.
    public var variables: [Variable]
    /// Correlations of the variables' normal scores, row by row (symmetric, unit diagonal).
    public var correlation: [[Double]]
    /// Rows the correlations were computed from (a uniform sample of the table).
    public var sampleRows: Int

    package init(variables: [Variable], correlation: [[Double]], sampleRows: Int) {
        self.variables = variables
        self.correlation = correlation
        self.sampleRows = sampleRows
    }
}

/// Children per parent along one foreign key.
public struct RelationModel: Codable, Hashable, Sendable {
    /// The referencing columns of this table.
    public var columns: [String]
    /// The table the foreign key references.
    public var parentTable: String
    /// Distinct children-per-parent counts, ascending, and how many parents had each (zero included).
    public var childCounts: [Int64]
    /// How many parents had each of ``childCounts``.
    public var parents: [Int64]
    /// Share of rows whose reference is NULL.
    public var nullFraction: Double

    package init(columns: [String], parentTable: String, childCounts: [Int64], parents: [Int64], nullFraction: Double) {
        self.columns = columns
        self.parentTable = parentTable
        self.childCounts = childCounts
        self.parents = parents
        self.nullFraction = nullFraction
    }

    /// The mean number of children per parent.
    public var meanChildren: Double {
        let total = parents.reduce(0, +)
        guard total > 0 else { return 0 }
        return Double(zip(childCounts, parents).reduce(Int64(0)) { $0 + $1.0 * $1.1 }) / Double(total)
    }
}
