import DoppelCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// One run at a time per SQLite target: a lock file beside the target (`.NAME.doppel-lock`), held with
/// `flock` for the whole run and holding the run's pid and start time, which a refused run shows.
///
/// The kernel releases the lock when its process dies, so a killed run never blocks the next one; the
/// next run takes the same file over and removes it when it is done.
final class TargetLockFile {
    /// The lock file.
    let path: String
    private var descriptor: Int32

    /// Takes the lock, or throws ``TargetRefused`` at once (no waiting) naming the run that holds it.
    init(beside targetPath: String, showing target: String) throws {
        let url = URL(fileURLWithPath: targetPath)
        path = url.deletingLastPathComponent().path + "/." + url.lastPathComponent + ".doppel-lock"
        // A run that finished removes the file while holding its lock; one that opened it just before then
        // holds a lock on a file no longer there, so it opens the new one and tries again.
        for _ in 0..<8 {
            let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                throw RunError("cannot create the lock file \(path) (\(String(cString: strerror(errno)))); Doppel needs write access to the target's directory")
            }
            guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
                let holder = Self.holder(readingFrom: descriptor)
                close(descriptor)
                throw TargetRefused(
                    "another doppel run (\(holder)) is writing this target, \(target); nothing was written. Wait for it to finish (its lock is \(path), released when that run ends or dies), then run again")
            }
            var held = stat()
            var named = stat()
            guard fstat(descriptor, &held) == 0, stat(path, &named) == 0, held.st_ino == named.st_ino, held.st_dev == named.st_dev else {
                close(descriptor)
                continue
            }
            let stamp = "pid \(getpid()), started \(CloneMark.timestamp(Date()))\n"
            _ = ftruncate(descriptor, 0)
            _ = stamp.withCString { pwrite(descriptor, $0, strlen($0), 0) }
            self.descriptor = descriptor
            return
        }
        throw RunError("cannot take the lock file \(path): other runs keep replacing it; run again")
    }

    deinit { release() }

    /// Removes the lock file and lets go of it (also on deinit).
    func release() {
        guard descriptor >= 0 else { return }
        unlink(path)
        close(descriptor)
        descriptor = -1
    }

    /// What the holder wrote into the lock file ("pid 123, started …").
    private static func holder(readingFrom descriptor: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 200)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, 200, 0) }
        let text = count > 0 ? String(decoding: buffer.prefix(count), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) : ""
        return text.hasPrefix("pid ") ? text : "pid unknown, just starting"
    }
}
