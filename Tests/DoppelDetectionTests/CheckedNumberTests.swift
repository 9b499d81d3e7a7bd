import DoppelPolicy
import Testing
@testable import DoppelDetection

/// Numbers with check digits: a wrong check digit is always rejected.
@Suite struct CheckedNumberTests {
    private func bytes(_ text: String) -> ArraySlice<UInt8> { Array(text.utf8)[...] }

    @Test(arguments: [
        "DE89 3704 0044 0532 0130 00", "DE89370400440532013000", "GB82 WEST 1234 5698 7654 32", "NL91ABNA0417164300",
        "FR1420041010050500013M02606", "gb82west12345698765432",
    ])
    func acceptsValidIBANs(iban: String) {
        #expect(BankNumberDetector.isIBAN(bytes(iban)))
    }

    @Test(arguments: [
        "DE89 3704 0044 0532 0130 01", "DE89370400440532013", "XX89370400440532013000", "NL91ABNA041716430",
        "GB82  WEST 1234 5698 7654 32", "SKU-2024-000123-AB",
    ])
    func rejectsInvalidIBANs(iban: String) {
        #expect(!BankNumberDetector.isIBAN(bytes(iban)))
    }

    @Test(arguments: ["4111 1111 1111 1111", "4111-1111-1111-1111", "5555555555554444", "378282246310005", "6011111111111117", "3530111333300000"])
    func acceptsValidCards(card: String) {
        #expect(BankNumberDetector.isPaymentCard(bytes(card)))
    }

    @Test(arguments: [
        "4111111111111112", "5555555555554445", "1234567812345670", "0000000000000000", "4111 1111 1111", "9999999999999995",
    ])
    func rejectsInvalidCards(card: String) {
        #expect(!BankNumberDetector.isPaymentCard(bytes(card)))
    }

    @Test(arguments: [
        "123-45-6789", "078 05 1120", "AB 12 34 56 C", "AB123456C", "12345678Z", "X1234567L", "529.982.247-25", "52998224725",
        "1 84 12 76 451 089 46", "RSSMRA85T10A562S", "046 454 286",
    ])
    func acceptsNationalIDs(id: String) {
        #expect(NationalIDDetector.signal(bytes(id)) == .nationalID, "\(id)")
    }

    @Test(arguments: [
        "000-12-3456", "666-12-3456", "912-12-3456", "123-00-4567", "123-45-0000", "DA123456C", "AB123456E", "GB123456A",
        "12345678A", "529.982.247-26", "11111111111", "1 84 12 76 451 089 47", "RSSMRA85T10A562T", "046 454 287",
    ])
    func rejectsNationalIDsWithWrongChecksOrRules(id: String) {
        #expect(NationalIDDetector.signal(bytes(id)) != .nationalID, "\(id)")
    }

    @Test func bareNumbersPassingAChecksumAreOnlyWeak() {
        #expect(NationalIDDetector.signal(bytes("111222333")) == .nationalIDNumber)
        #expect(NationalIDDetector.signal(bytes("123456782")) == .nationalIDNumber)
        #expect(NationalIDDetector.signal(bytes("86095742719")) == .nationalIDNumber)
        #expect(NationalIDDetector.signal(bytes("123456789")) == nil)
        #expect(NationalIDDetector.signal(bytes("86095742718")) == nil)
    }

    @Test func checkDigitAlgorithms() {
        #expect(CheckDigits.luhn([0, 4, 6, 4, 5, 4, 2, 8, 6]))
        #expect(!CheckDigits.luhn([0, 4, 6, 4, 5, 4, 2, 8, 7]))
        #expect(CheckDigits.dutchElevenProof([1, 1, 1, 2, 2, 2, 3, 3, 3]))
        #expect(!CheckDigits.dutchElevenProof([1, 2, 3, 4, 5, 6, 7, 8, 9]))
        #expect(CheckDigits.spanishIDLetter(12_345_678) == UInt8(ascii: "Z"))
        #expect(CheckDigits.italianFiscalCodeLetter(Array("RSSMRA85T10A562".utf8)[...]) == UInt8(ascii: "S"))
        #expect(CheckDigits.germanTaxID([8, 6, 0, 9, 5, 7, 4, 2, 7, 1, 9]))
    }
}
