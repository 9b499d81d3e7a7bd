package import DoppelCore
import DoppelPolicy

/// Classifies a column by its name, its table's name and its type, offline, from hand-written
/// dictionaries in seven languages (``NameVocabulary``, ``ContextVocabulary``).
///
/// The longest matching phrase wins (`ip address` over `address`); a word about the data rather than
/// the data (`email_verified`, `phone_type`, `is_…`) or a type that cannot hold the kind (an
/// `email_sent_at` timestamp) makes the column non-personal; a reference (`address_id`) is a key.
package struct ColumnNameClassifier: Sendable {
    /// A classifier with the built-in vocabularies.
    package init() {}

    /// Classifies `column` of `table`; `type` defaults to text when unknown. `siblings`, the table's other
    /// columns, can show a table of people whose name does not say so (``TableContext/init(tableName:columns:)``).
    package func classify(table: String, column: String, type: LogicalType = .any, siblings: [String] = []) -> NameClassification {
        classify(table: table, column: column, type: type, context: TableContext(tableName: table, columns: siblings))
    }

    /// Classifies `column` of `table`, whose context (``TableContext/init(tableName:columns:)``) is known.
    package func classify(table: String, column: String, type: LogicalType, context tableContext: TableContext) -> NameClassification {
        let tokens = NameTokens(column)
        guard !tokens.words.isEmpty else { return .silent }
        let matches = NameVocabulary.personal.compactMap { $0.match(in: tokens) }
            .sorted { ($0.phrase.count, $0.rule.confidence) > ($1.phrase.count, $1.rule.confidence) }
        let nonPersonal = ContextVocabulary.nonPersonal.compactMap { $0.match(in: tokens) }
            .max { $0.phrase.count < $1.phrase.count }
        // A phrase inside a longer one that matched is no match of its own: `address` in `ip address`, and
        // `login` in the non-personal `last login` (while `last_login_ip` is still an IP address).
        let personal = matches.filter { match in
            !matches.contains { $0.phrase.count > match.phrase.count && $0.phrase.contains(match.phrase) }
                && !(nonPersonal.map { $0.phrase.count > match.phrase.count && $0.phrase.contains(match.phrase) } ?? false)
        }

        if type == .boolean || type == .uuid {
            return NameClassification(candidates: [], isNonPersonal: true, reason: "name looks non-personal (\(type.rawValue) column)")
        }
        guard let best = personal.first else {
            if let nonPersonal {
                return NameClassification(candidates: [], isNonPersonal: true, reason: "name looks non-personal (\(nonPersonal.spelling))")
            }
            return .silent
        }
        let qualifiers = NameTokens(words: best.qualifiers)
        if let modifier = ContextVocabulary.modifiers.lazy.compactMap({ $0.match(in: qualifiers) }).first {
            return NameClassification(candidates: [], isNonPersonal: true, reason: "name is about personal data, not data (\(modifier.spelling))")
        }
        if let last = tokens.words.last, ["id", "ids", "key", "fk", "uuid", "guid", "pk"].contains(last),
           best.qualifiers.last == last, !best.keepsIdentifierSuffix {
            return NameClassification(candidates: [], isNonPersonal: true, reason: "name looks like a reference (\(last))")
        }

        var candidates: [NameCandidate] = []
        var thingReason: String?
        var unfitReason: String?
        for match in personal {
            guard case .personal(let kind) = match.rule.meaning else { continue }
            let resolved = resolve(match, kind: kind, tableContext: tableContext, table: table)
            if resolved.isEmpty, thingReason == nil { thingReason = "`\(match.spelling)` of a thing" }
            for resolvedCandidate in resolved {
                var candidate = resolvedCandidate
                // `address jsonb` holds an address in pieces: personal data in a document.
                if type == .json && !candidate.kind.fits(type) {
                    candidate = NameCandidate(kind: .freeText, confidence: candidate.confidence, reason: "\(candidate.reason) in a JSON column")
                }
                if candidates.contains(where: { $0.kind == candidate.kind }) { continue }
                if candidate.kind.fits(type) {
                    candidates.append(candidate)
                } else if unfitReason == nil {
                    unfitReason = "name matches \(candidate.kind.spokenName), but the column is \(type.rawValue)"
                }
            }
        }
        if let first = candidates.first {
            return NameClassification(candidates: candidates, isNonPersonal: false, reason: first.reason)
        }
        return NameClassification(candidates: [], isNonPersonal: true, reason: "name looks non-personal (\(unfitReason ?? thingReason ?? best.spelling))")
    }

    /// The candidates one match gives once its table context is known; none for a thing's `name`.
    private func resolve(_ match: NameRuleMatch, kind: PIIKind, tableContext: TableContext, table: String) -> [NameCandidate] {
        let confidence = match.rule.confidence
        let reason = "name matches \(kind.spokenName)"
        guard match.rule.dependsOnTable else { return [NameCandidate(kind: kind, confidence: confidence, reason: reason)] }
        // A word in the column's own name (`customer` in `customer_name`) says more than the table's name.
        let qualifier = match.qualifiers.reversed().first { TableContext.of(word: $0) != nil }
        let context = qualifier.flatMap { TableContext.of(word: $0) } ?? tableContext
        let whose = qualifier.map { "a `\($0)`" } ?? describe(tableContext, table)
        switch context {
        case .things:
            return []
        case .organisations:
            if kind == .name { return [NameCandidate(kind: .company, confidence: 0.7, reason: "name matches name of \(whose)")] }
            return [NameCandidate(kind: kind, confidence: confidence * 0.5, reason: "\(reason) of \(whose)")]
        case .people:
            var candidates = [NameCandidate(kind: kind, confidence: confidence, reason: "\(reason) of \(whose)")]
            if kind == .courtesyTitle {
                candidates.append(NameCandidate(kind: .jobTitle, confidence: confidence - 0.05, reason: "name matches job title of \(whose)"))
            }
            return candidates
        case .unknown:
            return [NameCandidate(kind: kind, confidence: confidence * 0.6, reason: "\(reason) (table of unknown subject)")]
        }
    }

    private func describe(_ context: TableContext, _ table: String) -> String {
        switch context {
        case .people: return TableContext(tableName: table) == .people ? "a people table (\(table))" : "a table of people's data (\(table), by its columns)"
        case .organisations: return "an organisations table (\(table))"
        case .things: return "a things table (\(table))"
        case .unknown: return "table \(table)"
        }
    }
}

extension NameRuleMatch {
    /// Whether an `_id` after the phrase is still the data itself (`passport_id`, `email_id`), not a
    /// reference to another row (`address_id`, `account_id`).
    fileprivate var keepsIdentifierSuffix: Bool {
        guard case .personal(let kind) = rule.meaning, rule.confidence >= 0.8 else { return false }
        return kind == .nationalID || kind == .accountNumber || kind == .email || kind == .username
    }
}
