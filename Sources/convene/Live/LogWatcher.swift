import Glibc

/// Wakes the live loop when another process appends to the log, without polling the file.
///
/// Uses inotify; when it is unavailable the loop falls back to checking once a second.
final class LogWatcher {
    let fd: Int32

    init?(path: String) {
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { return nil }
        guard inotify_add_watch(fd, path, UInt32(IN_MODIFY)) >= 0 else {
            Glibc.close(fd)
            return nil
        }
        self.fd = fd
    }

    /// Empties the queue of change notices; what changed is read from the log itself.
    func drain() {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while buffer.withUnsafeMutableBytes({ read(fd, $0.baseAddress, $0.count) }) > 0 {}
    }

    deinit { Glibc.close(fd) }
}
