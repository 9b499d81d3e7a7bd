package import DoppelCore
package import DoppelPolicy

extension PIIKind {
    /// Whether a column of `type` can hold data of this kind: an `email_verified` boolean or an
    /// `email_sent_at` timestamp cannot hold an email, a `city_id` integer cannot hold a city.
    package func fits(_ type: LogicalType) -> Bool {
        switch type {
        case .text, .any: return true
        case .boolean, .uuid, .time: return self == .other
        case .json: return self == .freeText || self == .other
        case .blob: return self == .ipAddress || self == .other || self == .freeText
        case .date, .timestamp: return self == .dateOfBirth
        case .integer: return [.phone, .postcode, .nationalID, .accountNumber, .dateOfBirth, .other].contains(self)
        // A date of birth or a postcode kept as a number (`DECIMAL(8,0)` holding 19650412) is still one.
        case .decimal, .real: return [.phone, .postcode, .nationalID, .accountNumber, .dateOfBirth, .other].contains(self)
        }
    }

    /// Whether this kind is a person's name or part of one.
    package var isPersonName: Bool {
        self == .name || self == .firstName || self == .lastName
    }

    /// The words a reason line uses for the kind: `email`, `first name`, `date of birth`.
    package var spokenName: String {
        String(rawValue.map { $0 == "_" ? " " : $0 })
    }
}
