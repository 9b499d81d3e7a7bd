package import DoppelPolicy
import Foundation

/// What one JSON document holds: personal kinds its keys name, signals its leaves give whole, and
/// personal data found inside its longer string leaves. Kinds only, never a key path's value.
package struct JSONFindings: Hashable, Sendable {
    /// Kinds the keys name (`"email"`, `"telefono"`, `"firstName"`), through the name classifier.
    package var keyKinds: Set<PIIKind> = []
    /// Strong signals of whole leaves (a leaf that is an email, an IBAN…), and full names.
    package var leafSignals: Set<ValueSignal> = []
    /// Personal data inside longer string leaves (free text).
    package var embedded: Set<ValueSignal> = []

    /// Whether anything personal was found.
    package var isEmpty: Bool { keyKinds.isEmpty && leafSignals.isEmpty && embedded.isEmpty }
}

/// Parses JSON text and walks it: object keys go through the column-name classifier (in the column's
/// table context), leaves through the value detectors and the free-text scanner.
package struct JSONWalker: Sendable {
    let names: ColumnNameClassifier
    let values: ValueClassifier
    let text: FreeTextScanner

    /// The deepest nesting walked; deeper parts are skipped.
    static let maximumDepth = 32

    /// A walker classifying keys with `names` and leaves with `values`.
    package init(names: ColumnNameClassifier, values: ValueClassifier) {
        self.names = names
        self.values = values
        text = FreeTextScanner(classifier: values)
    }

    /// Whether `text` looks like a JSON object or array (cheap test before parsing).
    package static func looksLikeJSON(_ text: String) -> Bool {
        let trimmed = text.drop { $0 == " " || $0 == "\n" || $0 == "\t" }
        guard let first = trimmed.first else { return false }
        return first == "{" || first == "["
    }

    /// What `json` holds, in `table`'s context; nil when it is not valid JSON.
    package func walk(_ json: String, table: String) -> JSONFindings? {
        guard let root = try? JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed]) else { return nil }
        var findings = JSONFindings()
        visit(root, key: nil, table: table, depth: 0, into: &findings)
        return findings
    }

    private func visit(_ node: Any, key: String?, table: String, depth: Int, into findings: inout JSONFindings) {
        guard depth <= Self.maximumDepth else { return }
        if let object = node as? [String: Any] {
            for (childKey, child) in object {
                let classification = names.classify(table: table, column: childKey)
                if let best = classification.best, best.confidence >= 0.5 {
                    findings.keyKinds.insert(best.kind)
                }
                visit(child, key: childKey, table: table, depth: depth + 1, into: &findings)
            }
        } else if let array = node as? [Any] {
            for element in array {
                visit(element, key: key, table: table, depth: depth + 1, into: &findings)
            }
        } else if let string = node as? String {
            let reading = values.read(text: string)
            findings.leafSignals.formUnion(reading.signals.filter { $0.isStrong })
            if string.contains(" ") && string.count > 20 {
                findings.embedded.formUnion(text.scan(string))
            }
        }
    }
}
