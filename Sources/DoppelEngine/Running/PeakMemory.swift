import Foundation

/// The process's peak resident set size (`VmHWM` in `/proc/self/status`), or nil where unavailable.
enum PeakMemory {
    static func bytes() -> Int64? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.split(separator: " ").compactMap { Int64($0) }
            return digits.first.map { $0 * 1024 }
        }
        return nil
    }
}
