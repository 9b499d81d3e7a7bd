package import DoppelCore
import Foundation

/// The public-domain and openly licensed lists fakes are drawn from (see `Resources/SOURCES.md`):
/// US Census 1990 names with their frequencies, GeoNames cities and countries by population, ISO 3166-2
/// regions, job titles, titles of courtesy and word lists.
/// Loaded once per process, on first use.
package struct FakerData: Sendable {
    package let femaleFirstNames: WeightedList
    package let maleFirstNames: WeightedList
    package let lastNames: WeightedList
    package let cities: WeightedList
    package let states: WeightedList
    package let streetNames: WeightedList
    package let streetSuffixes: WeightedList
    package let companyWords: WeightedList
    package let companySuffixes: WeightedList
    package let loremWords: WeightedList
    package let emailDomains: WeightedList
    package let countries: WeightedList
    /// The ISO 3166-1 alpha-2 codes of ``countries``, with the same weights: for a column of two characters.
    package let countryCodes: WeightedList
    /// The USPS codes of ``states``: for a column of two characters.
    package let stateCodes: WeightedList
    package let regions: WeightedList
    package let jobTitles: WeightedList
    package let courtesyTitles: WeightedList

    /// The shared instance, loaded from the bundled resources on first use.
    package static func shared() throws(FakerDataError) -> FakerData {
        try loaded.get()
    }

    private static let loaded: Result<FakerData, FakerDataError> = {
        do {
            return .success(try FakerData(bundle: Bundle.module))
        } catch {
            return .failure(FakerDataError(message: "doppel's faker data is missing or damaged (\(error)); reinstall doppel"))
        }
    }()

    init(bundle: Bundle) throws {
        func lines(_ name: String) throws -> [Substring] {
            guard let url = bundle.url(forResource: name, withExtension: nil, subdirectory: "Resources")
                ?? bundle.url(forResource: name, withExtension: nil)
            else {
                throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "faker data \(name)"])
            }
            let text = try String(contentsOf: url, encoding: .utf8)
            return text.split(separator: "\n", omittingEmptySubsequences: true)
        }
        func weighted(_ name: String, weightField: Int, itemField: Int = 0) throws -> WeightedList {
            var items: [String] = []
            var weights: [UInt64] = []
            for line in try lines(name) {
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard fields.count > max(weightField, itemField), let weight = UInt64(fields[weightField]) else { continue }
                items.append(String(fields[itemField]))
                weights.append(weight)
            }
            return WeightedList(items: items, weights: weights)
        }
        func uniform(_ name: String, field: Int = 0) throws -> WeightedList {
            WeightedList(uniform: try lines(name).map { line in
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                return String(fields.count > field ? fields[field] : line)
            })
        }
        femaleFirstNames = try weighted("first_names_female.tsv", weightField: 1)
        maleFirstNames = try weighted("first_names_male.tsv", weightField: 1)
        lastNames = try weighted("last_names.tsv", weightField: 1)
        cities = try weighted("cities.tsv", weightField: 3)
        states = try uniform("us_states.tsv", field: 1)
        streetNames = try uniform("street_names.txt")
        streetSuffixes = try uniform("street_suffixes.txt")
        companyWords = try uniform("company_words.txt")
        companySuffixes = try uniform("company_suffixes.txt")
        loremWords = try uniform("lorem.txt")
        emailDomains = try uniform("email_domains.txt")
        countries = try weighted("countries.tsv", weightField: 2)
        countryCodes = try weighted("countries.tsv", weightField: 2, itemField: 1)
        stateCodes = try uniform("us_states.tsv", field: 0)
        regions = try weighted("regions.tsv", weightField: 2)
        jobTitles = try uniform("job_titles.txt")
        courtesyTitles = try weighted("courtesy_titles.tsv", weightField: 1)
    }
}

/// The bundled faker data could not be loaded.
package struct FakerDataError: DoppelError {
    package var message: String
    package var exitStatus: ExitStatus { .runFailed }
    package var description: String { message }
}
