import Glibc

/// A records file could not be read or written; the message names the file and what to do.
public struct LogError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    /// An error from the system call that just failed, with its reason in words.
    static func system(_ action: String, _ path: String, code: Int32 = errno) -> LogError {
        LogError("cannot \(action) \(path): \(String(cString: strerror(code)))")
    }

    public var description: String { message }
}
