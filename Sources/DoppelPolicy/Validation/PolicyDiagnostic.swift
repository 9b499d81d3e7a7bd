public import DoppelCore
import Foundation

/// One problem found in a policy: how bad, what, where, and what was probably meant.
public struct PolicyDiagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable {
        case error
        case warning
    }

    public var severity: Severity
    public var message: String
    public var location: SourceLocation?
    /// What to write instead (`did you mean \`email\`?`), when there is a likely answer.
    public var suggestion: String?

    public init(_ severity: Severity, _ message: String, at location: SourceLocation?, suggestion: String? = nil) {
        self.severity = severity
        self.message = message
        self.location = location
        self.suggestion = suggestion
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
    public var diagnostics: [PolicyDiagnostic]

    public init(_ diagnostics: [PolicyDiagnostic]) {
        self.diagnostics = diagnostics
    }

    public var exitStatus: ExitStatus { .policyProblems }

    public var description: String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        return DiagnosticCap.lines(diagnostics).joined(separator: "\n")
            + "\n\(errors) error(s) in the policy; nothing was written"
    }
}
