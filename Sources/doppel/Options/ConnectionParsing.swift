import ArgumentParser
import DoppelCore

/// Parses a URL once, where a command runs, with a message that names the option and never the URL's text
/// (ArgumentParser's own message for a value it cannot read quotes the value, which may hold a password).
func parseConnection(_ text: String, option: String) throws -> ConnectionURL {
    do {
        return try ConnectionURL(parsing: text)
    } catch {
        throw ValidationError("\(option): \(error.description)")
    }
}
