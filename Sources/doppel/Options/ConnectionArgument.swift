import ArgumentParser
import DoppelCore

/// A database URL as an argument; its description hides any password, so help and errors can print it.
struct ConnectionArgument: ExpressibleByArgument, CustomStringConvertible {
    let url: ConnectionURL

    init?(argument: String) {
        guard let url = try? ConnectionURL(parsing: argument) else { return nil }
        self.url = url
    }

    var description: String { url.description }

    static var defaultCompletionKind: CompletionKind { .file() }
}

/// Parses a URL with a useful message instead of ArgumentParser's generic one.
func parseConnection(_ text: String, option: String) throws -> ConnectionURL {
    do {
        return try ConnectionURL(parsing: text)
    } catch {
        throw ValidationError("\(option): \(error.description)")
    }
}
