import Glibc

/// One meeting's JSON Lines log on disk, shared safely by every process that writes to it.
///
/// Each append opens with `O_APPEND`, takes `flock(LOCK_EX)`, writes whole lines in one `write`,
/// `fsync`s, and unlocks, so concurrent writers never interleave and an acknowledged line is on disk.
public struct EventLogFile: Sendable {
    public let path: String

    public init(path: String) { self.path = path }

    /// The file that receives a torn last line when it is set aside.
    public var tornPath: String { path + ".torn" }

    /// Appends events as lines in a single write and returns only once they are on disk.
    public func append(_ events: [Event]) throws(LogError) {
        let bytes = events.flatMap(EventCodec.encode)
        try append(bytes: bytes)
    }

    /// Appends bytes that are already whole lines; used by `append(_:)` and by tests of torn tails.
    ///
    /// A write the disk refuses part-way (a full disk takes the bytes that fit) is cut back off while the lock is
    /// held, so an unacknowledged line never stays behind as a torn one.
    public func append(bytes: [UInt8]) throws(LogError) {
        let fd = try openLocked()
        defer { close(fd) }
        defer { flock(fd, LOCK_UN) }
        try setTornTailAside(fd: fd)
        let end = lseek(fd, 0, SEEK_END)
        do throws(LogError) {
            try FileBytes.writeAll(fd: fd, bytes, path: path)
            guard fsync(fd) == 0 else { throw LogError.system("sync", path) }
        } catch {
            ftruncate(fd, end)
            throw error
        }
    }

    /// Opens the log for appending and locks it, reopening when `repair()` replaced the file meanwhile,
    /// so a line is never appended to a file that is no longer the log.
    private func openLocked() throws(LogError) -> Int32 {
        while true {
            // Read as well as write: a torn tail must be read before it is set aside.
            let fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
            guard fd >= 0 else { throw .system("open", path) }
            guard flock(fd, LOCK_EX) == 0 else {
                let error = LogError.system("lock", path)
                close(fd)
                throw error
            }
            var opened = stat()
            var current = stat()
            if fstat(fd, &opened) == 0, stat(path, &current) == 0, opened.st_ino == current.st_ino, opened.st_dev == current.st_dev {
                return fd
            }
            flock(fd, LOCK_UN)
            close(fd)
        }
    }

    /// Reads the whole log without changing it.
    public func read() throws(LogError) -> LogContents {
        LogLines.read(try FileBytes.read(path)[...])
    }

    /// Moves a torn last line (no newline, or unreadable) to `<log>.torn`, keeping every complete line.
    /// Returns the line that was set aside, if any.
    @discardableResult
    public func recoverTornTail() throws(LogError) -> LogContents.BadLine? {
        let fd = open(path, O_RDWR | O_CLOEXEC)
        guard fd >= 0 else { throw .system("open", path) }
        defer { close(fd) }
        guard flock(fd, LOCK_EX) == 0 else { throw .system("lock", path) }
        defer { flock(fd, LOCK_UN) }
        let contents = LogLines.read(try FileBytes.read(fd: fd, path: path)[...])
        guard let torn = contents.tornTail else { return nil }
        try moveAside(fd: fd, from: contents.endOffset)
        return torn
    }

    /// Before appending: a file not ending in a newline holds a cut-short line that must not be glued to ours.
    private func setTornTailAside(fd: Int32) throws(LogError) {
        let size = lseek(fd, 0, SEEK_END)
        guard size > 0 else { return }
        var last: UInt8 = 0
        guard pread(fd, &last, 1, size - 1) == 1 else { throw .system("read", path) }
        guard last != 0x0A else { return }
        let bytes = try FileBytes.read(fd: fd, path: path)
        let start = (bytes.lastIndex(of: 0x0A).map { $0 + 1 }) ?? 0
        try moveAside(fd: fd, from: start)
    }

    private func moveAside(fd: Int32, from offset: Int) throws(LogError) {
        let bytes = try FileBytes.read(fd: fd, path: path)
        guard offset < bytes.count else { return }
        var tail = Array(bytes[offset...])
        if tail.last != 0x0A { tail.append(0x0A) }
        let tornFD = open(tornPath, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard tornFD >= 0 else { throw .system("open", tornPath) }
        defer { close(tornFD) }
        try FileBytes.writeAll(fd: tornFD, tail, path: tornPath)
        guard fsync(tornFD) == 0 else { throw .system("sync", tornPath) }
        guard ftruncate(fd, off_t(offset)) == 0 else { throw .system("truncate", path) }
    }
}
