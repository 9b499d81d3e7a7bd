import DoppelCore
import DoppelPolicy
import Testing
@testable import DoppelDetection

/// Street addresses, postcodes, dates, and names and cities from the shipped lists.
@Suite struct PlaceAndPersonDetectorTests {
    let values: ValueClassifier

    init() throws {
        values = ValueClassifier(gazetteer: try Gazetteer.shared())
    }

    private func signals(_ text: String) -> Set<ValueSignal> {
        values.read(text: text).signals
    }

    @Test(arguments: [
        "1600 Amphitheatre Parkway", "123 Main St.", "742 Evergreen Terrace", "12 Main St Apt 4", "Hauptstraße 5",
        "Theodor-Heuss-Straße 34", "Bahnhofstr. 12", "Kerkstraat 12a", "12 rue de la Paix", "Calle Mayor 5",
        "Via Roma 10", "Av. Brigadeiro Faria Lima, 2170", "Rua Dr. Falcão Filho, 155", "221B Baker Street",
    ])
    func acceptsStreetAddresses(address: String) {
        #expect(signals(address).contains(.streetAddress), "\(address)")
    }

    @Test(arguments: ["Street Fighter 2", "Main Street", "3 Piece Dining Set", "Order 12345", "2 Way Radio", "Offering 3", "Rue", "iPhone 15 Pro"])
    func rejectsNonAddresses(text: String) {
        #expect(!signals(text).contains(.streetAddress), "\(text)")
    }

    @Test func postcodes() {
        for code in ["SW1A 1AA", "EC1A 1BB", "M1 1AE", "B33 8TH", "K1A 0B1", "H3Z2Y7", "1012 AB", "12345-6789", "01310-100"] {
            #expect(PostcodeDetector.signal(Array(code.utf8)[...]) == .postcode, "\(code)")
        }
        #expect(PostcodeDetector.signal(Array("10115".utf8)[...]) == .numericPostcode)
        #expect(PostcodeDetector.signal(Array("8001".utf8)[...]) == .numericPostcode)
        for text in ["SW1A", "1012 SS", "0123 AB", "12345-67", "ABC 123", "D1A 0B1", "123456"] {
            #expect(PostcodeDetector.signal(Array(text.utf8)[...]) != .postcode, "\(text)")
        }
    }

    @Test func dates() {
        #expect(DateDetector.date("1962-02-18") == CivilDate(year: 1962, month: 2, day: 18))
        #expect(DateDetector.date("1962-02-18 00:00:00") == CivilDate(year: 1962, month: 2, day: 18))
        #expect(DateDetector.date("18.02.1962") == CivilDate(year: 1962, month: 2, day: 18))
        #expect(DateDetector.date("02/18/1962") == CivilDate(year: 1962, month: 2, day: 18))
        #expect(DateDetector.date("1962-02-30") == nil)
        #expect(DateDetector.date("2024-13-01") == nil)
        #expect(DateDetector.date("12345") == nil)
    }

    @Test func namesAndCitiesFromTheShippedLists() {
        #expect(signals("Mary").contains(.firstName))
        #expect(signals("Smith").contains(.lastName))
        #expect(signals("Ada Lovelace").contains(.fullName))
        #expect(signals("MARY SMITH").contains(.fullName))
        #expect(signals("Smith, John").contains(.fullName))
        #expect(signals("Dr. James Wilson").contains(.fullName))
        #expect(signals("José García").contains(.fullName))
        #expect(signals("Berlin").contains(.city))
        #expect(signals("São Paulo").contains(.city))
        #expect(signals("Mr.").contains(.courtesyTitle))
        #expect(signals("Germany").contains(.country))
        #expect(!signals("Blue Widget").contains(.fullName))
        #expect(!signals("Rock").contains(.fullName))
        #expect(!signals("Deluxe Coffee Grinder").contains(.fullName))
        #expect(!signals("Deluxe Coffee Grinder").contains(.city))
        #expect(!signals("Widget").contains(.city))
    }

    @Test func integersAreNeverPhonesOrDates() {
        let reading = values.read(.integer(2_125_550_187))
        #expect(!reading.signals.contains(.phone))
        #expect(reading.date == nil)
        #expect(values.read(.integer(4_111_111_111_111_111)).signals.contains(.paymentCard))
        #expect(values.read(.integer(10115)).signals == [.numericPostcode])
    }
}
