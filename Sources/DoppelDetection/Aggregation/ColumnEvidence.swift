package import DoppelPolicy

/// What a column's sample showed, as counts only: never a value, a part of one or a statistic that
/// could give one back.
package struct ColumnEvidence: Hashable, Sendable {
    /// Values fed to the detector (up to its sample limit).
    package var sampled = 0
    /// Sampled values that were not NULL.
    package var nonNull = 0
    /// Non-null values the detectors could read (text and numbers; blobs are not read).
    package var examined = 0
    /// Distinct values among those examined (told apart by hash while sampling; no value is kept).
    package var distinct = 0
    /// Values that, whole, gave each signal (an array counts when most of its elements give it).
    package var matches: [ValueSignal: Int] = [:]
    /// Texts holding each kind of personal data inside (free text, array elements, JSON string leaves).
    package var embedded: [ValueSignal: Int] = [:]
    /// Texts holding at least one email, phone, IBAN, card, national id, IP address or URL with user
    /// info inside.
    package var textsWithEmbeddedData = 0
    /// Texts holding a person's name inside.
    package var textsWithNames = 0
    /// Values that were JSON documents.
    package var jsonDocuments = 0
    /// JSON documents whose keys name each personal kind.
    package var jsonKeyKinds: [PIIKind: Int] = [:]
    /// JSON documents with a leaf that, whole, gives each strong signal.
    package var jsonLeafSignals: [ValueSignal: Int] = [:]
    /// JSON documents where anything personal was found (keys, leaves or text inside leaves).
    package var jsonDocumentsWithPersonalData = 0
    /// Values that were PostgreSQL arrays.
    package var arrays = 0
    /// Values whose shape fits each kind the name suggests (digits for a phone, letters for a name), so a
    /// name is not contradicted by values the detectors cannot confirm (unformatted ids, foreign names).
    package var shapeFits: [PIIKind: Int] = [:]
    /// Dated values between 120 years ago and today.
    package var datesInBirthRange = 0
    /// Whether the sample's dates spread like birth dates (see `BirthDateDistribution`).
    package var datesLookLikeBirths = false

    package init() {}

    /// The share of examined values giving `signal`, 0…1.
    package func share(_ signal: ValueSignal) -> Double {
        examined == 0 ? 0 : Double(matches[signal] ?? 0) / Double(examined)
    }
}
