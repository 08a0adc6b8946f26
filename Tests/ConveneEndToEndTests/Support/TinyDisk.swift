import ConveneCore
import Foundation
import Glibc

/// A real, tiny tmpfs mounted for one test, to fill up (a full disk) or remount read-only; unmounted when the test
/// ends, whichever way it ends. Mounting needs root (CAP_SYS_ADMIN), which CI and this machine's tests have.
final class TinyDisk {
    /// Whether this process may mount a tmpfs; tests that need one are skipped with this as their reason otherwise.
    static let canMount: Bool = {
        geteuid() == 0 && (try? TinyDisk()) != nil
    }()

    struct MountError: Error, CustomStringConvertible {
        var action: String
        var code: Int32
        var description: String { "cannot \(action) a tmpfs: \(String(cString: strerror(code)))" }
    }

    /// Kept as a property so the mount point outlives the mount: `deinit` unmounts before the folder is removed.
    private let folder = TemporaryFolder()
    var path: String { folder.path + "/disk" }
    private var filler: String { path + "/filler" }

    init(kilobytes: Int = 64) throws {
        mkdir(folder.path + "/disk", 0o700)
        guard mount("tmpfs", path, "tmpfs", 0, "size=\(kilobytes)k,mode=0700") == 0 else { throw MountError(action: "mount", code: errno) }
    }

    /// Writes a filler file until the disk refuses with ENOSPC; only the slack of pages already in use stays writable.
    func fill() throws {
        let fd = open(filler, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw MountError(action: "fill", code: errno) }
        defer { close(fd) }
        let block = [UInt8](repeating: 0, count: 4096)
        while block.withUnsafeBytes({ write(fd, $0.baseAddress, $0.count) }) > 0 {}
        guard errno == ENOSPC else { throw MountError(action: "fill", code: errno) }
    }

    /// Fills the disk so that the next line appended to `log` fits only its first `slack` bytes: first a note (as
    /// `convene note` writes one) sized to leave that much room in the log's last page, then the filler.
    func fill(leavingSlack slack: Int, after log: String) throws {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        var info = stat()
        guard stat(log, &info) == 0 else { throw MountError(action: "measure a log on", code: errno) }
        let size = Int(info.st_size)
        let line = { (text: String) in EventCodec.encode(Event(at: Date(), by: "pad", NoteAdded(id: "pad", text: text, item: 0))) }
        let base = line("").count
        var length = ((page - slack - size % page) % page + page) % page
        if length <= base { length += page }
        try EventLogFile(path: log).append(bytes: line(String(repeating: "x", count: length - base)))
        try fill()
    }

    /// Frees the space `fill()` took.
    func free() { unlink(filler) }

    func makeReadOnly() throws {
        guard mount("", path, "", UInt(MS_REMOUNT | MS_RDONLY), "") == 0 else { throw MountError(action: "remount read-only", code: errno) }
    }

    deinit { umount2(path, Int32(MNT_DETACH)) }
}
