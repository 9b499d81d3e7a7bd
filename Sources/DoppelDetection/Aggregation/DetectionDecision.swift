import DoppelPolicy

/// Combines what a column's name says with what its sample shows:
///
/// - strong value evidence wins over the name (`code` full of emails is an email column; `phone` full of
///   emails too), and agreeing evidence raises the confidence;
/// - a name alone decides when there are no values (empty table, all NULL), and stands when the values
///   fit its shape though the detectors cannot confirm them; values of another shape weaken it;
/// - weak signals (single words from name lists, 5-digit numbers, bare checked numbers, dates) count
///   with a name that agrees, or alone only in an overwhelming share;
/// - text, JSON and arrays holding personal data inside make the column free text.
///
/// A kind is decided at a confidence of at least ``threshold``.
struct DetectionDecision {
    let column: ColumnDescription
    let name: NameClassification
    let evidence: ColumnEvidence
    let tableContext: TableContext

    /// The confidence from which a kind is decided.
    static let threshold = 0.5

    /// A kind (or none), a confidence and the reason.
    struct Verdict {
        var kind: PIIKind?
        var confidence: Double
        var reason: String
    }

    func decide() -> ColumnDetection {
        var verdict = fromNameAndValues()
        if verdict.kind == nil || verdict.kind == .freeText || verdict.confidence < Self.threshold,
           let text = fromText(), text.confidence >= verdict.confidence {
            verdict = text
        }
        if verdict.kind == nil || verdict.confidence < Self.threshold, let births = fromDateSpread(), births.confidence > verdict.confidence {
            verdict = births
        }
        let decided = verdict.confidence >= Self.threshold ? verdict.kind : nil
        var reason = verdict.reason
        if decided == nil, let kind = verdict.kind {
            reason += "; too weak to call it \(kind.spokenName)"
        }
        return ColumnDetection(
            column: column, kind: decided, confidence: verdict.confidence, defaultsToKeep: decided == nil && name.isNonPersonal,
            name: name, evidence: evidence, reason: reason)
    }

    // MARK: - Name and whole values

    private func fromNameAndValues() -> Verdict {
        let strong = strongestSignal()
        let candidate = chosenNameCandidate()
        if let strong, strong.share >= 0.5 {
            let confidence = 0.8 + 0.19 * (strong.share - 0.5) / 0.5
            let values = "\(percent(strong.share)) of \(sampleText) are \(strong.signal.plural)"
            if let candidate, candidate.kind == strong.signal.kind || (candidate.kind.isPersonName && strong.signal == .fullName) {
                return Verdict(kind: strong.signal.kind, confidence: min(0.99, max(confidence, candidate.confidence) + 0.05), reason: "\(candidate.reason); \(values)")
            }
            if let candidate {
                return Verdict(kind: strong.signal.kind, confidence: confidence, reason: "\(candidate.reason), but \(values)")
            }
            return Verdict(kind: strong.signal.kind, confidence: confidence, reason: "\(namePart); \(values)")
        }
        if let candidate {
            return fromName(candidate)
        }
        if let strong {
            return Verdict(kind: strong.signal.kind, confidence: 0.65, reason: "\(namePart); \(percent(strong.share)) of \(sampleText) are \(strong.signal.plural)")
        }
        if let weak = weakSignalAlone() {
            return Verdict(kind: weak.signal.kind, confidence: 0.6, reason: "\(namePart); \(percent(weak.share)) of \(sampleText) are \(weak.signal.plural)")
        }
        return Verdict(kind: nil, confidence: 0, reason: namePart)
    }

    /// The name's candidate judged against the values.
    private func fromName(_ candidate: NameCandidate) -> Verdict {
        guard evidence.examined > 0 else {
            let values = evidence.sampled == 0 ? "no values sampled" : "all \(evidence.sampled) sampled values are null"
            return Verdict(kind: candidate.kind, confidence: candidate.confidence, reason: "\(candidate.reason); \(values)")
        }
        let support = supportingSignal(candidate.kind)
        if let signal = support.signal, support.share >= 0.3 {
            let kind = candidate.kind == .name ? refinedPersonName() : candidate.kind
            let confidence = max(candidate.confidence, min(0.97, 0.7 + 0.25 * support.share))
            let what = signal == .date ? "dates of a plausible birth" : signal.plural
            return Verdict(kind: kind, confidence: confidence, reason: "\(candidate.reason); \(percent(support.share)) of \(sampleText) are \(what)")
        }
        // Names the lists cannot confirm whole may still be found inside (`Alanis Morissette & band`).
        let textsWithNames = Double(evidence.textsWithNames) / Double(evidence.examined)
        if candidate.kind.isPersonName && textsWithNames >= 0.3 {
            return Verdict(kind: candidate.kind, confidence: max(candidate.confidence, min(0.95, 0.7 + 0.25 * textsWithNames)),
                           reason: "\(candidate.reason); \(percent(textsWithNames)) of \(sampleText) hold person names")
        }
        if candidate.kind == .freeText {
            return Verdict(kind: .freeText, confidence: candidate.confidence, reason: "\(candidate.reason); nothing personal found inside \(sampleText) yet")
        }
        let shape = Double(evidence.shapeFits[candidate.kind] ?? 0) / Double(evidence.examined)
        if candidate.kind.isPersonName && evidence.examined >= 20 && support.share < 0.1 {
            return Verdict(kind: candidate.kind, confidence: candidate.confidence * 0.8,
                           reason: "\(candidate.reason); only \(percent(support.share)) of \(sampleText) are names from the shipped lists")
        }
        if shape >= 0.5 {
            return Verdict(kind: candidate.kind, confidence: candidate.confidence,
                           reason: "\(candidate.reason); \(percent(shape)) of \(sampleText) have its shape, unconfirmed by value checks")
        }
        // A strong name stays decided though the values do not show its shape (a house number, a German
        // social-security number): a missed personal column is a leak, a wrong rule only a review.
        return Verdict(kind: candidate.kind, confidence: candidate.confidence >= 0.8 ? 0.55 : candidate.confidence * 0.6,
                       reason: "\(candidate.reason), but only \(percent(shape)) of \(sampleText) have its shape")
    }

    /// The name candidate the values support best; the name's own order breaks ties.
    /// An unconfirmed title of courtesy gives way to a job title (`Sales Manager` is no `Mr.`).
    private func chosenNameCandidate() -> NameCandidate? {
        let chosen = name.candidates.enumerated().max { lhs, rhs in
            let left = supportingSignal(lhs.element.kind).share >= 0.3, right = supportingSignal(rhs.element.kind).share >= 0.3
            if left != right { return !left }
            return lhs.offset > rhs.offset
        }?.element
        if chosen?.kind == .courtesyTitle, evidence.examined > 0, supportingSignal(.courtesyTitle).share < 0.3,
           let job = name.candidate(.jobTitle) {
            return job
        }
        return chosen
    }

    /// The strong signal with the largest share, if at least a fifth of the values give it. A value can
    /// give two (`046 454 286` is a Canadian SIN and a European phone shape): a kind the name suggests
    /// comes first, then one validated by a check digit.
    private func strongestSignal() -> (signal: ValueSignal, share: Double)? {
        let suggested = Set(name.candidates.map(\.kind))
        func score(_ signal: ValueSignal) -> (Double, Int) {
            let share = evidence.share(signal)
            let checked = signal == .iban || signal == .paymentCard || signal == .nationalID
            return (share + (suggested.contains(signal.kind) ? 0.1 : 0), checked ? 1 : 0)
        }
        let present = ValueSignal.allCases.filter { $0.isStrong && evidence.share($0) >= 0.2 }
        guard let best = present.max(by: { score($0) < score($1) }) else { return nil }
        return (best, evidence.share(best))
    }

    /// A weak signal strong in numbers: nearly all values are first names, cities, countries…
    /// (5-digit numbers and dates never count alone). Not in tables of things, and not in a column of a
    /// few repeated words: `Brown`, `White` and `Green` are family names, and colours too.
    private func weakSignalAlone() -> (signal: ValueSignal, share: Double)? {
        guard evidence.examined >= 5, tableContext != .things, tableContext != .organisations,
              evidence.distinct >= 20 || evidence.distinct * 10 >= evidence.examined * 3
        else { return nil }
        let candidates = ValueSignal.allCases.filter { !$0.isStrong && $0 != .numericPostcode && $0 != .date }
        guard let best = candidates.map({ ($0, evidence.share($0)) }).max(by: { $0.1 < $1.1 }) else { return nil }
        let needed = best.0 == .nationalIDNumber || best.0 == .url ? 0.9 : 0.8
        guard best.1 >= needed, best.0.kind.fits(column.logicalType) else { return nil }
        return (best.0, best.1)
    }

    /// The signal that best supports `kind`, with its share.
    private func supportingSignal(_ kind: PIIKind) -> (signal: ValueSignal?, share: Double) {
        if kind == .dateOfBirth {
            let share = evidence.examined == 0 ? 0 : Double(evidence.datesInBirthRange) / Double(evidence.examined)
            return (.date, share)
        }
        let supporters: [ValueSignal]
        switch kind {
        case .name: supporters = [.fullName, .firstName, .lastName]
        case .firstName: supporters = [.firstName, .fullName]
        case .lastName: supporters = [.lastName, .fullName]
        default: supporters = ValueSignal.allCases.filter { $0.kind == kind && $0 != .date }
        }
        let best = supporters.map { ($0, evidence.share($0)) }.max { $0.1 < $1.1 }
        return (best?.0, best?.1 ?? 0)
    }

    /// A `name` column of single given names is first names; of single family names, last names.
    private func refinedPersonName() -> PIIKind {
        let full = evidence.share(.fullName), first = evidence.share(.firstName), last = evidence.share(.lastName)
        if full >= 0.3 { return .name }
        // The lists overlap (`James`, `Thomas` are both), so a tie goes to given names.
        if first >= 0.6 && first >= last { return .firstName }
        if last >= 0.6 && last > first { return .lastName }
        return .name
    }

    // MARK: - Text, JSON and dates

    /// Free text, arrays or JSON holding personal data inside.
    private func fromText() -> Verdict? {
        guard evidence.examined > 0 else { return nil }
        let opening = name.best?.kind == .freeText ? name.best?.reason ?? namePart : namePart
        if evidence.jsonDocumentsWithPersonalData > 0 {
            let share = Double(evidence.jsonDocumentsWithPersonalData) / Double(evidence.examined)
            var parts: [String] = []
            if !evidence.jsonKeyKinds.isEmpty {
                parts.append("keys naming " + evidence.jsonKeyKinds.keys.map(\.spokenName).sorted().joined(separator: ", "))
            }
            if !evidence.jsonLeafSignals.isEmpty {
                parts.append("values that are " + evidence.jsonLeafSignals.keys.sorted().map(\.plural).joined(separator: ", "))
            }
            if !evidence.embedded.isEmpty {
                parts.append("text holding " + embeddedList)
            }
            return Verdict(kind: .freeText, confidence: min(0.95, 0.8 + 0.15 * share),
                           reason: "\(opening); \(percent(share)) of \(sampleText) are JSON with \(parts.joined(separator: "; "))")
        }
        let examined = Double(evidence.examined)
        if evidence.textsWithEmbeddedData > 0 {
            let share = Double(evidence.textsWithEmbeddedData) / examined
            return Verdict(kind: .freeText, confidence: min(0.95, 0.75 + 0.5 * share),
                           reason: "\(opening); \(percent(share)) of \(sampleText) hold \(embeddedList) (free text)")
        }
        let nameShare = Double(evidence.textsWithNames) / examined
        // Titles of songs, books or products mention given names now and then: where the name says the
        // column is not personal, names must be common in it.
        let enoughNames = name.isNonPersonal
            ? evidence.textsWithNames >= 3 && nameShare >= 0.1
            : evidence.textsWithNames >= 2 || (evidence.textsWithNames == 1 && evidence.examined < 20)
        if enoughNames {
            // In a column named for names, names found inside make it a name column.
            if let best = name.best, best.kind.isPersonName {
                return Verdict(kind: best.kind, confidence: 0.65 + min(0.25, nameShare),
                               reason: "\(best.reason); \(percent(nameShare)) of \(sampleText) hold person names")
            }
            return Verdict(kind: .freeText, confidence: 0.65 + min(0.25, nameShare),
                           reason: "\(opening); \(percent(nameShare)) of \(sampleText) hold person names (free text)")
        }
        return nil
    }

    /// Dates that spread like birth dates, without a name saying so.
    private func fromDateSpread() -> Verdict? {
        // A name that says what the date is (`hire_date`, `created_at`) is not a birth date, however it spreads.
        guard evidence.datesLookLikeBirths, !name.isNonPersonal, PIIKind.dateOfBirth.fits(column.logicalType) else { return nil }
        let confidence: Double
        switch tableContext {
        case .people: confidence = 0.6
        case .unknown: confidence = 0.45
        case .organisations, .things: confidence = 0.3
        }
        let share = Double(evidence.datesInBirthRange) / Double(max(evidence.examined, 1))
        return Verdict(kind: .dateOfBirth, confidence: confidence,
                       reason: "\(namePart); \(percent(share)) of \(sampleText) are past dates spread over decades, like birth dates")
    }

    // MARK: - Wording

    /// The name's part of a reason line.
    private var namePart: String {
        name.best?.reason ?? name.reason
    }

    /// `500 sampled values`, or `480 non-null values (500 sampled)`.
    private var sampleText: String {
        evidence.examined == evidence.sampled ? "\(evidence.sampled) sampled values" : "\(evidence.examined) non-null values (\(evidence.sampled) sampled)"
    }

    /// The embedded kinds, most frequent first: `emails and phone numbers`.
    private var embeddedList: String {
        let kinds = evidence.embedded.sorted { ($0.value, $1.key.rawValue) > ($1.value, $0.key.rawValue) }
            .map { $0.key == .fullName ? "person names" : $0.key.plural }
        guard kinds.count > 1, let last = kinds.last else { return kinds.first ?? "" }
        return kinds.dropLast().joined(separator: ", ") + " and " + last
    }

    /// A share as a whole percentage, rounded down so that 499 of 500 never reads 100 %; `<1 %` for a
    /// share above zero that rounds to nothing.
    private func percent(_ share: Double) -> String {
        let whole = Int((share * 100 + 1e-9).rounded(.down))
        return whole == 0 && share > 0 ? "<1 %" : "\(whole) %"
    }
}
