import Foundation

/// The names of every locale in `Resources/names` (``NameLocale/codes``), loaded on first use — only a policy
/// with `locale:` asks for them — once per process.
package struct LocaleNameData: Sendable {
    /// The locales, in the order of ``NameLocale/codes``.
    package let locales: [LocaleNames]

    /// The shared instance, loaded from the bundled resources on first use.
    package static func shared() throws(FakerDataError) -> LocaleNameData {
        try loaded.get()
    }

    // A static `let` is initialised once, on first use, safely from any thread.
    private static let loaded: Result<LocaleNameData, FakerDataError> = {
        do {
            return .success(try LocaleNameData(bundle: Bundle.module))
        } catch {
            return .failure(FakerDataError(message: "doppel's locale name data is missing or damaged (\(error)); reinstall doppel"))
        }
    }()

    init(bundle: Bundle) throws {
        locales = try NameLocale.codes.map { code in
            let name = code + ".tsv"
            guard let url = bundle.url(forResource: name, withExtension: nil, subdirectory: "Resources/names")
                ?? bundle.url(forResource: name, withExtension: nil, subdirectory: "names")
            else {
                throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "faker data names/\(name)"])
            }
            return try LocaleNames(code: code, text: try String(contentsOf: url, encoding: .utf8))
        }
    }

    /// The position in ``locales`` of the locale `code` (`de_DE`), if it has names.
    package func index(of code: String) -> Int? {
        NameLocale.codes.firstIndex(of: code)
    }
}
