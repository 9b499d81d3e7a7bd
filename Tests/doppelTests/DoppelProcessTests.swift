import DoppelTestSupport
import Foundation
import Testing

/// The helper that runs child processes for the command-line tests: it must not hang on a chatty child.
@Suite struct DoppelProcessTests {
    static let shell = URL(fileURLWithPath: "/bin/sh")

    /// A child that fills its stderr pipe (64 KiB on Linux) while the helper waits on stdout.
    @Test func readsStandardErrorWhileStandardOutputIsOpen() throws {
        let script = "yes e | head -c 300000 >&2; echo done"
        let result = try DoppelProcess.run(executable: Self.shell, ["-c", script])
        #expect(result.status == 0)
        #expect(result.standardOutput == "done\n")
        #expect(result.standardError.count == 300_000)
    }

    /// Both streams are read to the end, however large.
    @Test func readsBothStreamsWhole() throws {
        let script = "yes o | head -c 200000; yes e | head -c 200000 >&2"
        let result = try DoppelProcess.run(executable: Self.shell, ["-c", script])
        #expect(result.standardOutput.count == 200_000)
        #expect(result.standardError.count == 200_000)
    }
}

extension DoppelProcessTests {
    /// A child that never announces anything and never ends is killed when the deadline passes.
    @Test func killsAtTheDeadlineWhenNothingIsAnnounced() throws {
        let running = try DoppelProcess.start(executable: Self.shell, ["-c", "echo started >&2; exec sleep 100"])
        let started = Date()
        let run = DoppelProcess.killed(running, after: "never printed", timeout: 2)
        let waited = Date().timeIntervalSince(started)
        #expect(!run.reached)
        #expect(run.bySignal)
        #expect(run.standardError == "started\n")
        #expect(waited < 30, "waited \(waited) s for a 2 s deadline")
    }
}
