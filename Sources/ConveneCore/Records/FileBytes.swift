import Glibc

/// Whole-file and from-offset reads with plain system calls, so errors carry the path and reason.
public enum FileBytes {
    public static func read(_ path: String) throws(LogError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .system("open", path) }
        defer { close(fd) }
        return try read(fd: fd, path: path)
    }

    /// Everything from `offset` to the end of the file.
    public static func read(fd: Int32, path: String, from offset: Int = 0) throws(LogError) -> [UInt8] {
        var result: [UInt8] = []
        // Left unzeroed: only the bytes each `pread` fills are read, and a live screen asks every second.
        var chunk = [UInt8](unsafeUninitializedCapacity: 1 << 16) { _, count in count = 1 << 16 }
        var position = off_t(offset)
        while true {
            let n = chunk.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, position) }
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else { throw .system("read", path) }
            if n == 0 { return result }
            result.append(contentsOf: chunk[0..<n])
            position += off_t(n)
        }
    }

    /// Exactly the bytes in `range`; a file shorter than that is an error, not a short answer.
    public static func read(fd: Int32, path: String, range: Range<Int>) throws(LogError) -> [UInt8] {
        var done = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: range.count) { buffer, count in
            while done < range.count {
                let n = pread(fd, buffer.baseAddress! + done, range.count - done, off_t(range.lowerBound + done))
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { break }
                done += n
            }
            count = done
        }
        guard done == range.count else { throw .system("read", path) }
        return bytes
    }

    /// Runs `body` on the first `count` bytes of a file mapped read-only, so nothing is copied (`whole` brings every
    /// page in at once, for a file read through, else only pages touched are read); nil when it cannot be mapped.
    public static func mapped<T>(fd: Int32, count: Int, whole: Bool, _ body: (UnsafeRawBufferPointer) -> T) -> T? {
        guard count > 0 else { return body(UnsafeRawBufferPointer(start: nil, count: 0)) }
        guard let base = mmap(nil, count, PROT_READ, MAP_PRIVATE | (whole ? MAP_POPULATE : 0), fd, 0), base != MAP_FAILED else { return nil }
        defer { munmap(base, count) }
        return body(UnsafeRawBufferPointer(start: base, count: count))
    }

    /// Writes a whole file (0600), replacing any earlier one atomically through a temporary name.
    public static func writeAtomically(_ bytes: [UInt8], to path: String) throws(LogError) {
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .system("create", temporary) }
        do {
            try writeAll(fd: fd, bytes, path: temporary)
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        fsync(fd)
        close(fd)
        guard rename(temporary, path) == 0 else { throw .system("replace", path) }
    }

    /// Writes every byte, retrying short writes and interrupted calls.
    public static func writeAll(fd: Int32, _ bytes: [UInt8], path: String) throws(LogError) {
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw .system("write", path) }
            written += n
        }
    }
}
