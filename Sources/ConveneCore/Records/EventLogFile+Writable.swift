import Glibc

extension EventLogFile {
    /// Why an append would be refused now (a read-only disk or file), so a screen opens read-only and says so
    /// instead of failing at every key; nil when the log can be written.
    public func writeProblem() -> LogError? {
        access(path, W_OK) == 0 ? nil : .system("write", path)
    }
}
