import DoppelCore

/// The kinds of realistic fake values `rule: fake` produces.
package enum FakeKind: String, CaseIterable, Sendable {
    case name
    case firstName = "first_name"
    case lastName = "last_name"
    case courtesyTitle = "courtesy_title"
    case email
    case phone
    case streetAddress = "street_address"
    case city
    case state
    case region
    case postcode
    case country
    case company
    case jobTitle = "job_title"
    case username
    case dateOfBirth = "date_of_birth"
    case lorem
    case nationalID = "national_id"
    case ipAddress = "ip_address"
    case url

    /// The fake a PII kind gets when the policy does not name one; nil for a kind no faker makes (`other`).
    package init?(pii: String) {
        switch pii {
        case "free_text": self = .lorem
        case "account_number": self = .nationalID
        default: self.init(rawValue: pii)
        }
    }

    /// Whether the fake of a value is unique by construction, with or without `unique: true`: emails,
    /// usernames and URLs draw until a fake no other source value holds (``FakeOwnership``); phones and
    /// national IDs are a keyed format-preserving permutation of the source's digits. A column with
    /// `unique: true` and one without then give one value the same fake, so joins on it survive.
    package var isUniqueByConstruction: Bool {
        switch self {
        case .email, .username, .url, .phone, .nationalID: return true
        default: return false
        }
    }

    /// Whether a fake of this kind avoids every source value of its kind unless the policy says
    /// `avoid_source: false`: the kinds whose values identify a person alone (email, phone, national ID and
    /// account numbers, street address), where a fake equal to someone's real value would point at them.
    package var avoidsSourceByDefault: Bool {
        switch self {
        case .email, .phone, .nationalID, .streetAddress: return true
        default: return false
        }
    }

    /// Whether the fake takes the source's shape (same length, separators), so it fits wherever the source did.
    package var keepsSourceShape: Bool {
        switch self {
        case .phone, .nationalID, .postcode, .dateOfBirth: return true
        default: return false
        }
    }
}
