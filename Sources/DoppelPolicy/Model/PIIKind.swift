/// What kind of personal data a column holds, as a policy marks it (`pii: email`).
///
/// The kind picks the default fake for `rule: fake` and tells the leak scanner what to look for.
public enum PIIKind: String, CaseIterable, Codable, Hashable, Sendable {
    case name
    case firstName = "first_name"
    case lastName = "last_name"
    case email
    case phone
    case streetAddress = "street_address"
    case city
    case state
    /// A state, province or other first-level region of any country.
    case region
    case postcode
    case country
    case jobTitle = "job_title"
    /// A title of courtesy written before a name: Mr., Ms., Dr.
    case courtesyTitle = "courtesy_title"
    case company
    case username
    case dateOfBirth = "date_of_birth"
    case nationalID = "national_id"
    case freeText = "free_text"
    case ipAddress = "ip_address"
    case url
    case accountNumber = "account_number"
    /// Personal data of a kind not listed.
    case other
}
