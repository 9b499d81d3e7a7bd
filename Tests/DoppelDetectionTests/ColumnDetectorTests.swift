import DoppelCore
import DoppelPolicy
import Testing
@testable import DoppelDetection

/// Whole columns: name, type and sample combined.
@Suite struct ColumnDetectorTests {
    let detector: PersonalDataDetector
    let today = CivilDate(year: 2026, month: 12, day: 3)

    init() throws {
        detector = try PersonalDataDetector.standard()
    }

    private func detect(_ table: String, _ column: String, type: LogicalType = .text, declared: String = "", _ values: [Value]) -> ColumnDetection {
        detector.detect(ColumnDescription(table: table, column: column, logicalType: type, declaredType: declared), values: values, today: today)
    }

    private func texts(_ count: Int, _ make: (Int) -> String) -> [Value] {
        (0..<count).map { .text(make($0)) }
    }

    @Test func emailsByNameAndValues() {
        let detection = detect("customers", "email", texts(500) { "user\($0)@example.com" })
        #expect(detection.kind == .email)
        #expect(detection.confidence > 0.95)
        #expect(detection.reason == "name matches email; 100 % of 500 sampled values are emails")
    }

    @Test func valuesWinOverAMisleadingName() {
        let detection = detect("accounts", "code", texts(100) { "person\($0)@example.org" })
        #expect(detection.kind == .email)
        #expect(detection.reason.hasPrefix("name looks non-personal (code); 100 % of 100 sampled values are emails"))
        let phones = detect("contacts", "phone", texts(50) { "p\($0)@example.org" })
        #expect(phones.kind == .email)
        #expect(phones.reason.contains("but 100 %"))
    }

    @Test func nameAloneDecidesForAnEmptyOrAllNullColumn() {
        let empty = detect("patients", "ssn", [])
        #expect(empty.kind == .nationalID)
        #expect(empty.reason == "name matches national id; no values sampled")
        let nulls = detect("patients", "date_of_birth", type: .date, Array(repeating: .null, count: 40))
        #expect(nulls.kind == .dateOfBirth)
        #expect(nulls.reason == "name matches date of birth; all 40 sampled values are null")
        let keys = detect("patients", "created_at", type: .timestamp, Array(repeating: .null, count: 40))
        #expect(keys.kind == nil)
        #expect(keys.defaultsToKeep)
    }

    @Test func freeTextWithoutATellingName() {
        var values = texts(88) { "Parcel \($0) left at the door as asked." }
        values += texts(12) { "Customer wants replies at buyer\($0)@example.com only." }
        let detection = detect("orders", "extra", values)
        #expect(detection.kind == .freeText)
        #expect(detection.reason == "no name match; 12 % of 100 sampled values hold emails (free text)")
        #expect(detection.evidence.textsWithEmbeddedData == 12)
    }

    @Test func notesWithNamesAreFreeText() {
        let values = texts(30) { $0 % 3 == 0 ? "Spoke with Mary Johnson about invoice \($0)" : "No answer, retry \($0)" }
        let detection = detect("tickets", "notes", values)
        #expect(detection.kind == .freeText)
        #expect(detection.reason.contains("hold person names"))
    }

    @Test func jsonColumns() {
        let values = texts(20) { #"{"id": \#($0), "shipping": {"email": "x\#($0)@example.com", "city": "Berlin"}}"# }
        let detection = detect("orders", "payload", type: .json, declared: "jsonb", values)
        #expect(detection.kind == .freeText)
        #expect(detection.evidence.jsonDocuments == 20)
        #expect(detection.evidence.jsonKeyKinds[.email] == 20)
        #expect(detection.reason.contains("JSON with keys naming"))
        let settings = detect("orders", "options", type: .json, texts(20) { #"{"gift_wrap": true, "priority": \#($0)}"# })
        #expect(settings.kind == nil)
    }

    @Test func arraysOfEmailsAreEmails() {
        let detection = detect("users", "aliases", declared: "text[]", texts(30) { "{a\($0)@example.com,\"b\($0)@example.net\"}" })
        #expect(detection.kind == .email)
        #expect(detection.evidence.arrays == 30)
    }

    @Test func tableContextForNames() {
        let names = ["Ada Lovelace", "Mary Johnson", "James Wilson", "Linda Garcia", "Robert Brown"]
        let employees = detect("employees", "name", texts(50) { names[$0 % names.count] })
        #expect(employees.kind == .name)
        let products = detect("products", "name", texts(50) { "Deluxe Widget \($0)" })
        #expect(products.kind == nil)
        #expect(products.defaultsToKeep)
        let firstNames = detect("clientes", "nombre", texts(40) { ["Maria", "Jose", "Carmen", "Juan"][$0 % 4] })
        #expect(firstNames.kind == .firstName)
    }

    @Test func namesFoundInsideMakeANameColumn() {
        let detection = detect("artists", "name", texts(30) { ["The Mary Johnson Trio", "Aerosmith", "Accept"][$0 % 3] })
        #expect(detection.kind == .name)
        #expect(detection.reason == "name matches name (table of unknown subject); 33 % of 30 sampled values hold person names")
    }

    @Test func birthDatesNeedANameOrABirthLikeSpread() {
        let births = texts(200) { "19\(40 + $0 % 60)-0\(1 + $0 % 9)-1\($0 % 10)" }
        #expect(detect("users", "dob", births).kind == .dateOfBirth)
        #expect(detect("members", "d1", births).kind == .dateOfBirth)
        let orders = texts(200) { "2026-0\(1 + $0 % 9)-1\($0 % 10)" }
        #expect(detect("orders", "placed_on", orders).kind == nil)
        #expect(detect("members", "d1", orders).kind == nil)
    }

    @Test func fiveDigitNumbersArePostcodesOnlyByName() {
        let codes: [Value] = (0..<100).map { .integer(Int64(10000 + $0 * 37)) }
        #expect(detect("customers", "plz", type: .integer, codes).kind == .postcode)
        #expect(detect("orders", "quantity", type: .integer, codes).kind == nil)
        #expect(detect("orders", "reference", type: .integer, codes).kind == nil)
    }

    @Test(arguments: [
        ("products", "title", ["Deluxe Coffee Grinder", "Steel Kettle 1.5 L", "Street Fighter II", "Blue Widget"]),
        ("products", "sku", ["SKU-10023", "SKU-20045", "AB-1234-X", "ZX-99"]),
        ("orders", "order_number", ["ORD-2024-000123", "ORD-2024-000124", "2024-000125", "INV/2024/77"]),
        ("orders", "amount", ["19.99", "1,234.56", "0.50", "12345.67"]),
        ("orders", "placed_on", ["2026-01-15", "2026-02-01 10:30:00", "2025-12-24T08:00:00Z", "2026-03-03"]),
        ("events", "ref", ["8f14e45f-ceea-467a-9af0-3ce0b6a5e7a1", "1c383cd3-0b7c-45d4-b4c8-9b5c4e9e1d20", "c9f0f895-fb98-4b91-99f5-1f2e0e5e7a77", "45c48cce-2e2d-4fbd-a43d-9e7a3a9b1b0c"]),
        ("products", "code", ["12345678", "23456789", "34567890", "45678901"]),
        ("products", "color", ["Brown", "White", "Black", "Green"]),
        ("t", "colour", ["Brown", "White", "Black", "Green"]),
    ])
    func doesNotFlagOrdinaryBusinessData(table: String, column: String, samples: [String]) {
        let values = texts(100) { samples[$0 % samples.count] }
        let detection = detect(table, column, values)
        #expect(detection.kind == nil, "\(table).\(column): \(detection.reason)")
    }

    @Test func overwhelmingWeakEvidenceDecidesAlone() {
        let given = ["Mary", "Patricia", "Linda", "Barbara", "Elizabeth", "Jennifer", "Maria", "Susan", "Margaret", "Dorothy",
                     "James", "John", "Robert", "Michael", "William", "David", "Richard", "Charles", "Joseph", "Thomas"]
        let detection = detect("t", "c1", texts(100) { given[$0 % given.count] })
        #expect(detection.kind == .firstName)
        #expect(detection.reason == "no name match; 100 % of 100 sampled values are first names")
    }

    @Test func aSensitiveNameStandsWhenValuesHaveItsShape() {
        let numbers: [Value] = (0..<50).map { .text(String(100_000_000 + $0 * 7919)) }
        let detection = detect("employees", "ssn", numbers)
        #expect(detection.kind == .nationalID)
        #expect(detection.reason.contains("have its shape"))
        let words = detect("employees", "ssn", texts(50) { _ in "pending" })
        #expect(words.kind == .nationalID)
        #expect(words.confidence < 0.6)
        #expect(words.reason.contains("but only 0 %"))
    }

    @Test func aCheckedNumberBeatsAPhoneShape() {
        let sins = texts(30) { _ in "046 454 286" }
        #expect(detect("t", "c", sins).kind == .nationalID)
        #expect(detect("employees", "sin", sins).kind == .nationalID)
    }

    @Test func checksumsDecideNumberColumns() {
        let cards = texts(40) { _ in "4111 1111 1111 1111" }
        #expect(detect("payments", "details", cards).kind == .accountNumber)
        let wrong = texts(40) { _ in "4111 1111 1111 1112" }
        #expect(detect("payments", "details", wrong).kind == nil)
        let ibans = texts(40) { $0 % 2 == 0 ? "DE89 3704 0044 0532 0130 00" : "GB82 WEST 1234 5698 7654 32" }
        #expect(detect("payouts", "target", ibans).kind == .accountNumber)
    }

    @Test func sampleLimitBoundsTheEvidence() {
        let detection = detector.detect(ColumnDescription(table: "users", column: "email"), values: texts(50) { "u\($0)@example.com" }, sampleLimit: 20, today: today)
        #expect(detection.evidence.sampled == 20)
    }
}
