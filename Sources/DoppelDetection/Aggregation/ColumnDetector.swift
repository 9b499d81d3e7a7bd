package import DoppelCore
import DoppelPolicy
import Foundation

/// Detects personal data in one column from its name, its type and a bounded sample of its values.
///
/// Feed it values with ``add(_:)`` (NULLs included, so the evidence can count them), then ask for the
/// ``detection()``. Text values are read whole by the value detectors, scanned as free text, walked as
/// JSON or split as PostgreSQL arrays; integers are read as numbers. Only counts are kept, besides the
/// day numbers of dated values until the detection is made.
///
/// - Complexity: O(sample limit) memory; values past the limit are ignored.
package struct ColumnDetector: Sendable {
    /// The column.
    package let column: ColumnDescription
    /// What its name says.
    package let name: NameClassification
    /// How many values are read at most.
    package let sampleLimit: Int
    private let tableContext: TableContext
    private let today: CivilDate
    private let values: ValueClassifier
    private let text: FreeTextScanner
    private let json: JSONWalker
    private var evidence = ColumnEvidence()
    private var dates = BirthDateDistribution()
    /// Hashes of the examined values, to count distinct ones; dropped with the detector.
    private var hashes: Set<Int> = []

    /// A detector for `column`. `today` dates the birth-date checks (by default, the current UTC day).
    package init(column: ColumnDescription, detector: PersonalDataDetector, sampleLimit: Int = 1000, today: CivilDate? = nil) {
        self.column = column
        let tableContext = TableContext(tableName: column.table, columns: column.siblingColumns)
        name = detector.names.classify(table: column.table, column: column.column, type: column.logicalType, context: tableContext)
        self.sampleLimit = sampleLimit
        self.tableContext = tableContext
        self.today = today ?? ColumnDetector.currentDay()
        values = detector.values
        text = FreeTextScanner(classifier: detector.values)
        json = JSONWalker(names: detector.names, values: detector.values)
    }

    /// Adds one sampled value.
    package mutating func add(_ value: Value) {
        guard evidence.sampled < sampleLimit else { return }
        evidence.sampled += 1
        guard !value.isNull else { return }
        evidence.nonNull += 1
        if case .blob = value { return }
        evidence.examined += 1
        if hashes.insert(value.hashValue).inserted { evidence.distinct += 1 }
        for candidate in name.candidates where KindShape.fits(value, candidate.kind) {
            evidence.shapeFits[candidate.kind, default: 0] += 1
        }
        switch value {
        case .text(let string): add(text: string)
        case .integer, .real: count(values.read(value))
        case .null, .blob: break
        }
    }

    /// Adds every value of `sample`.
    package mutating func add<Sample: Sequence<Value>>(contentsOf sample: Sample) {
        for value in sample { add(value) }
    }

    /// The decision from the name and the values added so far.
    package func detection() -> ColumnDetection {
        var evidence = evidence
        evidence.datesInBirthRange = dates.countInBirthRange(today: today)
        evidence.datesLookLikeBirths = dates.looksLikeBirthDates(today: today)
        return DetectionDecision(column: column, name: name, evidence: evidence, tableContext: tableContext).decide()
    }

    private mutating func add(text string: String) {
        if column.isJSON || JSONWalker.looksLikeJSON(string), let findings = json.walk(string, table: column.table) {
            count(findings)
            return
        }
        if column.isArray || (string.first == "{" && string.last == "}"), let elements = PostgresArrayText.elements(string) {
            addArray(elements.compactMap { $0 })
            return
        }
        let reading = values.read(text: string)
        count(reading)
        if !reading.signals.contains(where: \.isStrong), string.contains(" ") {
            count(embedded: text.scan(string))
        }
    }

    /// An array counts as giving a signal when at least half of its non-null elements give it.
    private mutating func addArray(_ elements: [String]) {
        evidence.arrays += 1
        var signalCounts: [ValueSignal: Int] = [:]
        var embedded: Set<ValueSignal> = []
        for element in elements {
            let reading = values.read(text: element)
            for signal in reading.signals { signalCounts[signal, default: 0] += 1 }
            if let date = reading.date { dates.add(date) }
            if !reading.signals.contains(where: \.isStrong), element.contains(" ") { embedded.formUnion(text.scan(element)) }
        }
        for (signal, matched) in signalCounts where matched * 2 >= elements.count {
            evidence.matches[signal, default: 0] += 1
        }
        // Personal data in some elements only is personal data all the same.
        for (signal, matched) in signalCounts where signal.isStrong && matched * 2 < elements.count {
            embedded.insert(signal)
        }
        count(embedded: embedded)
    }

    private mutating func count(_ reading: ValueClassifier.Reading) {
        for signal in reading.signals { evidence.matches[signal, default: 0] += 1 }
        if let date = reading.date { dates.add(date) }
    }

    private mutating func count(embedded found: Set<ValueSignal>) {
        guard !found.isEmpty else { return }
        for signal in found { evidence.embedded[signal, default: 0] += 1 }
        if found.contains(where: { $0 != .fullName }) { evidence.textsWithEmbeddedData += 1 }
        if found.contains(.fullName) { evidence.textsWithNames += 1 }
    }

    private mutating func count(_ findings: JSONFindings) {
        evidence.jsonDocuments += 1
        for kind in findings.keyKinds { evidence.jsonKeyKinds[kind, default: 0] += 1 }
        for signal in findings.leafSignals { evidence.jsonLeafSignals[signal, default: 0] += 1 }
        if !findings.isEmpty { evidence.jsonDocumentsWithPersonalData += 1 }
        count(embedded: findings.embedded)
    }

    /// Today's date in UTC.
    private static func currentDay() -> CivilDate {
        CivilDate(daysSinceEpoch: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
    }
}
