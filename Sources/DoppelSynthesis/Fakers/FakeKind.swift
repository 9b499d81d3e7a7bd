import DoppelCore

/// The kinds of realistic fake values `rule: fake` produces.
public enum FakeKind: String, CaseIterable, Sendable {
    case name
    case firstName = "first_name"
    case lastName = "last_name"
    case email
    case phone
    case streetAddress = "street_address"
    case city
    case state
    case postcode
    case company
    case username
    case dateOfBirth = "date_of_birth"
    case lorem
    case nationalID = "national_id"
    case ipAddress = "ip_address"
    case url

    /// The fake a PII kind gets when the policy does not name one.
    public init?(pii: String) {
        switch pii {
        case "free_text": self = .lorem
        case "account_number": self = .nationalID
        default: self.init(rawValue: pii)
        }
    }
}
