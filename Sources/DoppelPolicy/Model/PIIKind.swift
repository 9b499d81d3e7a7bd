/// What kind of personal data a column holds, as a policy marks it (`pii: email`).
///
/// The kind picks the default fake for `rule: fake` and tells the leak scanner what to look for.
public enum PIIKind: String, CaseIterable, Codable, Hashable, Sendable {
    /// A person's full name.
    case name
    /// A given name.
    case firstName = "first_name"
    /// A family name.
    case lastName = "last_name"
    /// An email address.
    case email
    /// A phone number.
    case phone
    /// A street address: number and street.
    case streetAddress = "street_address"
    /// A city or town.
    case city
    /// A state; its fakes are US states (``region`` covers every country).
    case state
    /// A state, province or other first-level region of any country.
    case region
    /// A postal or ZIP code.
    case postcode
    /// A country.
    case country
    /// A job title.
    case jobTitle = "job_title"
    /// A title of courtesy written before a name: Mr., Ms., Dr.
    case courtesyTitle = "courtesy_title"
    /// A company's name.
    case company
    /// A login or user name.
    case username
    /// A date of birth.
    case dateOfBirth = "date_of_birth"
    /// A national identity number (a social security number).
    case nationalID = "national_id"
    /// Free text that may mention anyone (notes, comments).
    case freeText = "free_text"
    /// An IP address.
    case ipAddress = "ip_address"
    /// A URL, such as a profile page.
    case url
    /// A bank or customer account number.
    case accountNumber = "account_number"
    /// Personal data of a kind not listed.
    case other
}
