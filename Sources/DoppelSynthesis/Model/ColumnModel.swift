public import DoppelCore
public import DoppelMasking

/// What the fit learnt about one column: enough to draw realistic values, never a value of a PII column
/// nor a rare value of a sensitive one.
public struct ColumnModel: Codable, Hashable, Sendable {
    /// How values are drawn.
    /// What the model of a column is (declared with the synthesize rule, which names them in policies).
    public typealias Kind = ModelKind

    /// The column's name.
    public var name: String
    /// The column's type in the source's schema.
    public var logicalType: LogicalType
    /// How values are drawn: which of the marginals below (or a fake, a sequence…) the column uses.
    public var kind: Kind
    /// Share of rows that are NULL.
    public var nullFraction: Double
    /// How values are written: `integer`, `real`, `text` or `blob`.
    public var storage: Storage
    /// Whether the policy marks the column PII or sensitive (rare values folded, extremes clipped).
    public var sensitive: Bool
    /// The quantiles, for ``Kind/numeric``.
    public var numeric: NumericMarginal?
    /// The frequency table, for ``Kind/categorical``.
    public var categorical: CategoricalMarginal?
    /// Lengths and character classes, for ``Kind/text``.
    public var text: TextMarginal?
    /// The fake's kind (a ``FakeKind`` raw value) for ``Kind/fake``.
    public var fake: String?
    /// For a faked date of birth: the years and format generation draws within.
    public var birthYears: BirthYears?
    /// For JSON columns: the most common set of top-level keys.
    public var jsonKeys: [String]?
    /// When the column repeats a column of the parent a foreign key references (a line's price is its
    /// product's price): which, and in what share of the rows; generation copies the synthetic parent's value.
    public var copiedFrom: CopiedColumn?

    /// A parent's column a child's column equals in most rows.
    public struct CopiedColumn: Codable, Hashable, Sendable {
        /// The referencing columns of the foreign key.
        public var foreignKey: [String]
        /// The parent's column.
        public var column: String
        /// The share of the rows with both values where they were equal.
        public var share: Double

        package init(foreignKey: [String], column: String, share: Double) {
            self.foreignKey = foreignKey
            self.column = column
            self.share = share
        }
    }

    /// A value's storage class.
    public enum Storage: String, Codable, Sendable { case integer, real, text, blob }

    package init(name: String, logicalType: LogicalType, kind: Kind, nullFraction: Double, storage: Storage, sensitive: Bool) {
        self.name = name
        self.logicalType = logicalType
        self.kind = kind
        self.nullFraction = nullFraction
        self.storage = storage
        self.sensitive = sensitive
    }

    /// Whether the column takes part in the table's copula (its values are ordered draws).
    public var isInCopula: Bool {
        switch kind {
        case .numeric: return (numeric?.quantiles.count ?? 0) > 1
        case .categorical: return (categorical?.counts.count ?? 0) > 1
        default: return false
        }
    }
}

/// A number, date or time column: its quantile function at evenly spaced probabilities.
public struct NumericMarginal: Codable, Hashable, Sendable {
    /// Values at probabilities 0, 1/(n-1), …, 1 of the non-null values; the first and last are the exact
    /// min and max unless the column is sensitive, where they are the `min_count`-th smallest and largest.
    public var quantiles: [Double]
    /// Whether every value was a whole number.
    public var integral: Bool
    /// Digits after the decimal point to round to (reals), the most seen.
    public var decimals: Int
    /// How a date or time stored as text is written; nil for plain numbers.
    public var temporal: TemporalFormat?

    package init(quantiles: [Double], integral: Bool, decimals: Int, temporal: TemporalFormat? = nil) {
        self.quantiles = quantiles
        self.integral = integral
        self.decimals = decimals
        self.temporal = temporal
    }

    /// The value at probability `u` in [0, 1], interpolated between quantiles.
    package func value(at u: Double) -> Double {
        Self.interpolate(quantiles, at: u)
    }

    /// The value at probability `u` in [0, 1] of evenly spaced `points` (quantiles, or a sorted sample), linear
    /// between neighbours; 0 for no points.
    package static func interpolate(_ points: [Double], at u: Double) -> Double {
        guard points.count > 1 else { return points.first ?? 0 }
        let position = min(max(u, 0), 1) * Double(points.count - 1)
        let lower = Int(position.rounded(.down))
        guard lower < points.count - 1 else { return points[points.count - 1] }
        let fraction = position - Double(lower)
        return points[lower] + (points[lower + 1] - points[lower]) * fraction
    }

    /// The probability of values at or below `x` (the inverse of ``value(at:)``), mid-point on flat runs.
    package func probability(of x: Double) -> Double {
        guard quantiles.count > 1, let first = quantiles.first, let last = quantiles.last else { return 0.5 }
        if x < first { return 0 }
        if x > last { return 1 }
        // The run of quantiles equal to x (a point mass) maps to its middle.
        var low = 0, high = quantiles.count - 1
        while low < high {
            let middle = (low + high) / 2
            if quantiles[middle] < x { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end + 1 < quantiles.count && quantiles[end + 1] == x { end += 1 }
        let step = 1 / Double(quantiles.count - 1)
        if quantiles[low] == x { return Double(low + end) / 2 * step }
        let below = quantiles[low - 1], above = quantiles[low]
        return (Double(low - 1) + (x - below) / (above - below)) * step
    }
}

/// A frequency table. Values seen in fewer than `min_count` rows of a sensitive column are not in it:
/// their rows are counted in ``otherCount`` and get a generated value of the column's shape.
public struct CategoricalMarginal: Codable, Hashable, Sendable {
    /// Values with their counts, in the order the copula's scale gives them (``CategoryOrder``): by a
    /// numeric partner when one separates them, else most frequent first (ties by value).
    public var values: [ModelValue]
    /// How many rows had each of ``values``.
    public var counts: [Int64]
    /// Rows whose value was folded into "other".
    public var otherCount: Int64

    package init(values: [ModelValue], counts: [Int64], otherCount: Int64) {
        self.values = values
        self.counts = counts
        self.otherCount = otherCount
    }

    /// All non-null rows the table describes.
    public var total: Int64 { counts.reduce(0, +) + otherCount }
}

/// Free text: length quantiles and character-class shares, enough to write text of the same shape.
public struct TextMarginal: Codable, Hashable, Sendable {
    /// Lengths (in characters) at evenly spaced probabilities.
    public var lengths: [Double]
    /// Shares of upper-case letters, lower-case letters, digits, spaces and other characters.
    public var classShares: [Double]
    /// Share of values starting with an upper-case letter.
    public var capitalized: Double
    /// When nearly every value has one of a few shapes (codes: `AAA-99999`, `AA99 9999`): the shapes, each
    /// letter written `A` or `a`, each digit `9`, other characters as they are, a character every value of
    /// the shape shared after a backslash (`\G\B99 9999`), and how many values had each.
    public var shapes: [String]?
    /// How many values had each of ``shapes``.
    public var shapeCounts: [Int64]?

    package init(lengths: [Double], classShares: [Double], capitalized: Double, shapes: [String]? = nil, shapeCounts: [Int64]? = nil) {
        self.lengths = lengths
        self.classShares = classShares
        self.capitalized = capitalized
        self.shapes = shapes
        self.shapeCounts = shapeCounts
    }

    /// `shape` with the characters of `fixed` (one per position, nil where values differed) kept: a letter
    /// or digit (or a backslash) after a backslash, anything else as it is.
    package static func shape(_ shape: String, keeping fixed: [Unicode.Scalar?]) -> String {
        var result = String.UnicodeScalarView()
        for (position, scalar) in shape.unicodeScalars.enumerated() {
            guard position < fixed.count, let kept = fixed[position], scalar == "A" || scalar == "a" || scalar == "9" else {
                if scalar == "\\" { result.append("\\") }
                result.append(scalar)
                continue
            }
            result.append("\\")
            result.append(kept)
        }
        return String(result)
    }

    /// The shape of `text`: letters as `A` or `a`, digits as `9`, anything else as it is.
    package static func shape(of text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar -> Unicode.Scalar in
            switch scalar.value {
            case 65...90: return "A"
            case 97...122: return "a"
            case 48...57: return "9"
            default: return scalar
            }
        }))
    }
}
