import DoppelFakers

/// The locale of recent locale-column values (``NameLocale/code(of:)``, as a position in
/// ``LocaleNameData/locales``), so each distinct value is read once per run rather than once per row. Serves one
/// transform, from one thread.
///
/// - Complexity: at most ``capacity`` entries; emptied when full.
final class RowLocaleCache {
    static let capacity = 4_096
    private let data: LocaleNameData
    private var locales: [String: Int?] = [:]

    init(data: LocaleNameData) {
        self.data = data
    }

    /// The locale `text` names, remembered; nil for the US Census lists.
    func locale(of text: String) -> Int? {
        if let known = locales[text] { return known }
        let found = NameLocale.code(of: text).flatMap(data.index(of:))
        if locales.count >= RowLocaleCache.capacity { locales.removeAll(keepingCapacity: true) }
        locales[text] = .some(found)
        return found
    }
}
