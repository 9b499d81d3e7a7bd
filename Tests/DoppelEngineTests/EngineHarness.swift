import DoppelCore
import DoppelEngine
import DoppelTestSupport
import Foundation
import Logging
import Testing

/// Runs clones in-process with a test secret and a private ledger.
enum EngineHarness {
    static let secret = String(repeating: "0123456789abcdef", count: 2)

    static func clone(policy: String, source: String, target: String, in directory: TemporaryDirectory, secret: String? = EngineHarness.secret, dryRun: Bool = false) throws -> CloneRunner.Outcome {
        var environment: [String: String] = [:]
        if let secret { environment["DOPPEL_SECRET"] = secret }
        let policyPath = directory.file("policy-\(UUID().uuidString).yaml")
        try policy.write(toFile: policyPath, atomically: true, encoding: .utf8)
        let request = CloneRequest(
            policy: .file(policyPath), source: .sqlite(path: source), target: .sqlite(path: target), dryRun: dryRun,
            ledgerPath: directory.file("ledger.sqlite"), environment: environment)
        return try CloneRunner(logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }).run(request)
    }

    static func clone(policyFile: String, source: String, target: String, ledger: String, secret: String = EngineHarness.secret) throws -> CloneSummary {
        let request = CloneRequest(
            policy: .file(policyFile), source: .sqlite(path: source), target: .sqlite(path: target),
            ledgerPath: ledger, environment: ["DOPPEL_SECRET": secret])
        guard case .cloned(let summary, _) = try CloneRunner(logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }).run(request) else {
            throw RunError("not cloned")
        }
        return summary
    }

    /// The ``TargetRefused`` that `body` throws; records an issue when it throws another error.
    static func targetRefusal(_ body: () throws -> Void) -> TargetRefused? {
        do {
            try body()
        } catch let refused as TargetRefused {
            return refused
        } catch {
            Issue.record("expected TargetRefused, got \(error)")
        }
        return nil
    }

    /// Files in `directory` whose names mark them as a clone's temporary file.
    static func leftovers(in directory: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.contains(".doppel-") }
    }
}

extension EngineHarness {
    /// A policy that keeps every table and column as it is.
    static let keepEverything = "version: 1\nseed: 1\nsecret: env:DOPPEL_SECRET\nunlisted: keep\ntables: {}\n"

    /// Clones between any two URLs with a policy text; returns the summary.
    @discardableResult
    static func clone(
        policy: String, from source: ConnectionURL, to target: ConnectionURL, in directory: TemporaryDirectory, jobs: Int = 1, replace: Bool = false
    ) throws -> CloneSummary {
        let policyPath = directory.file("policy-\(UUID().uuidString).yaml")
        try policy.write(toFile: policyPath, atomically: true, encoding: .utf8)
        return try clone(policyFile: policyPath, from: source, to: target, in: directory, jobs: jobs, replace: replace)
    }

    @discardableResult
    static func clone(
        policyFile: String, from source: ConnectionURL, to target: ConnectionURL, in directory: TemporaryDirectory, jobs: Int = 1, replace: Bool = false
    ) throws -> CloneSummary {
        guard case .cloned(let summary, _) = try run(policyFile: policyFile, from: source, to: target, in: directory, jobs: jobs, replace: replace) else {
            throw RunError("not cloned")
        }
        return summary
    }

    /// Runs a clone, or with `dryRun` only its plan, between any two URLs with a policy text; `environment` is
    /// added to the test secret's.
    static func run(
        policy: String, from source: ConnectionURL, to target: ConnectionURL, in directory: TemporaryDirectory, jobs: Int = 1, dryRun: Bool = false,
        environment: [String: String] = [:]
    ) throws -> CloneRunner.Outcome {
        let policyPath = directory.file("policy-\(UUID().uuidString).yaml")
        try policy.write(toFile: policyPath, atomically: true, encoding: .utf8)
        return try run(policyFile: policyPath, from: source, to: target, in: directory, jobs: jobs, dryRun: dryRun, environment: environment)
    }

    /// The plan of a dry run between any two URLs with a policy text.
    static func plan(policy: String, from source: ConnectionURL, to target: ConnectionURL, in directory: TemporaryDirectory) throws -> ClonePlan {
        guard case .planned(let plan, _) = try run(policy: policy, from: source, to: target, in: directory, dryRun: true) else { throw RunError("not planned") }
        return plan
    }

    private static func run(
        policyFile: String, from source: ConnectionURL, to target: ConnectionURL, in directory: TemporaryDirectory, jobs: Int = 1, dryRun: Bool = false,
        replace: Bool = false, environment: [String: String] = [:]
    ) throws -> CloneRunner.Outcome {
        let request = CloneRequest(
            policy: .file(policyFile), source: source, target: target, dryRun: dryRun, ledgerPath: directory.file("ledger.sqlite"), jobs: jobs,
            environment: environment.merging(["DOPPEL_SECRET": secret]) { own, _ in own }, replace: replace)
        return try CloneRunner(logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }).run(request)
    }
}
