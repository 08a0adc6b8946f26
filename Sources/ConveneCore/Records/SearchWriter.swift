import Glibc

/// Writes meetings' search and ledger lines: appended to `search.txt`, `notes.txt` and `ledger.txt` as they stand, or
/// into new files that replace all three at the end, so a reader never sees a file half rewritten.
struct SearchWriter {
    /// One of the two files being written.
    private struct Output {
        let target: String
        let path: String
        let fd: Int32
        /// What `copy` reads from when writing afresh: the file being replaced.
        let old: Int32
        var size = 0
        var ok: Bool

        init(_ target: String, fresh: Bool) {
            self.target = target
            path = fresh ? target + ".tmp-\(getpid())" : target
            fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC | (fresh ? O_TRUNC : O_APPEND), 0o600)
            old = fresh ? open(target, O_RDONLY | O_CLOEXEC) : -1
            var info = stat()
            ok = fd >= 0 && fstat(fd, &info) == 0
            size = ok ? Int(info.st_size) : 0
        }

        mutating func write(_ bytes: [UInt8]) -> Range<Int>? {
            guard ok else { return nil }
            do {
                try FileBytes.writeAll(fd: fd, bytes, path: path)
            } catch {
                ok = false
                return nil
            }
            size += bytes.count
            return size - bytes.count..<size
        }

        mutating func copy(_ range: Range<Int>) -> Range<Int>? {
            guard old >= 0, let bytes = try? FileBytes.read(fd: old, path: target, range: range) else { return nil }
            return write(bytes)
        }

        func finish() -> Bool {
            if old >= 0 { close(old) }
            guard fd >= 0 else { return false }
            let done = ok && fsync(fd) == 0
            close(fd)
            guard path != target else { return done }
            guard done, rename(path, target) == 0 else {
                unlink(path)
                return false
            }
            return true
        }
    }

    private var scan: Output
    private var notes: Output
    private var ledger: Output

    /// Where one meeting's lines went in each file.
    typealias Ranges = (scan: Range<Int>, notes: Range<Int>, ledger: Range<Int>)

    init(scanPath: String, notesPath: String, ledgerPath: String, fresh: Bool) {
        scan = Output(scanPath, fresh: fresh)
        notes = Output(notesPath, fresh: fresh)
        ledger = Output(ledgerPath, fresh: fresh)
    }

    /// Adds one meeting's lines; nil when they could not be written, so the meeting is indexed again next time.
    mutating func add(_ lines: RecordsIndex.Lines) -> Ranges? {
        guard let a = scan.write(lines.scan), let b = notes.write(lines.notes), let c = ledger.write(lines.ledger) else { return nil }
        return (a, b, c)
    }

    /// Carries one meeting's lines over from the files being replaced.
    mutating func copy(scan lines: Range<Int>, notes shown: Range<Int>, ledger kept: Range<Int>) -> Ranges? {
        guard let a = scan.copy(lines), let b = notes.copy(shown), let c = ledger.copy(kept) else { return nil }
        return (a, b, c)
    }

    /// Makes what was written durable and, when writing afresh, puts it in place; false when any of it failed.
    func finish() -> Bool {
        let a = scan.finish(), b = notes.finish(), c = ledger.finish()
        return a && b && c
    }
}
