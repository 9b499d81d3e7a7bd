package import DoppelPolicy

/// What a value detector recognised in one whole value. A value can give several signals (`Jackson`
/// is a first name, a last name and a city); the aggregator weighs them over a column's sample.
package enum ValueSignal: String, CaseIterable, Hashable, Sendable, Comparable {
    /// An email address (`local@domain.tld`, validated).
    case email
    /// A phone number: international (`+`, `00`), national with a trunk `0`, or a North American shape.
    case phone
    /// An IBAN with the right length for its country and a valid MOD 97-10 check.
    case iban
    /// A payment card number: 13–19 digits, a known issuer prefix and a valid Luhn check.
    case paymentCard = "payment_card"
    /// A national identifier in a distinctive format with its check: US SSN, UK NINO, Spanish DNI/NIE,
    /// Brazilian CPF, French NIR, Italian codice fiscale, Canadian SIN written in groups.
    case nationalID = "national_id"
    /// A bare number that passes a national identifier's check (Dutch BSN, German tax ID, SIN): weak,
    /// since a tenth of random numbers pass; it counts only with a supporting name or in bulk.
    case nationalIDNumber = "national_id_number"
    /// An IPv4 or IPv6 address.
    case ipAddress = "ip_address"
    /// A MAC address.
    case macAddress = "mac_address"
    /// A URL carrying user information (`https://user:password@host`).
    case urlWithUserInfo = "url_with_user_info"
    /// A plain URL or `www.` address: weak.
    case url
    /// A street address: a house number with a street word (`12 Main St`, `Hauptstraße 5`, `Via Roma 10`).
    case streetAddress = "street_address"
    /// A postcode of a distinctive shape: UK, Canadian, Dutch, US ZIP+4, Brazilian CEP.
    case postcode
    /// Four or five digits, which are postcodes only when the name says so.
    case numericPostcode = "numeric_postcode"
    /// A calendar date; whether it is a birth date depends on the name and on the sample's spread.
    case date
    /// A given name from the shipped lists.
    case firstName = "first_name"
    /// A family name from the shipped list.
    case lastName = "last_name"
    /// A given name followed by a family name (`Ada Lovelace`, `Lovelace, Ada`).
    case fullName = "full_name"
    /// A city from the shipped GeoNames list.
    case city
    /// A title of courtesy (`Mr.`, `Dr.`).
    case courtesyTitle = "courtesy_title"
    /// A job title from the shipped list.
    case jobTitle = "job_title"
    /// A country name.
    case country

    /// The personal kind the signal stands for.
    package var kind: PIIKind {
        switch self {
        case .email: return .email
        case .phone: return .phone
        case .iban, .paymentCard: return .accountNumber
        case .nationalID, .nationalIDNumber: return .nationalID
        case .ipAddress: return .ipAddress
        case .macAddress: return .other
        case .urlWithUserInfo, .url: return .url
        case .streetAddress: return .streetAddress
        case .postcode, .numericPostcode: return .postcode
        case .date: return .dateOfBirth
        case .firstName: return .firstName
        case .lastName: return .lastName
        case .fullName: return .name
        case .city: return .city
        case .courtesyTitle: return .courtesyTitle
        case .jobTitle: return .jobTitle
        case .country: return .country
        }
    }

    /// Whether the signal alone, in most of a sample, is enough to call the column personal.
    /// Weak signals (bare checked numbers, 5-digit numbers, dates, single words from name or city
    /// lists, plain URLs) need a name that agrees, or an overwhelming share.
    package var isStrong: Bool {
        switch self {
        case .email, .phone, .iban, .paymentCard, .nationalID, .ipAddress, .macAddress, .urlWithUserInfo,
             .streetAddress, .postcode, .fullName:
            return true
        case .nationalIDNumber, .url, .numericPostcode, .date, .firstName, .lastName, .city, .courtesyTitle,
             .jobTitle, .country:
            return false
        }
    }

    /// How the reason line names a value with this signal: `98 % of 500 sampled values are emails`.
    package var plural: String {
        switch self {
        case .email: return "emails"
        case .phone: return "phone numbers"
        case .iban: return "IBANs"
        case .paymentCard: return "payment card numbers"
        case .nationalID: return "national ids"
        case .nationalIDNumber: return "numbers passing a national id check"
        case .ipAddress: return "IP addresses"
        case .macAddress: return "MAC addresses"
        case .urlWithUserInfo: return "URLs with user info"
        case .url: return "URLs"
        case .streetAddress: return "street addresses"
        case .postcode: return "postcodes"
        case .numericPostcode: return "4- or 5-digit numbers"
        case .date: return "dates"
        case .firstName: return "first names"
        case .lastName: return "last names"
        case .fullName: return "full names"
        case .city: return "cities"
        case .courtesyTitle: return "titles of courtesy"
        case .jobTitle: return "job titles"
        case .country: return "countries"
        }
    }

    package static func < (lhs: ValueSignal, rhs: ValueSignal) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
