import DoppelCore
import DoppelPolicy
import Testing
@testable import DoppelDetection

/// A detection carries counts, never a sampled value: not in its description, its reason, its evidence
/// or its name classification.
@Suite struct DetectionPrivacyTests {
    let detector: PersonalDataDetector

    init() throws {
        detector = try PersonalDataDetector.standard()
    }

    /// Values distinctive enough that finding one of them (or a long piece of one) in text is a leak.
    static let samples = [
        "zelda.quackenbush@example.com", "+44 20 7946 0958", "DE89 3704 0044 0532 0130 00", "4111 1111 1111 1111",
        "078-05-1120", "192.168.77.201", "Hauptstraße 57", "Mary Quackenbush",
        "Please call Zelda Quackenbush on 030 7654321 about refund 99812",
        #"{"email": "zelda.quackenbush@example.com", "note": "met Mary Johnson in Quackenbush Park"}"#,
        "{quackenbush@example.org,\"zelda@example.net\"}", "1962-02-18",
    ]

    @Test(arguments: [
        ("customers", "email"), ("customers", "notes"), ("orders", "payload"), ("users", "aliases"), ("t", "c"),
    ])
    func noSampledValueAppearsInADetection(table: String, column: String) {
        let values = (0..<60).map { Value.text(Self.samples[$0 % Self.samples.count]) }
        let detection = detector.detect(ColumnDescription(table: table, column: column, declaredType: column == "aliases" ? "text[]" : ""), values: values)
        let rendered = [detection.description, detection.reason, String(describing: detection.evidence), String(describing: detection.name)]
            .joined(separator: "\n")
        for sample in Self.samples {
            #expect(!rendered.contains(sample), "\(table).\(column) shows a sampled value")
        }
        for fragment in ["quackenbush", "Quackenbush", "Zelda", "7946", "0532", "1111 1111", "05-1120", "77.201", "Hauptstra", "1962", "99812"] {
            #expect(!rendered.contains(fragment), "\(table).\(column) shows part of a sampled value")
        }
    }
}
