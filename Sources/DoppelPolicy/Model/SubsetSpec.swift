/// What part of the source a clone keeps (`subset:`): rows chosen at one or more start points, with every
/// row they need (their parents, through every foreign key, whatever the depth) and the rows that follow
/// them (their children, as each table's ``TablePolicy/children`` says).
public struct SubsetSpec: Hashable, Sendable {
    /// One table where the subset starts, and which of its rows.
    public struct StartPoint: Hashable, Sendable {
        /// The table's name.
        public var table: String
        /// Where the table is named under `start:`.
        public var location: SourceLocation
        /// SQL on the table's columns that picks rows (source SQL, run in the source's snapshot); nil picks every row.
        public var whereSQL: String?
        /// A share of the rows (those the `where` picks), chosen by a keyed hash of each row's key.
        public var sample: Sample?

        package init(table: String, location: SourceLocation, whereSQL: String? = nil, sample: Sample? = nil) {
            self.table = table
            self.location = location
            self.whereSQL = whereSQL
            self.sample = sample
        }
    }

    /// A deterministic share of rows: the same seed picks the same rows.
    public enum Sample: Hashable, Sendable {
        /// This percentage (above 0, at most 100) of the rows.
        case percent(Double)
        /// This many rows (all of them when there are fewer).
        case rows(Int64)
    }

    /// The start points, in the order written.
    public var starts: [StartPoint]
    /// How many references down from a start table children are followed (`depth:`); nil follows them all.
    public var depth: Int?
    /// What follows a kept row of a table that says nothing itself (`children:`, default `all`).
    public var children: SubsetChildren
    /// Where `subset:` is written.
    public var location: SourceLocation

    package init(starts: [StartPoint], depth: Int? = nil, children: SubsetChildren = .all, location: SourceLocation) {
        self.starts = starts
        self.depth = depth
        self.children = children
        self.location = location
    }

    /// The start point of a table, if it is one.
    public func start(of table: String) -> StartPoint? {
        starts.first { $0.table == table }
    }
}

/// Which rows referencing a kept row are kept too.
public enum SubsetChildren: Hashable, Sendable {
    /// Every row that references it (the default: a kept customer keeps its orders).
    case all
    /// None: the kept row comes alone (its parents still come with it).
    case none
    /// This percentage of them, chosen by a keyed hash of each child row's key.
    case percent(Double)
}
