import Foundation

/// Policy files shipped inside the binary, such as the one `doppel demo` clones with.
public enum BundledPolicies {
    /// The text of `Policies/demo.yaml`.
    public static func demo() throws -> String {
        guard let url = Bundle.module.url(forResource: "demo", withExtension: "yaml") else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "Policies/demo.yaml is missing from the doppel installation"])
        }
        return try String(contentsOf: url, encoding: .utf8)
    }
}
