import Glibc

extension EventLogFile {
    /// What `repair()` did: the lines it set aside and how many readable lines it kept.
    public struct RepairReport: Equatable, Sendable {
        public var setAside: [LogContents.BadLine]
        public var keptEvents: Int
    }

    /// The file that receives unreadable lines set aside by `repair()`, each after its line number.
    public var damagedPath: String { path + ".damaged" }

    /// Moves every unreadable line (and a cut-short last line) to `<log>.damaged` as `line N: <bytes>`,
    /// then replaces the log atomically with its readable lines in their order; nothing is deleted.
    public func repair() throws(LogError) -> RepairReport {
        let fd = open(path, O_RDWR | O_CLOEXEC)
        guard fd >= 0 else { throw .system("open", path) }
        defer { close(fd) }
        guard flock(fd, LOCK_EX) == 0 else { throw .system("lock", path) }
        defer { flock(fd, LOCK_UN) }
        let bytes = try FileBytes.read(fd: fd, path: path)
        var kept: [UInt8] = []
        var setAside: [UInt8] = []
        var report = RepairReport(setAside: [], keptEvents: 0)
        var start = 0
        var number = 1
        while start < bytes.count {
            let newline = bytes[start...].firstIndex(of: 0x0A)
            let line = bytes[start..<(newline ?? bytes.count)]
            var reason: String?
            if newline == nil {
                reason = "the last line has no end (a write was cut short)"
            } else if !line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) {
                do {
                    _ = try EventCodec.decode(line)
                    report.keptEvents += 1
                } catch {
                    reason = error.reason
                }
            }
            if let reason {
                report.setAside.append(.init(line: number, reason: reason))
                setAside += Array("line \(number): ".utf8) + line + [0x0A]
            } else {
                kept += line + [0x0A]
            }
            start = (newline ?? bytes.count) + 1
            number += 1
        }
        guard !report.setAside.isEmpty else { return report }
        try appendPrivately(setAside, to: damagedPath)
        try FileBytes.writeAtomically(kept, to: path)
        return report
    }

    /// Appends to a 0600 file and returns once the bytes are on disk.
    private func appendPrivately(_ bytes: [UInt8], to file: String) throws(LogError) {
        let fd = open(file, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .system("open", file) }
        defer { close(fd) }
        fchmod(fd, 0o600)
        try FileBytes.writeAll(fd: fd, bytes, path: file)
        guard fsync(fd) == 0 else { throw .system("sync", file) }
    }
}
