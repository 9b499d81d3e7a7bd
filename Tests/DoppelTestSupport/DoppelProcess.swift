public import Foundation
import Synchronization

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
        // Both pipes are drained at once: a child blocks when either fills (64 KiB), so reading one to its
        // end before the other deadlocks as soon as the other fills.
        let error = StreamReader(process.standardError.fileHandleForReading)
        let output = process.standardOutput.fileHandleForReading.readDataToEndOfFile()
        let errorText = error.waitUntilEnd()
        process.process.waitUntilExit()
        return Result(
            status: process.process.terminationStatus, standardOutput: String(decoding: output, as: UTF8.self),
            standardError: errorText)
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
        process.environment = childEnvironment(environment)
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return Running(process: process, standardOutput: output, standardError: error)
    }

    /// The inherited environment without doppel's test variables, with `environment` added.
    static func childEnvironment(_ environment: [String: String]) -> [String: String] {
        var merged = ProcessInfo.processInfo.environment
        merged.removeValue(forKey: "DOPPEL_SECRET")
        merged.removeValue(forKey: "DOPPEL_TEST_PAUSE_AT")
        for (key, value) in environment { merged[key] = value }
        return merged
    }

    /// Runs doppel with `arguments` to completion and measures it: its exit status (or the signal that
    /// ended it) and its peak resident set size in bytes, as the kernel counted it for this one child
    /// (`wait4`'s `ru_maxrss`, KiB on Linux), not as the child reported it; and what it printed on stderr.
    ///
    /// The child is started with `posix_spawn` rather than `Process`, which reaps its children itself
    /// and so gives no way to their resource usage; `getrusage(RUSAGE_CHILDREN)` would be the maximum
    /// over every child this test process has waited for, including other tests' running in parallel.
    public static func runMeasuringMemory(_ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, peakResidentBytes: Int, standardError: String) {
        let path = try executable.path
        let errorPath = FileManager.default.temporaryDirectory.appendingPathComponent("doppel-measured-\(UUID().uuidString).stderr").path
        defer { unlink(errorPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = childEnvironment(environment).map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, nil, argv, envp)
        guard spawned == 0 else {
            throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "cannot start \(path): \(String(cString: strerror(spawned)))"])
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
        let signal = status & 0x7f
        let standardError = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
        return (signal == 0 ? (status >> 8) & 0xff : signal, usage.ru_maxrss * 1024, standardError)
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
        // The pipe is read on a thread of its own, so the wait below ends at the deadline even while the
        // child prints nothing (a read on the pipe would block until it does).
        let reader = StreamReader(running.standardError.fileHandleForReading)
        let reached = reader.wait(for: announcement, until: Date().addingTimeInterval(timeout))
        kill(running.process.processIdentifier, SIGKILL)
        running.process.waitUntilExit()
        return (reached, reader.waitUntilEnd(), running.process.terminationReason == .uncaughtSignal)
    }
}

/// Reads a pipe to its end on a thread of its own, so the caller can wait for the whole text, or for a
/// piece of it with a deadline.
private final class StreamReader: Sendable {
    private struct State {
        var bytes = Data()
        var ended = false
        // Decoded whole, so a character split between two reads comes out right.
        var text: String { String(decoding: bytes, as: UTF8.self) }
    }

    private let state = Mutex(State())
    private let changed = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        let thread = Thread { [self] in
            while true {
                let chunk = handle.availableData
                state.withLock { state in
                    if chunk.isEmpty { state.ended = true } else { state.bytes.append(chunk) }
                }
                changed.signal()
                if chunk.isEmpty { return }
            }
        }
        thread.name = "doppel-test-pipe"
        thread.start()
    }

    /// Waits until the text read so far contains `piece` (true), or the pipe ends or `deadline` passes (false).
    func wait(for piece: String, until deadline: Date) -> Bool {
        while true {
            let (found, ended) = state.withLock { ($0.text.contains(piece), $0.ended) }
            if found { return true }
            if ended { return false }
            let left = deadline.timeIntervalSinceNow
            if left <= 0 || changed.wait(timeout: .now() + left) == .timedOut {
                return state.withLock { $0.text.contains(piece) }
            }
        }
    }

    /// Waits until the pipe ends (every process holding its write end has closed it); returns all it carried.
    func waitUntilEnd() -> String {
        while true {
            if let text = state.withLock({ $0.ended ? $0.text : nil }) { return text }
            changed.wait()
        }
    }
}
