import Foundation

/// Runs the built `doppel` executable as a child process, as a user would.
public struct DoppelProcess {
    /// What a finished run printed and how it exited.
    public struct Result {
        public var status: Int32
        public var standardOutput: String
        public var standardError: String
    }

    /// The `doppel` binary next to the test bundle (SwiftPM builds it because the tests depend on it).
    public static var executable: URL {
        get throws {
            var candidates: [URL] = []
            if let argument = ProcessInfo.processInfo.arguments.first {
                var directory = URL(fileURLWithPath: argument).deletingLastPathComponent()
                for _ in 0..<4 {
                    candidates.append(directory.appendingPathComponent("doppel"))
                    directory = directory.deletingLastPathComponent()
                }
            }
            candidates.append(Bundle.main.bundleURL.appendingPathComponent("doppel"))
            candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("doppel"))
            candidates.append(Fixtures.packageRoot.appendingPathComponent(".build/debug/doppel"))
            for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate.path) {
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                    return candidate
                }
            }
            throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "the doppel executable was not built; looked in \(candidates.map(\.path))"])
        }
    }

    /// Runs doppel with `arguments` to completion.
    public static func run(_ arguments: [String], environment: [String: String] = [:], directory: String? = nil) throws -> Result {
        try run(executable: executable, arguments, environment: environment, directory: directory)
    }

    /// Runs `executable` with `arguments` to completion, in the environment a doppel child gets.
    public static func run(executable: URL, _ arguments: [String], environment: [String: String] = [:], directory: String? = nil) throws -> Result {
        let process = try start(executable: executable, arguments, environment: environment, directory: directory)
        let output = process.standardOutput.fileHandleForReading.readDataToEndOfFile()
        let error = process.standardError.fileHandleForReading.readDataToEndOfFile()
        process.process.waitUntilExit()
        return Result(
            status: process.process.terminationStatus, standardOutput: String(decoding: output, as: UTF8.self),
            standardError: String(decoding: error, as: UTF8.self))
    }

    /// A started doppel process with its pipes.
    public struct Running {
        public let process: Process
        public let standardOutput: Pipe
        public let standardError: Pipe
    }

    /// Starts doppel without waiting.
    public static func start(_ arguments: [String], environment: [String: String] = [:], directory: String? = nil) throws -> Running {
        try start(executable: executable, arguments, environment: environment, directory: directory)
    }

    /// Starts `executable` without waiting, with doppel's test variables (`DOPPEL_SECRET`, `DOPPEL_TEST_PAUSE_AT`)
    /// removed from the inherited environment before `environment` is added.
    public static func start(executable: URL, _ arguments: [String], environment: [String: String] = [:], directory: String? = nil) throws -> Running {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var merged = ProcessInfo.processInfo.environment
        merged.removeValue(forKey: "DOPPEL_SECRET")
        merged.removeValue(forKey: "DOPPEL_TEST_PAUSE_AT")
        for (key, value) in environment { merged[key] = value }
        process.environment = merged
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return Running(process: process, standardOutput: output, standardError: error)
    }

    /// Runs doppel with `DOPPEL_TEST_PAUSE_AT=stage`, waits (at most two minutes) until it announces that it
    /// paused there, and SIGKILLs it. Returns whether it reached the stage, what it printed on stderr, and
    /// whether it died of the signal.
    public static func killed(at stage: String, _ arguments: [String], environment: [String: String]) throws -> (reached: Bool, standardError: String, bySignal: Bool) {
        let running = try start(arguments, environment: environment.merging(["DOPPEL_TEST_PAUSE_AT": stage]) { $1 })
        return killed(running, after: "doppel: paused at \(stage)", timeout: 120)
    }

    /// Waits until `running` prints `announcement` on stderr (or ends, or `timeout` seconds pass), then
    /// SIGKILLs it. Returns whether it printed the announcement, its stderr until then, and whether it died of the signal.
    public static func killed(_ running: Running, after announcement: String, timeout: TimeInterval) -> (reached: Bool, standardError: String, bySignal: Bool) {
        var seen = ""
        let handle = running.standardError.fileHandleForReading
        let deadline = Date().addingTimeInterval(timeout)
        while !seen.contains(announcement) && Date() < deadline {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            seen += String(decoding: chunk, as: UTF8.self)
        }
        kill(running.process.processIdentifier, SIGKILL)
        running.process.waitUntilExit()
        return (seen.contains(announcement), seen, running.process.terminationReason == .uncaughtSignal)
    }
}
