/// Constants mixed into generation's seeds so that draws meant to be independent never share a stream.
/// Each is ASCII text read as a big-endian number (`0x726f_7773` is "rows"); changing one changes every
/// synthetic database a model and seed give, so they are fixed forever.
enum GenerationSalt {
    /// "rows": keys the hasher whose output on a row's index seeds that row's draws (its values, its
    /// copula noise): separates the rows' stream from the table's plans (``counts``).
    static let rows: UInt64 = 0x726f_7773
    /// "counts": keys the hasher of a table's plans (children-count shuffles, parent pickers' offsets):
    /// separates them from the rows' draws (``rows``).
    static let counts: UInt64 = 0x636f_756e_7473
    /// "pick": added to a reference's index before hashing with the plans' hasher: each reference's
    /// ``ParentPicker`` offset, apart from its children-count shuffle (``strata``).
    static let picker: UInt64 = 0x7069_636b
    /// "strata": added to a reference's index before hashing with the plans' hasher: the golden-ratio
    /// shuffle that hands out a reference's stratified children counts, apart from its picker (``picker``).
    static let strata: UInt64 = 0x7374_7261_7461
    /// "pickpare": XORed into a row's seed for the stream that picks the row's parents, so picking a
    /// parent does not consume the draws of the row's values.
    static let parentPicks: UInt64 = 0x7069_636b_7061_7265
    /// 2⁶⁴/φ: XORed into a table's first key word to make the second (``SipHash/hashKey(_:)``), so the
    /// two words of a table's key differ.
    static let tableKeyWord: UInt64 = 0x9E37_79B9_7F4A_7C15
}
