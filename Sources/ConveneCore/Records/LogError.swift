import Glibc

/// A records file could not be read or written; the message names the file and what to do.
public struct LogError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    /// An error from the system call that just failed, with its reason in words and, for a full or read-only disk,
    /// what to do first, so a status line cut short still says it.
    static func system(_ action: String, _ path: String, code: Int32 = errno) -> LogError {
        let failure = "cannot \(action) \(path): \(String(cString: strerror(code)))"
        guard let advice = advice(code, folder: folder(of: path)) else { return LogError(failure) }
        return LogError("\(advice) (\(failure))")
    }

    /// What the person can do about a disk that refuses writes; nil for failures with no such remedy.
    private static func advice(_ code: Int32, folder: String) -> String? {
        switch code {
        case ENOSPC, EDQUOT: "the disk is full: free some space on the disk holding \(folder), then try again"
        case EROFS: "\(folder) is read-only: remount it read-write, or choose a writable records folder with --records DIR"
        default: nil
        }
    }

    private static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    public var description: String { message }
}
