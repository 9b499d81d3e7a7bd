import DoppelPolicy
import Testing
@testable import DoppelDetection

/// Emails, phones, IP and MAC addresses, URLs.
@Suite struct ContactDetectorTests {
    private func bytes(_ text: String) -> ArraySlice<UInt8> { Array(text.utf8)[...] }

    @Test(arguments: ["ada@example.com", "first.last+tag@mail.example.co.uk", "o'brien@example.ie", "x_y-z@sub-domain.example.org", "jürgen@example.de"])
    func acceptsEmails(email: String) {
        #expect(EmailDetector.isEmail(bytes(email)), "\(email)")
    }

    @Test(arguments: ["ada@", "@example.com", "ada@example", "ada@@example.com", "ada.@example.com", "a..b@example.com", "ada@example.c0m", "ada@-example.com", "ada example@x.com"])
    func rejectsNonEmails(text: String) {
        #expect(!EmailDetector.isEmail(bytes(text)), "\(text)")
    }

    @Test(arguments: [
        "+1 (780) 434-4554", "+55 (12) 3923-5555", "+49 030 26550280", "+420 2 4172 5555", "+442079460958", "0044 20 7946 0958",
        "030 1234567", "06-12345678", "07700 900123", "(212) 555-0187", "212-555-0187", "212.555.0187", "1-212-555-0187",
        "555-0187", "+33 6 12 34 56 78", "06 12 34 56 78", "+1 212 555 0187 x123", "(030) 12345678",
        "612 34 56 78", "912 345 678", "347 123 4567",
    ])
    func acceptsPhones(phone: String) {
        #expect(PhoneDetector.isPhone(bytes(phone)), "\(phone)")
    }

    @Test(arguments: [
        "12345678", "2125550187", "1234567890123", "2024-01-15", "15.01.2024", "01/15/2024", "1234.56", "1,234,567", "12345.67",
        "192.168.100.200", "ORD-2024-000123", "2024-000123", "978-3-16-148410-0", "4111 1111 1111 1111", "123-45-6789",
        "SKU 12345 678", "+0 123 456 789", "3.14159265", "v1.2.3", "123 456 789", "12 34 56 78",
    ])
    func rejectsIdsAmountsAndDates(text: String) {
        #expect(!PhoneDetector.isPhone(bytes(text)), "\(text)")
    }

    @Test func ipAddresses() {
        for address in ["192.168.1.10", "10.0.0.1", "8.8.8.8", "2001:db8::1", "::1", "fe80::1%eth0", "2001:0db8:85a3:0000:0000:8a2e:0370:7334", "::ffff:192.0.2.1", "10.1.2.0/24"] {
            #expect(NetworkAddressDetector.isIPAddress(bytes(address)), "\(address)")
        }
        for text in ["256.1.1.1", "1.2.3", "01.2.3.4", "1.2.3.4.5", "12:30:45", "2001:db8:::1", "1:2:3:4:5:6:7:8:9", "2024.01.15", "10.5"] {
            #expect(!NetworkAddressDetector.isIPAddress(bytes(text)), "\(text)")
        }
    }

    @Test func macAddresses() {
        for address in ["00:1A:2B:3C:4D:5E", "00-1a-2b-3c-4d-5e", "001a.2b3c.4d5e"] {
            #expect(NetworkAddressDetector.isMACAddress(bytes(address)), "\(address)")
        }
        for text in ["00:1A:2B:3C:4D", "00:1A:2B:3C:4D:5G", "00:1A-2B:3C:4D:5E", "12:30:45:10:20:30:40"] {
            #expect(!NetworkAddressDetector.isMACAddress(bytes(text)), "\(text)")
        }
    }

    @Test func urls() {
        #expect(URLDetector.signal(bytes("https://ada:secret@db.example.com/path")) == .urlWithUserInfo)
        #expect(URLDetector.signal(bytes("ftp://ada@files.example.com")) == .urlWithUserInfo)
        #expect(URLDetector.signal(bytes("https://example.com/users/42")) == .url)
        #expect(URLDetector.signal(bytes("www.example.org")) == .url)
        #expect(URLDetector.signal(bytes("http://localhost:8080/x")) == .url)
        #expect(URLDetector.signal(bytes("https://example.com/@ada")) == .url)
        #expect(URLDetector.signal(bytes("not a url")) == nil)
        #expect(URLDetector.signal(bytes("mailto:ada@example.com")) == nil)
        #expect(URLDetector.signal(bytes("C:\\Users\\ada")) == nil)
    }
}
