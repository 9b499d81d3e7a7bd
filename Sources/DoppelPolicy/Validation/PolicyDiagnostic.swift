public import DoppelCore
import Foundation

/// One problem found in a policy: how bad, what, where, and what was probably meant.
public struct PolicyDiagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
    /// How bad a problem is.
    public enum Severity: String, Sendable, Codable {
        /// The policy cannot be used.
        case error
        /// Worth knowing; the policy can still be used.
        case warning
    }

    /// How bad it is.
    public var severity: Severity
    /// What is wrong.
    public var message: String
    /// Where in the policy, when the problem has a place.
    public var location: SourceLocation?
    /// What to write instead (`did you mean \`email\`?`), when there is a likely answer.
    public var suggestion: String?
    /// For a column of the source the policy does not cover: the table and the column, so a check with the
    /// source at hand can suggest the rule `doppel init` would draft for it.
    package var uncoveredColumn: UncoveredColumn?
    /// For a table of the source the policy does not cover: its name, for the same suggestion of a whole table.
    package var uncoveredTable: String?

    /// A column of the source that no entry of the policy covers.
    package struct UncoveredColumn: Hashable, Sendable, Codable {
        package var table: String
        package var column: String
    }

    package init(_ severity: Severity, _ message: String, at location: SourceLocation?, suggestion: String? = nil, uncovered: (table: String, column: String)? = nil) {
        self.severity = severity
        self.message = message
        self.location = location
        self.suggestion = suggestion
        self.uncoveredColumn = uncovered.map { UncoveredColumn(table: $0.table, column: $0.column) }
    }

    /// `file:line:column: error: message; suggestion`.
    public var description: String {
        var text = ""
        if let location { text += "\(location): " }
        text += "\(severity.rawValue): \(message)"
        if let suggestion { text += "; \(suggestion)" }
        return text
    }

    /// A GitHub Actions workflow command, so a pull request shows the problem on its line.
    public var githubAnnotation: String {
        var properties: [String] = []
        if let location {
            properties = ["file=\(location.file)", "line=\(location.line)", "col=\(location.column)"]
        }
        var text = message
        if let suggestion { text += "; \(suggestion)" }
        let escaped = text.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
        return "::\(severity.rawValue) " + properties.joined(separator: ",") + "::" + escaped
    }
}

/// A policy that cannot be used, with every problem found.
public struct PolicyProblems: DoppelError {
    /// Every problem found, errors and warnings.
    public var diagnostics: [PolicyDiagnostic]

    package init(_ diagnostics: [PolicyDiagnostic]) {
        self.diagnostics = diagnostics
    }

    /// Exits with the policy-problems status.
    public var exitStatus: ExitStatus { .policyProblems }

    /// The problems, one a line (repeats capped), then how many errors there are.
    public var description: String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        return DiagnosticCap.lines(diagnostics).joined(separator: "\n")
            + "\n\(errors) error(s) in the policy; nothing was written"
    }
}
