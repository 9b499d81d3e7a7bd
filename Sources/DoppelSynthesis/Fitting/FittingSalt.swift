/// Constants mixed into the fit's seeds so its samples are independent of each other and of generation's
/// (``GenerationSalt``). Each is ASCII text read as a big-endian number; changing one changes the rows the
/// fit samples, so the models it writes.
enum FittingSalt {
    /// "copula": keys the hasher whose output on a table's name seeds the reservoir of rows its copula
    /// correlations are computed from.
    static let copulaSample: UInt64 = 0x636f_7075_6c61
    /// "fit_cols": keys the hasher whose output on a column's name seeds the reservoir of its numbers.
    static let columnSample: UInt64 = 0x6669_745f_636f_6c73
    /// "ZZ": XORed into a column's seed for the reservoir of its text lengths, apart from its numbers'.
    static let lengthSample: UInt64 = 0x5A5A
}
